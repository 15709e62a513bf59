import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { CsvError } from '../catalog/product-import.service';

export enum LeadImportStatus {
  RUNNING = 'RUNNING',
  FAILED = 'FAILED',
  DONE = 'DONE',
}
registerEnumType(LeadImportStatus, {
  name: 'LeadImportStatus',
  description: 'RUNNING (queued, writing, then dispatching when asked), FAILED (nothing written) or DONE.',
});

@ObjectType({ description: 'Leads from a CSV file: checked whole first, then written in one transaction by a background job.' })
export class LeadImport {
  @Field(() => ID)
  id: string;

  @Field(() => LeadImportStatus)
  status: LeadImportStatus;

  @Field(() => String, { nullable: true, description: 'The name of the uploaded file, as the browser gave it.' })
  fileName: string | null;

  @Field({ description: 'Whether the new leads are dispatched by the rules once written.' })
  dispatch: boolean;

  @Field(() => Int, { description: 'Rows to write (0 when the file failed its checks).' })
  totalRows: number;

  @Field(() => Int, { description: 'Rows written so far (in a transaction not yet committed until DONE).' })
  processedRows: number;

  @Field(() => Int)
  createdCount: number;

  @Field(() => Int, { description: 'Leads the rules sent to a partner (dispatch only).' })
  dispatchedCount: number;

  @Field(() => [CsvError], { description: 'Why the import failed: the first 200 problems, by line.' })
  errors: CsvError[];

  @Field(() => Int, { description: 'Problems found in all (errors lists at most 200).' })
  errorCount: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  createdById: string;
}

@InputType()
export class StartLeadImportInput {
  @Field({ description: 'CSV text with a header of the New lead form\'s fields: name (or contactName), email, consentText; optional company, phone, postalCode, country, message.' })
  // The service checks the size in bytes (5 MB) and answers a FAILED import that says so; this only bounds the request.
  @MaxLength(20_000_000, { message: 'must be at most 20 MB' })
  csv: string;

  @Field({ defaultValue: false, description: 'Dispatch the new leads by the rules once they are written.' })
  dispatch: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  fileName?: string | null;
}

@ObjectType()
export class StartLeadImportPayload {
  @Field(() => LeadImport, { description: 'FAILED at once with every bad row, or RUNNING: poll leadImport(id).' })
  leadImport: LeadImport;
}

@ArgsType()
export class LeadImportsArgs {
  @Field(() => Int, { defaultValue: 10, description: 'The most recent imports, newest first: at most 50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number;
}
