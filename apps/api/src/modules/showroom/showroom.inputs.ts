import { Field, Float, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../../domain/text';
import { CATALOG_LANGUAGES, LocalizedTextInput } from '../../domain/language';

@InputType()
export class SaveShowroomInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field()
  @Matches(/^[a-z0-9][a-z0-9-]{1,39}$/, { message: 'must be 2 to 40 lower-case letters, digits or dashes' })
  slug: string;

  @Field()
  @IsNotBlank(2)
  @MaxLength(100)
  displayName: string;

  @Field({ defaultValue: '#1c7ed6' })
  @Matches(/^#[0-9a-f]{6}$/, { message: 'must be a colour like #1c7ed6' })
  accentColor: string;

  @Field({ defaultValue: '', description: "In the catalog's default language, and shown wherever welcomeTexts has none for the visitor's." })
  @MaxLength(2000)
  welcomeText: string;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'The welcome text in other languages; left out, the saved ones stay.' })
  @IsOptional()
  @ArrayMaxSize(CATALOG_LANGUAGES.length)
  @ValidateNested({ each: true })
  welcomeTexts?: LocalizedTextInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()\-/]{5,30}$/, { message: 'must be a phone number' })
  contactPhone?: string | null;

  @Field()
  @IsBoolean()
  enabled: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  pricesGross: boolean;

  @Field(() => Float, { defaultValue: 0 })
  @Min(0)
  @Max(100)
  vatPercent: number;

  @Field(() => String, { nullable: true, description: 'A new logo as base64: PNG, JPEG or WebP (read from the bytes), at most 512 KB.' })
  @IsOptional()
  @MaxLength(700_000, { message: 'must be at most 512 KB' })
  logoBase64?: string | null;

  @Field({ defaultValue: false, description: 'Remove the current logo; not together with logoBase64.' })
  @IsBoolean()
  removeLogo?: boolean;
}
