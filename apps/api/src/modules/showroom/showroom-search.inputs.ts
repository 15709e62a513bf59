import { ArgsType, Field, ID, Int, registerEnumType } from 'type-graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export enum ShowroomSort {
  RELEVANCE = 'RELEVANCE',
  NAME = 'NAME',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
}
registerEnumType(ShowroomSort, { name: 'ShowroomSort' });

@ArgsType()
export class ShowroomSearchArgs {
  @Field(() => String, { nullable: true, description: "A partner showroom's slug; omitted or 'brand': the brand owner's showroom." })
  @IsOptional()
  @MaxLength(40)
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'Words to find; forgives typos.' })
  @IsOptional()
  @MaxLength(100)
  query?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this category and those below it.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Lowest shown price, e.g. "100.00".' })
  @IsOptional()
  @Matches(/^\d{1,13}(\.\d{1,2})?$/, { message: 'must be an amount like 100.00' })
  minPrice?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{1,13}(\.\d{1,2})?$/, { message: 'must be an amount like 100.00' })
  maxPrice?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  inStockOnly: boolean;

  @Field(() => ShowroomSort, { defaultValue: ShowroomSort.RELEVANCE, description: 'RELEVANCE sorts by name when there is no query.' })
  sort: ShowroomSort;

  @Field(() => Int, { defaultValue: 24, description: 'At most 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  after?: string | null;
}
