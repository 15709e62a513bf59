import { Scope } from '../../access/scope';
import { Conflict } from '../../domain/errors';
import { OrderKind } from './order.types';
import { OfferService, StockNeed } from '../catalog/offer.service';

/** An order as its stock sees it: which warehouse it draws on. */
interface StockedOrder {
  id: string;
  kind: OrderKind;
  partnerId: string;
}


/**
 * Stock an order holds from its confirmation: a SELL_IN order draws on the brand owner's warehouse
 * (brand_stock, this module's), a SELL_OUT order on the partner's own stock (the catalog's offers, through
 * OfferService). Either way the rows are locked in product order (parallel confirmations of orders with
 * several lines cannot deadlock), every line is checked before one unit moves (a shortage answers CONFLICT
 * with nothing written), and each decrement is conditional all the same, so stock never goes below zero.
 */
export async function reserveStock(scope: Scope, offers: OfferService, order: StockedOrder): Promise<void> {
  const needs = await needsOf(scope, order.id);
  const short = order.kind === OrderKind.SELL_IN ? await takeBrandStock(scope, order.id, needs) : await offers.takeStock(scope, order.partnerId, needs);
  if (short) {
    const requested = needs.find((n) => n.productId === short.productId)!.quantity;
    throw new Conflict(`Not enough stock of product ${short.productId}: ${short.available} available, ${requested} needed`,
      { productId: short.productId, available: short.available, requested });
  }
}

/** A cancelled confirmation gives back what it reserved. */
export async function releaseStock(scope: Scope, offers: OfferService, order: StockedOrder): Promise<void> {
  const needs = await needsOf(scope, order.id);
  if (order.kind === OrderKind.SELL_OUT) return offers.returnStock(scope, order.partnerId, needs);
  await scope.execute(
    // Inserted in product order, so rows are locked in the order reservations lock them.
    `INSERT INTO brand_stock AS s (product_id, on_hand) SELECT * FROM unnest($1::uuid[], $2::int[]) ORDER BY 1
     ON CONFLICT (product_id) DO UPDATE SET on_hand = s.on_hand + EXCLUDED.on_hand, updated_at = now()`,
    [needs.map((n) => n.productId), needs.map((n) => n.quantity)], 'order.return-brand-stock');
}

/** The brand warehouse's side of reserveStock: the first line it cannot meet (nothing taken), or null once all is taken. */
async function takeBrandStock(scope: Scope, orderId: string, needs: readonly StockNeed[]): Promise<{ productId: string; available: number } | null> {
  const productIds = needs.map((n) => n.productId);
  const onHand = new Map((await scope.query<{ productId: string; available: number }>(
    `SELECT product_id AS "productId", on_hand AS available FROM brand_stock WHERE product_id = ANY($1::uuid[]) ORDER BY product_id FOR UPDATE`,
    [productIds], 'order.lock-brand-stock')).map((s) => [s.productId, s.available]));
  const short = needs.find((n) => (onHand.get(n.productId) ?? 0) < n.quantity);
  if (short) return { productId: short.productId, available: onHand.get(short.productId) ?? 0 };
  const { affected } = await scope.execute(
    `UPDATE brand_stock s SET on_hand = s.on_hand - w.q, updated_at = now() FROM unnest($1::uuid[], $2::int[]) AS w(product_id, q)
      WHERE s.product_id = w.product_id AND s.on_hand >= w.q`, [productIds, needs.map((n) => n.quantity)], 'order.take-brand-stock');
  // Under the rows' locks every line was checked: a shortfall here is a bug, and the transaction must not commit.
  if (affected !== needs.length) throw new Error(`order ${orderId}: ${affected} of ${needs.length} stock rows reserved`);
  return null;
}

function needsOf(scope: Scope, orderId: string): Promise<StockNeed[]> {
  return scope.query<StockNeed>(
    `SELECT product_id AS "productId", quantity FROM sales_order_line WHERE order_id = $1 ORDER BY product_id`, [orderId], 'order.needs');
}
