import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../../domain/money';
import { PageInfo } from '../../domain/connection';

@ObjectType('PublicPartner', { description: 'What the public may know of a partner.' })
export class PublicPartnerType {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  kind: string;

  @Field()
  city: string;

  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Field()
  country: string;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => String, { nullable: true })
  showroomSlug: string | null;
}

@ObjectType('PublicShowroom')
export class PublicShowroomType {
  @Field(() => PublicPartnerType, { nullable: true, description: "Null for the brand owner's showroom." })
  partner: PublicPartnerType | null;

  @Field()
  slug: string;

  @Field()
  displayName: string;

  @Field()
  accentColor: string;

  @Field()
  welcomeText: string;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  logoUrl: string | null;

  @Field()
  pricesGross: boolean;

  @Field(() => Float)
  vatPercent: number;
}

@ObjectType({ description: 'A product as one showroom shows it.' })
export class ShowroomItem {
  @Field(() => ID, { description: 'The product id.' })
  id: string;

  @Field()
  sku: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field()
  unit: string;

  @Field(() => ID, { nullable: true })
  categoryId: string | null;

  @Field(() => Money, { description: "The showroom's price: the partner's (or the list price in the brand's), net or gross as the showroom says." })
  price: Money;

  @Field(() => Money, { description: 'The same price without VAT: what an OCI transfer carries to a procurement system (OCI prices are net).' })
  netPrice: Money;

  @Field(() => Int, { nullable: true, description: "Units on hand: only in the partner's own showroom." })
  stock: number | null;

  @Field(() => Int, { nullable: true, description: "Days to deliver: the partner's; in the brand's showroom, the quickest active partner's." })
  deliveryDays: number | null;

  @Field(() => String, { nullable: true })
  partnerSku: string | null;

  @Field({ description: 'In stock (brand showroom: at some active partner).' })
  available: boolean;

  @Field(() => String, { nullable: true })
  imageUrl: string | null;
}

@ObjectType()
export class ShowroomItemEdge {
  @Field()
  cursor: string;

  @Field(() => ShowroomItem)
  node: ShowroomItem;
}

@ObjectType({ description: 'A category with the number of matching products in it and below it.' })
export class CategoryFacet {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class PriceRange {
  @Field(() => Money)
  min: Money;

  @Field(() => Money)
  max: Money;
}

@ObjectType()
export class ShowroomSearchResult {
  @Field(() => PublicShowroomType)
  showroom: PublicShowroomType;

  @Field(() => [ShowroomItemEdge])
  edges: ShowroomItemEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field(() => [CategoryFacet])
  facets: CategoryFacet[];

  @Field(() => PriceRange, { nullable: true, description: 'Lowest and highest price of the matches, ignoring the price filter.' })
  priceRange: PriceRange | null;
}

@ObjectType()
export class ShowroomProductAttribute {
  @Field()
  key: string;

  @Field()
  value: string;
}

@ObjectType()
export class NearbyPartner {
  @Field(() => PublicPartnerType)
  partner: PublicPartnerType;

  @Field(() => String, { nullable: true })
  tierName: string | null;

  @Field(() => Float)
  distanceKm: number;

  @Field(() => Boolean, { nullable: true, description: 'With a product: whether this partner has it in stock (never how many).' })
  inStock: boolean | null;

  @Field(() => Int, { nullable: true })
  deliveryDays: number | null;
}
