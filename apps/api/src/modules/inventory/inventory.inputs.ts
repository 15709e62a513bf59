import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../domain/connection';

/** The most units one count records. */
export const MAX_ON_HAND = 1_000_000_000;
/** The most lines of one report through GraphQL (a CSV file takes more). */
export const MAX_REPORT_LINES = 5000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class InventoryLineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  productId: string;

  @Field(() => Int, { description: `Units on hand, 0 to ${MAX_ON_HAND}.` })
  @IsInt()
  @Min(0)
  @Max(MAX_ON_HAND)
  onHand: number;
}

/** Whose count and of which day: what both ways of reporting one share. */
@InputType()
abstract class InventoryCountInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field({ description: 'The day of the count, YYYY-MM-DD: not in the future, not before 2000.' })
  @Matches(DAY, { message: 'must be a day as YYYY-MM-DD' })
  countedOn: string;
}

@InputType({ description: "A partner's stock count on a day; a product counted again that day is corrected." })
export class ReportInventoryInput extends InventoryCountInput {
  @Field(() => [InventoryLineInput], { description: `1 to ${MAX_REPORT_LINES} lines, each product once.` })
  @ArrayMinSize(1, { message: 'must have at least one line' })
  @ArrayMaxSize(MAX_REPORT_LINES)
  @ValidateNested({ each: true })
  lines: InventoryLineInput[];
}

@InputType({ description: 'A stock count as CSV with a header: sku,on_hand. All rows or, on any bad row, none.' })
export class ImportInventoryInput extends InventoryCountInput {
  @Field()
  @MaxLength(5_000_000, { message: 'must be at most 5 MB' })
  csv: string;
}

@ArgsType()
export class InventoryArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "One partner's levels; all the viewer may see when left out." })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: "One product's levels across the channel." })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  productId?: string | null;
}
