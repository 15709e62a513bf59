import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { IsInt, IsLatitude, IsLongitude, IsOptional, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Scope } from '../../access/scope';
import { PartnerKind } from '../partners/partner.entity';
import { distanceSql } from '../../domain/geo';
import { BadInput } from '../../domain/errors';

@ObjectType({ description: 'A city or postal-code area of the gazetteer.' })
export class Place {
  @Field()
  name: string;

  @Field()
  country: string;

  @Field()
  region: string;

  @Field()
  postalPrefix: string;

  @Field({ description: 'CITY or POSTAL_AREA.' })
  kind: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;
}

@ArgsType()
export class PartnersNearArgs {
  @Field(() => Float)
  @IsLatitude({ message: 'must be between -90 and 90' })
  latitude: number;

  @Field(() => Float)
  @IsLongitude({ message: 'must be between -180 and 180' })
  longitude: number;

  @Field(() => Int, { defaultValue: 50, description: 'Kilometres, 1 to 500.' })
  @IsInt()
  @Min(1)
  @Max(500)
  radiusKm: number;

  @Field(() => ID, { nullable: true, description: 'Only partners that offer this product.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  productId?: string | null;

  @Field(() => [PartnerKind], { nullable: true })
  @IsOptional()
  kinds?: PartnerKind[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'must be ids' })
  tierIds?: string[] | null;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number;
}

@ArgsType()
export class PlacesArgs {
  @Field({ description: 'A city name or a postal code.' })
  @MinLength(2)
  @MaxLength(60)
  text: string;

  @Field(() => String, { nullable: true, description: 'ISO country code to prefer.' })
  @IsOptional()
  @MaxLength(2)
  country?: string | null;
}

export interface NearbyPartnerRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  city: string;
  postalCode: string | null;
  country: string;
  latitude: number;
  longitude: number;
  showroomSlug: string | null;
  tierName: string | null;
  distanceKm: number;
  inStock: boolean | null;
  deliveryDays: number | null;
}

/** The country a postal code's written form points to: 30-059 is Polish, 602 00 Czech, 200000 Chinese. */
export function countryOfPostalCode(text: string): string | null {
  const t = text.trim();
  if (/^\d{2}-\d{3}$/.test(t)) return 'PL';
  if (/^\d{3} \d{2}$/.test(t)) return 'CZ';
  if (/^\d{6}$/.test(t)) return 'CN';
  if (/^\d{5}$/.test(t)) return 'DE';
  return null;
}

/** "Partners near me": active partners by distance, from a point or a place of the gazetteer. */
export class Locator {
  async places(scope: Scope, text: string, country?: string | null): Promise<Place[]> {
    const digits = text.replace(/[\s-]/g, '');
    const select = `SELECT name, country, region, postal_prefix AS "postalPrefix", kind, latitude, longitude FROM gazetteer_place`;
    if (/^\d{2,6}$/.test(digits)) {
      // A postal code: the areas whose prefix it starts with, the most specific first.
      return scope.query<Place>(
        `${select} WHERE kind = 'POSTAL_AREA' AND $1 LIKE postal_prefix || '%' AND ($2::text IS NULL OR country = $2)
          ORDER BY length(postal_prefix) DESC, country = coalesce($2, country) DESC, name LIMIT 5`,
        [digits, country ?? countryOfPostalCode(text)],
        'locator.postal-areas',
      );
    }
    return scope.query<Place>(
      `${select} WHERE kind = 'CITY' AND trellis_unaccent(lower(name)) % trellis_unaccent(lower($1))
        ORDER BY (country = $2) DESC NULLS LAST, similarity(trellis_unaccent(lower(name)), trellis_unaccent(lower($1))) DESC, name LIMIT 5`,
      [text.trim(), country ?? null],
      'locator.cities',
    );
  }

  /**
   * A partner the locator lists (active, with a place), for a visitor to contact: its id and country.
   * Unknown, inactive and unplaced partners get the same answer, so nothing is told about them.
   */
  async contactable(scope: Scope, partnerId: string): Promise<{ partnerId: string; country: string }> {
    const [partner] = await scope.query<{ partnerId: string; country: string }>(
      `SELECT id AS "partnerId", country FROM public_partner WHERE id = $1 AND latitude IS NOT NULL AND longitude IS NOT NULL`,
      [partnerId],
      'locator.contactable',
    );
    if (!partner) throw new BadInput('partnerId', 'is not a partner of the locator');
    return partner;
  }

  async partnersNear(scope: Scope, args: PartnersNearArgs): Promise<NearbyPartnerRow[]> {
    const params: unknown[] = [args.latitude, args.longitude, args.radiusKm];
    const where = [
      'p.latitude IS NOT NULL',
      // A box around the circle first, so that the distance is computed for few rows.
      `p.latitude BETWEEN $1 - $3 / 111.0 AND $1 + $3 / 111.0`,
      `p.longitude BETWEEN $2 - $3 / (111.0 * greatest(cos(radians($1)), 0.01)) AND $2 + $3 / (111.0 * greatest(cos(radians($1)), 0.01))`,
    ];
    if (args.kinds?.length) where.push(`p.kind = ANY($${params.push(args.kinds)})`);
    if (args.tierIds?.length) where.push(`p.tier_id = ANY($${params.push(args.tierIds)}::uuid[])`);
    const product = args.productId ? `$${params.push(args.productId)}::uuid` : null;
    if (product) where.push(`a.product_id IS NOT NULL`);
    const distance = distanceSql('$1', '$2');
    return scope.query<NearbyPartnerRow>(
      `SELECT * FROM (
         SELECT p.id, p.code, p.name, p.kind, p.city, p.postal_code AS "postalCode", p.country, p.latitude, p.longitude,
                p.showroom_slug AS "showroomSlug", t.name AS "tierName", round(${distance}::numeric, 1)::float8 AS "distanceKm",
                ${product ? 'a.in_stock' : 'NULL::boolean'} AS "inStock", ${product ? 'a.delivery_days' : 'NULL::int'} AS "deliveryDays"
           FROM public_partner p
           LEFT JOIN tier t ON t.id = p.tier_id
           ${product ? `LEFT JOIN public_offer_availability a ON a.partner_id = p.id AND a.product_id = ${product}` : ''}
          WHERE ${where.join(' AND ')}) near
        WHERE "distanceKm" <= $3
        ORDER BY "distanceKm", name, id
        LIMIT $${params.push(args.first)}`,
      params,
      'locator.partners-near',
    );
  }
}
