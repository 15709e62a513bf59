import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A node of the catalog tree.' })
@Entity('category')
export class Category {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Short code (at most 10), also the OCI material group.' })
  @Column()
  code: string;

  /** In the catalog's default language; the name field gives the request's language (category.resolver.ts). */
  @Column()
  name: string;

  /** Names in the other catalog languages, by language code. */
  @Column({ type: 'jsonb', default: {} })
  translations: Record<string, string>;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  position: number;
}
