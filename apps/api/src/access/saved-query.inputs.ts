import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { IsNotBlank } from '../domain/text';
import { SavedQuery } from './saved-query.entity';

@InputType()
export class SaveQueryInput {
  @Field({ description: '1 to 120 characters; the viewer\'s query of this name, if any, is replaced.' })
  @IsNotBlank()
  @MaxLength(120)
  name: string;

  @Field({ description: 'A GraphQL document, up to 100,000 characters.' })
  @IsNotBlank()
  @MaxLength(100_000)
  query: string;

  @Field(() => String, { nullable: true, description: 'The variables as written (JSON), up to 20,000 characters; blank is none.' })
  @IsOptional()
  @MaxLength(20_000)
  variables?: string | null;
}

@InputType()
export class DeleteSavedQueryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  savedQueryId: string;
}

@ObjectType()
export class SaveQueryPayload {
  @Field(() => SavedQuery)
  savedQuery: SavedQuery;
}

@ObjectType()
export class DeleteSavedQueryPayload {
  @Field(() => ID, { description: 'The id of the saved query deleted.' })
  deletedSavedQueryId: string;
}
