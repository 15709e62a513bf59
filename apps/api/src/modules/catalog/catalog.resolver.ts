import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Category } from './category.entity';
import { Product, ProductAttribute, ProductTranslation } from './product.entity';
import { imageSrc, ProductImage } from './product-image.entity';
import { ProductImport } from './product-import.service';
import {
  AddProductImageInput, CategoryInput, ProductInput, RemoveProductImageInput, ProductsArgs, StartProductImportInput, UpdateCategoryInput, UpdateProductInput,
} from './catalog.inputs';
import {
  AddProductImagePayload, CreateCategoryPayload, CreateProductPayload, ProductConnection, RemoveProductImagePayload,
  StartProductImportPayload, UpdateCategoryPayload, UpdateProductPayload,
} from './catalog.payloads';
import type { Context } from '../../access/request-context';
import type { Connection } from '../../domain/connection';
import { Authorized } from '../../access/access-decorators';
import { ByIdArgs } from '../partners/partner.inputs';
import { ALL_ROLES, CHANNEL_WRITERS, Role } from '../../access/role';
import { Money, money } from '../../domain/money';
import { DEFAULT_LANGUAGE, LocalizedText, localizedTexts } from '../../domain/language';

const attributeList = (attributes: Record<string, string>): ProductAttribute[] => Object.entries(attributes).map(([key, value]) => ({ key, value }));

/** The product's translation into the request's language, if it has one (no statement in the default language). */
async function translated(product: { id: string }, { language, loaders }: Context): Promise<ProductTranslation | undefined> {
  if (language === DEFAULT_LANGUAGE) return undefined;
  return (await loaders.translationsByProductId.load(product.id)).find((t) => t.language === language);
}

/** Texts in the request's language, each falling back to the default language's when missing. */
export async function localizedProductText(product: Pick<Product, 'id' | 'name' | 'description' | 'attributes'>, ctx: Context) {
  const t = await translated(product, ctx);
  return {
    name: t?.name || product.name,
    description: t?.description || product.description,
    attributes: t && Object.keys(t.attributes).length ? t.attributes : product.attributes,
  };
}

@Resolver(() => Product)
@Authorized(...ALL_ROLES)
export class CatalogResolver {
  @Query(() => [Category], { description: 'The whole category tree, flat; build the tree with parentId.' })
  categories(@Ctx() { scope, services }: Context): Promise<Category[]> {
    return services.catalog.categories(scope);
  }

  @Query(() => ProductConnection, { description: 'Catalog products by name; cursor pages.' })
  products(@Args() { filter, first, after }: ProductsArgs, @Ctx() { scope, services }: Context): Promise<Connection<Product>> {
    return services.catalog.products(scope, filter, first, after);
  }

