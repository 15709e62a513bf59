import { Arg, Args, ArgsType, Ctx, FieldResolver, ID, Mutation, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import { IsUUID } from 'class-validator';
import { Showroom } from './showroom.entity';
import { SaveShowroomInput } from './showroom.inputs';
import { ShowroomSearchArgs, ShowroomSort } from './showroom-search.inputs';
import { searchShowroom, ShowroomItemRow } from './showroom-search';
import { showroomPartners } from './showroom.service';
import { PartnersNearArgs, Place, PlacesArgs } from './locator';
import { NearbyPartner, PublicShowroomType, ShowroomItem, ShowroomProductAttribute, ShowroomSearchResult } from './showroom.types';
// The showroom module's services on the request context (declaration merging).
import type {} from './showroom.context';
import { publicScope, type Context } from '../../access/request-context';
import { Authorized, Public } from '../../access/access-decorators';
import { ALL_ROLES, Role } from '../../access/role';
import { money } from '../../domain/money';
import { NotFound } from '../../domain/errors';
import { Category } from '../catalog/category.entity';
import { imageSrc } from '../catalog/product-image.entity';
import { localizedProductText } from '../catalog/catalog.resolver';
import { LocalizedText, localizedTexts } from '../../domain/language';

@ArgsType()
class PartnerIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;
}

@ObjectType()
class SaveShowroomPayload {
  @Field(() => Showroom)
  showroom: Showroom;
}

const toItem = (row: ShowroomItemRow): ShowroomItem => ({ ...row, price: money(row.priceMinor, row.currency), netPrice: money(row.netPriceMinor, row.currency) });

@Resolver(() => Showroom)
export class ShowroomSettingsResolver {
  @FieldResolver(() => [LocalizedText], { description: 'The welcome text in every other catalog language that has one.' })
  welcomeTexts(@Root() showroom: Showroom): LocalizedText[] {
    return localizedTexts(showroom.welcomeTextsByLanguage);
  }
}

@Resolver(() => ShowroomItem)
export class ShowroomResolver {
  @Query(() => PublicShowroomType, { description: "A showroom by slug; omitted or 'brand': the brand owner's." })
  @Public()
  showroom(@Arg('slug', () => String, { nullable: true }) slug: string | null, @Ctx() { scope, services, language }: Context) {
    return services.showrooms.findPublic(scope, slug, language);
  }

  @Query(() => ShowroomSearchResult, { description: 'Search a showroom: full text with typos forgiven, category facets, price range, cursor pages.' })
  @Public()
  async showroomSearch(@Args() args: ShowroomSearchArgs, @Ctx() ctx: Context): Promise<ShowroomSearchResult> {
    const showroom = await ctx.services.showrooms.findPublic(ctx.scope, args.slug, ctx.language);
    const result = await searchShowroom(publicScope(ctx, showroomPartners(showroom)), showroom, args);
    const range = result.minPriceMinor === null || result.maxPriceMinor === null || !result.currency ? null
      : { min: money(result.minPriceMinor, result.currency), max: money(result.maxPriceMinor, result.currency) };
    return {
      showroom,
      edges: result.rows.map((row, i) => ({ cursor: result.cursors[i], node: toItem(row) })),
      pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.cursors.at(-1) ?? null },
      totalCount: result.totalCount,
      facets: result.facets,
      priceRange: range,
    };
  }

  @Query(() => ShowroomItem, { description: 'One product of a showroom by SKU; NOT_FOUND when that showroom does not offer it.' })
  @Public()
  async showroomProduct(@Arg('slug', () => String, { nullable: true }) slug: string | null, @Arg('sku') sku: string, @Ctx() ctx: Context) {
    const showroom = await ctx.services.showrooms.findPublic(ctx.scope, slug, ctx.language);
    const args = { slug, inStockOnly: false, sort: ShowroomSort.NAME, first: 1 };
    const { rows } = await searchShowroom(publicScope(ctx, showroomPartners(showroom)), showroom, args, { sku });
    if (!rows[0]) throw new NotFound('Product', sku);
    return toItem(rows[0]);
  }

  @Query(() => [Category], { description: 'The catalog tree for showroom navigation.' })
  @Public()
  showroomCategories(@Ctx() ctx: Context): Promise<Category[]> {
    return ctx.services.catalog.categories(publicScope(ctx, []));
  }

  @Query(() => [Place], { description: 'Cities or postal-code areas matching a typed text, for the partner locator.' })
  @Public()
  places(@Args() { text, country }: PlacesArgs, @Ctx() ctx: Context): Promise<Place[]> {
    return ctx.services.locator.places(publicScope(ctx, []), text, country);
  }

  @Query(() => [NearbyPartner], { description: 'Active partners near a point, nearest first.' })
  @Public()
  async partnersNear(@Args() args: PartnersNearArgs, @Ctx() ctx: Context): Promise<NearbyPartner[]> {
    const rows = await ctx.services.locator.partnersNear(publicScope(ctx, []), args);
    return rows.map(({ tierName, distanceKm, inStock, deliveryDays, ...partner }) => ({ partner, tierName, distanceKm, inStock, deliveryDays }));
  }

  @Query(() => Showroom, { nullable: true, description: "A partner's showroom settings; null before the first save." })
  @Authorized(...ALL_ROLES)
  showroomSettings(@Args() { partnerId }: PartnerIdArgs, @Ctx() { scope, services }: Context): Promise<Showroom | null> {
    return services.showrooms.settings(scope, partnerId);
  }

  @Mutation(() => SaveShowroomPayload)
  @Authorized(Role.PARTNER_MANAGER)
  async saveShowroom(@Arg('input') input: SaveShowroomInput, @Ctx() { scope, services }: Context): Promise<SaveShowroomPayload> {
    return { showroom: await services.showrooms.save(scope, input) };
  }

  @FieldResolver(() => [ShowroomProductAttribute], { description: "In the request's language, or the default language's where it has none." })
  async attributes(@Root() item: ShowroomItem, @Ctx() ctx: Context): Promise<ShowroomProductAttribute[]> {
    const product = await ctx.loaders.productById.load(item.id);
    if (!product) return [];
    return Object.entries((await localizedProductText(product, ctx)).attributes).map(([key, value]) => ({ key, value }));
  }

  @FieldResolver(() => [String], { description: 'Every picture, in order.' })
  async images(@Root() item: ShowroomItem, @Ctx() { loaders }: Context): Promise<string[]> {
    return (await loaders.imagesByProductId.load(item.id)).map(imageSrc);
  }

  @FieldResolver(() => Category, { nullable: true })
  category(@Root() item: ShowroomItem, @Ctx() { loaders }: Context): Promise<Category | null> | null {
    return item.categoryId ? loaders.categoryById.load(item.categoryId) : null;
  }
}
