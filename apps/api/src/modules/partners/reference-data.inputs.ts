import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, Min, MaxLength } from 'class-validator';
import { IsNotBlank } from '../../domain/text';

@InputType()
export class TierInput {
  @Field()
  @Matches(/^[A-Z0-9_]{2,20}$/, { message: 'must be 2 to 20 capital letters, digits or underscores' })
  code: string;

  @Field()
  @IsNotBlank(2)
  @MaxLength(60)
  name: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  rank: number;

  @Field(() => Float)
  @Min(0)
  @Max(100)
  discountPercent: number;

  @Field()
  @IsBoolean()
  mdfEligible: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  leadPriority: number;

  @Field(() => Int, { nullable: true, description: '1 to 720 hours to accept a dispatched lead; null: no limit; omitted on update: unchanged.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(720)
  leadAcceptHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this many open leads per partner before automatic dispatch passes it over; null: no cap; omitted on update: unchanged.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  maxOpenLeads?: number | null;

  @Field(() => Float, { nullable: true, description: "Percent of an MDF activity's cost the brand pays for partners of this tier; omitted: 0 on creation, unchanged on update." })
  @IsOptional()
  @Min(0)
  @Max(100)
  mdfSharePercent?: number | null;
}

@InputType()
export class UpdateTierInput extends TierInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  tierId: string;
}

@InputType()
export class TerritoryInput {
  @Field()
  @Matches(/^[A-Z0-9_-]{2,20}$/, { message: 'must be 2 to 20 capital letters, digits, dashes or underscores' })
  code: string;

  @Field()
  @IsNotBlank(2)
  @MaxLength(100)
  name: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'must be two-letter ISO country codes' })
  countries: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsNotBlank(1, { each: true })
  @MaxLength(100, { each: true })
  regions?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @Matches(/^[0-9A-Z-]{1,10}$/, { each: true, message: 'must be postal-code prefixes' })
  postalPrefixes?: string[];
}

@InputType()
export class UpdateTerritoryInput extends TerritoryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  territoryId: string;
}