  @Query(() => Product)
  product(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<Product> {
    return services.catalog.product(scope, id);
  }

  @Query(() => String, { description: 'The catalog as CSV, in the layout startProductImport reads.' })
  @Authorized(...CHANNEL_WRITERS, Role.ANALYST)
  productsCsv(@Ctx() { scope, services }: Context): Promise<string> {
    return services.catalog.exportCsv(scope);
  }

  @Query(() => ProductImport)
  @Authorized(...CHANNEL_WRITERS)
  productImport(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<ProductImport> {
    return services.productImports.get(scope, id);
  }

  @Mutation(() => StartProductImportPayload)
  @Authorized(...CHANNEL_WRITERS)
  async startProductImport(@Arg('input') input: StartProductImportInput, @Ctx() { scope, services }: Context): Promise<StartProductImportPayload> {
    return { productImport: await services.productImports.start(scope, input.csv) };
  }

  @Mutation(() => CreateCategoryPayload)
  @Authorized(...CHANNEL_WRITERS)
  async createCategory(@Arg('input') input: CategoryInput, @Ctx() { scope, services }: Context) {
    return { category: await services.catalog.saveCategory(scope, null, input) };
  }

  @Mutation(() => UpdateCategoryPayload)
  @Authorized(...CHANNEL_WRITERS)
  async updateCategory(@Arg('input') { categoryId, ...input }: UpdateCategoryInput, @Ctx() { scope, services }: Context) {
    return { category: await services.catalog.saveCategory(scope, categoryId, input) };
  }

  @Mutation(() => CreateProductPayload)
  @Authorized(...CHANNEL_WRITERS)
  async createProduct(@Arg('input') input: ProductInput, @Ctx() { scope, services }: Context) {
    return { product: await services.catalog.saveProduct(scope, null, input) };
  }

  @Mutation(() => UpdateProductPayload)
  @Authorized(...CHANNEL_WRITERS)
  async updateProduct(@Arg('input') { productId, ...input }: UpdateProductInput, @Ctx() { scope, services }: Context) {
    return { product: await services.catalog.saveProduct(scope, productId, input) };
  }

  @Mutation(() => AddProductImagePayload)
  @Authorized(...CHANNEL_WRITERS)
  async addProductImage(@Arg('input') input: AddProductImageInput, @Ctx() { scope, services }: Context) {
    return { image: await services.catalog.addImage(scope, input) };
  }

  @Mutation(() => RemoveProductImagePayload)
  @Authorized(...CHANNEL_WRITERS)
  async removeProductImage(@Arg('input') input: RemoveProductImageInput, @Ctx() { scope, services }: Context) {
    return { image: await services.catalog.removeImage(scope, input.imageId) };
  }

  @FieldResolver(() => Money)
  listPrice(@Root() product: Product): Money {
    return money(product.listPriceMinor, product.currency);
  }

  @FieldResolver(() => String, { description: "In the request's language, or the default language's where it has none." })
  async name(@Root() product: Product, @Ctx() ctx: Context): Promise<string> {
    return (await localizedProductText(product, ctx)).name;
  }

  @FieldResolver(() => String, { description: "In the request's language, or the default language's where it has none." })
  async description(@Root() product: Product, @Ctx() ctx: Context): Promise<string> {
    return (await localizedProductText(product, ctx)).description;
  }

  @FieldResolver(() => [ProductAttribute], { description: "In the request's language, or the default language's where it has none." })
  async attributes(@Root() product: Product, @Ctx() ctx: Context): Promise<ProductAttribute[]> {
    return attributeList((await localizedProductText(product, ctx)).attributes);
  }

  @FieldResolver(() => String, { description: "The name in the catalog's default language, whatever the request's." })
  defaultName(@Root() product: Product): string {
    return product.name;
  }

  @FieldResolver(() => String, { description: "The description in the catalog's default language." })
  defaultDescription(@Root() product: Product): string {
    return product.description;
  }

  @FieldResolver(() => [ProductAttribute], { description: "The attributes in the catalog's default language." })
  defaultAttributes(@Root() product: Product): ProductAttribute[] {
    return attributeList(product.attributes);
  }

  @FieldResolver(() => [ProductTranslation], { description: 'Its texts in every other catalog language that has them.' })
  translations(@Root() product: Product, @Ctx() { loaders }: Context): Promise<ProductTranslation[]> {
    return loaders.translationsByProductId.load(product.id);
  }

  @FieldResolver(() => Category, { nullable: true })
  category(@Root() product: Product, @Ctx() { loaders }: Context): Promise<Category | null> | null {
    return product.categoryId ? loaders.categoryById.load(product.categoryId) : null;
  }

  @FieldResolver(() => [ProductImage])
  images(@Root() product: Product, @Ctx() { loaders }: Context): Promise<ProductImage[]> {
    return loaders.imagesByProductId.load(product.id);
  }
}

@Resolver(() => ProductTranslation)
export class ProductTranslationResolver {
  @FieldResolver(() => [ProductAttribute])
  attributes(@Root() translation: ProductTranslation): ProductAttribute[] {
    return attributeList(translation.attributes);
  }
}

@Resolver(() => Category)
export class CategoryResolver {
  @FieldResolver(() => String, { description: "In the request's language, or the default language's where it has none." })
  name(@Root() category: Category, @Ctx() { language }: Context): string {
    return category.translations?.[language] || category.name;
  }

  @FieldResolver(() => String, { description: "The name in the catalog's default language." })
  defaultName(@Root() category: Category): string {
    return category.name;
  }

  @FieldResolver(() => [LocalizedText], { description: 'The name in every other catalog language that has one.' })
  translations(@Root() category: Category): LocalizedText[] {
    return localizedTexts(category.translations);
  }
}

@Resolver(() => ProductImage)
export class ProductImageResolver {
  @FieldResolver(() => String, { description: 'Where a browser loads the image from.' })
  src(@Root() image: ProductImage): string {
    return imageSrc(image);
  }
}
