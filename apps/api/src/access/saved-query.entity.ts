import { Field, ID, ObjectType } from 'type-graphql';

/** A query the viewer keeps in its GraphQL workbench, under a name of its own (read with plain SQL, not TypeORM). */
@ObjectType({ description: "A GraphQL document the viewer saved in the workbench: the viewer's own, seen by nobody else." })
export class SavedQuery {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique among the viewer\'s saved queries; saving under it again replaces the text.' })
  name: string;

  @Field({ description: 'The GraphQL document as the viewer wrote it.' })
  query: string;

  @Field(() => String, { nullable: true, description: 'The variables editor\'s text, as written (JSON), or null.' })
  variables: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}
