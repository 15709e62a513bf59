import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEmail, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../../domain/text';
import { PageArgs } from '../../domain/connection';
import { ServiceCaseStatus, ServiceSeverity } from './service.types';

@InputType({ description: "The customer whose problem it is: a name, and an email or phone to reach them." })
export class ServiceCustomerInput {
  @Field()
  @IsNotBlank(1)
  @MaxLength(120)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()\-/]{5,30}$/, { message: 'must be a phone number' })
  phone?: string | null;
}

@InputType()
export class OpenServiceCaseInput {
  @Field(() => ID, { description: "The viewer's own partner (a distributor's people also its resellers')." })
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field(() => ID, { nullable: true, description: 'The product with the problem, when known.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  productId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  serialNumber?: string | null;

  @Field(() => ServiceCustomerInput)
  @ValidateNested()
  customer: ServiceCustomerInput;

  @Field({ description: 'What is wrong, in the customer\'s words or the partner\'s: 3 to 5,000 characters.' })
  @IsNotBlank(3)
  @MaxLength(5000)
  description: string;

  @Field(() => ServiceSeverity)
  @IsIn(Object.values(ServiceSeverity))
  severity: ServiceSeverity;

  @Field(() => ID, { nullable: true, description: 'A published solution article that already helped.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  solutionArticleId?: string | null;
}

@InputType()
export class ServiceCaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  caseId: string;
}

@InputType()
export class AddServiceCaseAttachmentInput extends ServiceCaseInput {
  @Field({ description: 'The file name the viewer sees, 1 to 200 characters.' })
  @IsNotBlank(1)
  @MaxLength(200)
  fileName: string;

  @Field({ description: 'The file as base64: a PNG, JPEG or WebP picture, a PDF document or plain UTF-8 text (read from the bytes), at most 5 MB.' })
  @MaxLength(7_000_000, { message: 'must be at most 5 MB' })
  contentBase64: string;
}

@InputType()
export class ServiceCaseNoteInput extends ServiceCaseInput {
  @Field(() => String, { nullable: true, description: 'Kept in the timeline.' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class ResolveServiceCaseInput extends ServiceCaseNoteInput {
  @Field(() => ID, { nullable: true, description: 'The published solution article that solved it.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  solutionArticleId?: string | null;
}

@InputType()
export class CloseServiceCaseInput extends ServiceCaseNoteInput {
  @Field(() => Int, { nullable: true, description: "The customer's satisfaction, 1 (poor) to 5 (excellent), when they gave it." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  satisfaction?: number | null;
}

@InputType()
export class ServiceCaseFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  partnerId?: string | null;

  @Field(() => ServiceCaseStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ServiceCaseStatus))
  status?: ServiceCaseStatus | null;
}

@ArgsType()
export class ServiceCasesArgs extends PageArgs {
  @Field(() => ServiceCaseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ServiceCaseFilter | null;
}

@InputType()
export class SaveSolutionArticleInput {
  @Field(() => ID, { nullable: true, description: 'The article to change; none: a new draft.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  id?: string | null;

  @Field()
  @IsNotBlank(3)
  @MaxLength(200)
  title: string;

  @Field()
  @IsNotBlank(3)
  @MaxLength(20000)
  body: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  productId?: string | null;

  @Field({ description: 'Published articles are what partners find; false keeps (or makes) it a draft.' })
  published: boolean;
}

@ArgsType()
export class SolutionArticlesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words of the problem: articles with all of them (the last as a prefix), best first.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  productId?: string | null;
}
