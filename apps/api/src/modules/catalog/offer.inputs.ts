import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MoneyInput } from '../../domain/money';
import { PageArgs } from '../../domain/connection';

@InputType()
export class SaveOfferInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  productId: string;

  @Field(() => MoneyInput, { description: "The partner's net unit price." })
  @ValidateNested()
  price: MoneyInput;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  stock: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(365)
  deliveryDays: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._\/-]{1,40}$/, { message: 'must be 1 to 40 letters, digits, dots, dashes, slashes or underscores' })
  partnerSku?: string | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  offered: boolean;
}

@InputType()
export class ImportOffersInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field({ description: 'CSV with a header: sku,price,currency,stock,delivery_days,partner_sku,offered' })
  @MaxLength(20_000_000, { message: 'must be at most 20 MB' })
  csv: string;
}

@ArgsType()
export class OffersArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field(() => String, { nullable: true, description: 'Matches product name or SKU.' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}
