import { Scope } from '../../access/scope';
import { Conflict } from '../../domain/errors';
import { OrderKind } from './order.types';

/** An order as its stock sees it: which warehouse it draws on. */
interface StockedOrder {
  id: string;
  kind: OrderKind;
  partnerId: string;
}

interface Need {
  productId: string;
  quantity: number;
}

/**
 * Stock an order holds from its confirmation: a SELL_IN order draws on the brand owner's warehouse
 * (brand_stock), a SELL_OUT order on the partner's own offer.stock. The rows are locked in product order
 * (parallel confirmations of orders with several lines cannot deadlock), every line is checked before one
 * unit moves (a shortage answers CONFLICT with nothing written), and each decrement is conditional all the
 * same, so stock never goes below zero.
 */
export async function reserveStock(scope: Scope, order: StockedOrder): Promise<void> {
  const needs = await needsOf(scope, order.id);
  const productIds = needs.map((n) => n.productId);
  const onHand = new Map((order.kind === OrderKind.SELL_IN
    ? await scope.query<{ productId: string; available: number }>(
      `SELECT product_id AS "productId", on_hand AS available FROM brand_stock WHERE product_id = ANY($1::uuid[]) ORDER BY product_id FOR UPDATE`,
      [productIds], 'order.lock-brand-stock')
    // The partner's offer rows are the catalog module's; an order's reservation is the one change orders make to them.
    : await scope.query<{ productId: string; available: number }>(
      `SELECT product_id AS "productId", stock AS available FROM offer WHERE partner_id = $1 AND product_id = ANY($2::uuid[]) ORDER BY product_id FOR UPDATE`,
      [order.partnerId, productIds], 'order.lock-offer-stock')).map((s) => [s.productId, s.available]));
  const short = needs.find((n) => (onHand.get(n.productId) ?? 0) < n.quantity);
  if (short) {
    const available = onHand.get(short.productId) ?? 0;
    throw new Conflict(`Not enough stock of product ${short.productId}: ${available} available, ${short.quantity} needed`,
      { productId: short.productId, available, requested: short.quantity });
  }
  const quantities = needs.map((n) => n.quantity);
  const { affected } = order.kind === OrderKind.SELL_IN
    ? await scope.execute(
      `UPDATE brand_stock s SET on_hand = s.on_hand - w.q, updated_at = now() FROM unnest($1::uuid[], $2::int[]) AS w(product_id, q)
        WHERE s.product_id = w.product_id AND s.on_hand >= w.q`, [productIds, quantities], 'order.take-brand-stock')
    : await scope.execute(
      `UPDATE offer o SET stock = o.stock - w.q, updated_at = now() FROM unnest($2::uuid[], $3::int[]) AS w(product_id, q)
        WHERE o.partner_id = $1 AND o.product_id = w.product_id AND o.stock >= w.q`, [order.partnerId, productIds, quantities], 'order.take-offer-stock');
  // Under the rows' locks every line was checked: a shortfall here is a bug, and the transaction must not commit.
  if (affected !== needs.length) throw new Error(`order ${order.id}: ${affected} of ${needs.length} stock rows reserved`);
}

/** A cancelled confirmation gives back what it reserved. */
export async function releaseStock(scope: Scope, order: StockedOrder): Promise<void> {
  const needs = await needsOf(scope, order.id);
  const [productIds, quantities] = [needs.map((n) => n.productId), needs.map((n) => n.quantity)];
  if (order.kind === OrderKind.SELL_IN) {
    await scope.execute(
      // Inserted in product order, so rows are locked in the order reservations lock them.
      `INSERT INTO brand_stock AS s (product_id, on_hand) SELECT * FROM unnest($1::uuid[], $2::int[]) ORDER BY 1
       ON CONFLICT (product_id) DO UPDATE SET on_hand = s.on_hand + EXCLUDED.on_hand, updated_at = now()`,
      [productIds, quantities], 'order.return-brand-stock');
  } else {
    // In product order, as reservations lock them: a cancellation and a confirmation cannot deadlock.
    await scope.query(`SELECT 1 FROM offer WHERE partner_id = $1 AND product_id = ANY($2::uuid[]) ORDER BY product_id FOR UPDATE`,
      [order.partnerId, productIds], 'order.lock-offer-return');
    await scope.execute(
      `UPDATE offer o SET stock = o.stock + w.q, updated_at = now() FROM unnest($2::uuid[], $3::int[]) AS w(product_id, q)
        WHERE o.partner_id = $1 AND o.product_id = w.product_id`, [order.partnerId, productIds, quantities], 'order.return-offer-stock');
  }
}

function needsOf(scope: Scope, orderId: string): Promise<Need[]> {
  return scope.query<Need>(
    `SELECT product_id AS "productId", quantity FROM sales_order_line WHERE order_id = $1 ORDER BY product_id`, [orderId], 'order.needs');
}
