import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { Scope } from '../../access/scope';
import { instancesOf } from '../../domain/sql';
import { CatalogService } from '../catalog/catalog.service';

/** The most units of one product the brand warehouse records. */
export const MAX_ON_HAND = 1_000_000_000;

@ObjectType({ description: "The brand owner's warehouse stock of one product, which confirmed sell-in orders draw on." })
export class BrandStock {
  @Field(() => ID)
  productId: string;

  @Field(() => Int, { description: 'Units on hand, not yet reserved by a confirmed sell-in order.' })
  onHand: number;

  @Field(() => Date, { nullable: true, description: 'When the level last changed; null when it was never set (no stock).' })
  updatedAt: Date | null;
}

@InputType()
export class SetBrandStockInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  productId: string;

  @Field(() => Int, { description: `Units on hand, 0 to ${MAX_ON_HAND}: what the warehouse counted.` })
  @IsInt()
  @Min(0)
  @Max(MAX_ON_HAND)
  onHand: number;
}

/**
 * The brand warehouse's levels (table brand_stock, this module's). Reserving and returning units belongs to
 * the order lifecycle (order-stock.ts); here brand staff set a counted level, and everyone reads it:
 * partners see what they may order.
 */
export class BrandStockService {
  constructor(private readonly catalog: CatalogService) {}

  /** The levels of these products; a product never stocked has none (read as 0 units). */
  async byProductIds(scope: Scope, productIds: readonly string[]): Promise<BrandStock[]> {
    return instancesOf(BrandStock, await scope.query<BrandStock>(
      `SELECT product_id AS "productId", on_hand AS "onHand", updated_at AS "updatedAt" FROM brand_stock WHERE product_id = ANY($1::uuid[])`,
      [productIds], 'brand-stock.by-products'));
  }

  /**
   * Sets a product's level to what was counted (brand staff; row-level security says so too). The same
   * level again changes nothing, not even the time. NOT_FOUND for a product that does not exist.
   */
  async set(scope: Scope, productId: string, onHand: number): Promise<BrandStock> {
    await this.catalog.product(scope, productId);
    const { rows: [changed] } = await scope.execute<BrandStock>(
      `INSERT INTO brand_stock AS s (product_id, on_hand) VALUES ($1, $2)
       ON CONFLICT (product_id) DO UPDATE SET on_hand = EXCLUDED.on_hand, updated_at = now() WHERE s.on_hand <> EXCLUDED.on_hand
       RETURNING product_id AS "productId", on_hand AS "onHand", updated_at AS "updatedAt"`,
      [productId, onHand], 'brand-stock.set');
    if (changed) return instancesOf(BrandStock, [changed])[0];
    const [current] = await this.byProductIds(scope, [productId]);
    return current;
  }
}
