import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsUrl, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../../domain/text';
import { MoneyInput } from '../../domain/money';
import { PageArgs } from '../../domain/connection';
import { CATALOG_LANGUAGES, CatalogLanguage, LocalizedTextInput } from '../../domain/language';

@InputType()
export class AttributeInput {
  @Field()
  @IsNotBlank()
  @MaxLength(60)
  key: string;

  @Field()
  @MaxLength(200)
  value: string;
}

@InputType({ description: "A product's texts in a language other than the catalog's default." })
export class ProductTranslationInput {
  @Field(() => CatalogLanguage)
  @IsEnum(CatalogLanguage, { message: 'must be a catalog language' })
  language: CatalogLanguage;

  @Field()
  @IsNotBlank(2)
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: '' })
  @MaxLength(10000)
  description: string;

  @Field(() => [AttributeInput], { defaultValue: [], description: 'Empty: the default language\'s attributes are shown.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  attributes: AttributeInput[];
}

@InputType()
export class ProductInput {
  @Field({ description: 'Unique, 1 to 40 characters.' })
  @Matches(/^[A-Za-z0-9._\/-]{1,40}$/, { message: 'must be 1 to 40 letters, digits, dots, dashes, slashes or underscores' })
  sku: string;

  @Field()
  @IsNotBlank(2)
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: '' })
  @MaxLength(10000)
  description: string;

  @Field({ defaultValue: 'PCE', description: 'ISO unit code, at most 3 characters.' })
  @Matches(/^[A-Z0-9]{1,3}$/, { message: 'must be an ISO unit code of at most 3 characters, e.g. PCE' })
  unit: string;

  @Field(() => MoneyInput)
  @ValidateNested()
  listPrice: MoneyInput;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  categoryId?: string | null;

  @Field(() => [AttributeInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  attributes: AttributeInput[];

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean;

  @Field(() => [ProductTranslationInput], { nullable: true, description: 'Every translation the product has; left out, an update keeps the ones it has.' })
  @IsOptional()
  @ArrayMaxSize(CATALOG_LANGUAGES.length)
  @ValidateNested({ each: true })
  translations?: ProductTranslationInput[] | null;
}

@InputType()
export class UpdateProductInput extends ProductInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  productId: string;
}

@InputType()
export class CategoryInput {
  @Field()
  @Matches(/^[A-Z0-9_-]{1,10}$/, { message: 'must be 1 to 10 capital letters, digits, dashes or underscores' })
  code: string;

  @Field()
  @IsNotBlank(2)
  @MaxLength(100)
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  parentId?: string | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(10000)
  position: number;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'The name in other languages; left out, an update keeps the ones it has.' })
  @IsOptional()
  @ArrayMaxSize(CATALOG_LANGUAGES.length)
  @ValidateNested({ each: true })
  translations?: LocalizedTextInput[] | null;
}

@InputType()
export class UpdateCategoryInput extends CategoryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  categoryId: string;
}

@InputType({ description: 'Either an outside https URL, or an uploaded file as base64 (PNG, JPEG or WebP, at most 2 MB).' })
export class AddProductImageInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  productId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['https', 'http'] }, { message: 'must be an http(s) URL' })
  url?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2_900_000, { message: 'must be at most 2 MB' })
  base64?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['image/png', 'image/jpeg', 'image/webp'], { message: 'must be image/png, image/jpeg or image/webp' })
  contentType?: string | null;
}

@InputType()
export class ProductFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  categoryId?: string | null;

  @Field({ defaultValue: false, description: 'Include products that are not active.' })
  includeInactive: boolean;
}

@ArgsType()
export class ProductsArgs extends PageArgs {
  @Field(() => ProductFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ProductFilter | null;
}

@InputType()
export class StartProductImportInput {
  @Field({ description: 'CSV text with a header: sku,name,description,unit,list_price,currency,category_code,active,attributes,image_url' })
  @MaxLength(20_000_000, { message: 'must be at most 20 MB' })
  csv: string;
}

@InputType()
export class RemoveProductImageInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  imageId: string;
}
