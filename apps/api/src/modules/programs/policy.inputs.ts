import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../../domain/text';
import { PageArgs } from '../../domain/connection';
import { AudienceInput } from './audience';
import { SalesPolicyKind } from './policy.types';

const ID_MESSAGE = { message: 'must be an id' };
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const DAY_MESSAGE = { message: 'must be a day as YYYY-MM-DD' };

@InputType({ description: 'The text of a version: what it says, from when, and what changed.' })
export class PolicyVersionFields {
  @Field({ description: 'The policy text, at most 50,000 characters.' })
  @IsNotBlank(1)
  @MaxLength(50_000)
  body: string;

  @Field({ description: 'YYYY-MM-DD: the day from which it applies; when published, not before today nor before the version it follows.' })
  @Matches(DAY, DAY_MESSAGE)
  effectiveOn: string;

  @Field({ defaultValue: '' })
  @MaxLength(1000)
  changeNote: string;
}

@InputType({ description: 'A new sales policy, with the draft of its first version.' })
export class CreateSalesPolicyInput extends PolicyVersionFields {
  @Field(() => SalesPolicyKind)
  @IsIn(Object.values(SalesPolicyKind))
  kind: SalesPolicyKind;

  @Field()
  @IsNotBlank(3)
  @MaxLength(200)
  title: string;

  @Field(() => AudienceInput, { nullable: true, description: 'None: every partner.' })
  @IsOptional()
  @ValidateNested()
  audience?: AudienceInput | null;
}

@InputType({ description: "A policy's title and audience as they should read now: the same values again change nothing." })
export class UpdateSalesPolicyInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  policyId: string;

  @Field()
  @IsNotBlank(3)
  @MaxLength(200)
  title: string;

  @Field(() => AudienceInput)
  @ValidateNested()
  audience: AudienceInput;
}

@InputType({ description: "The policy's next version as a draft: opened if it has none, changed if it has one." })
export class SaveSalesPolicyDraftInput extends PolicyVersionFields {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  policyId: string;
}

@InputType()
export class PublishSalesPolicyVersionInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  versionId: string;
}

@InputType()
export class AcknowledgeSalesPolicyInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  versionId: string;
}

@InputType()
export class SalesPolicyFilter {
  @Field(() => [SalesPolicyKind], { nullable: true, description: 'Only these kinds; none: every kind.' })
  @IsOptional()
  @ArrayMaxSize(7)
  @IsIn(Object.values(SalesPolicyKind), { each: true })
  kinds?: SalesPolicyKind[] | null;

  @Field(() => Boolean, { nullable: true, description: "Partner managers: only (true) or none of (false) the policies whose latest published version the viewer has not acknowledged." })
  @IsOptional()
  @IsBoolean()
  awaitingMyAcknowledgment?: boolean | null;
}

@ArgsType()
export class SalesPoliciesArgs extends PageArgs {
  @Field(() => SalesPolicyFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SalesPolicyFilter | null;
}

@ArgsType()
export class PartnerAcknowledgmentsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only partners that acknowledged (true) or have not (false); none: all of the audience.' })
  @IsOptional()
  @IsBoolean()
  acknowledged?: boolean | null;
}
