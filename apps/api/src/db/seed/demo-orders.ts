import { randomUUID } from 'node:crypto';
import { Services } from '../../services';
import { Scopes } from '../../access/scope';
import { Role } from '../../access/role';
import { SYSTEM_VIEWER } from '../../access/system-viewer';
import { OrderKind } from '../../modules/orders/order.types';
import { CreateOrderInput } from '../../modules/orders/order.inputs';
import { logger } from '../../logger';
import { random } from './random';

/**
 * The demo channel's orders: the brand warehouse's stock of every product, and for each named partner a
 * few sell-in and sell-out orders at every stage (submitted, confirmed, shipped, delivered and paid), placed
 * and moved through the services as its people and the channel manager would. Its own marker, so that a
 * demo database made before orders existed gains them at its next start.
 */
const KEY = 'demo-orders';

/** Where each order ends: the moves made after placing it. */
type Stage = 'SUBMITTED' | 'CONFIRMED' | 'SHIPPED' | 'PAID';
const PLAN: { kind: OrderKind; stage: Stage; customer?: { name: string; company?: string; email: string } }[] = [
  { kind: OrderKind.SELL_OUT, stage: 'PAID', customer: { name: 'Anna Nowak', company: 'Remonty Nowak', email: 'anna.nowak@example.com' } },
  { kind: OrderKind.SELL_OUT, stage: 'SHIPPED', customer: { name: 'Jan Kowalski', email: 'jan.kowalski@example.com' } },
  { kind: OrderKind.SELL_OUT, stage: 'SUBMITTED', customer: { name: 'Eva Schmidt', company: 'Schmidt Bau', email: 'eva.schmidt@example.com' } },
  { kind: OrderKind.SELL_IN, stage: 'PAID' },
  { kind: OrderKind.SELL_IN, stage: 'CONFIRMED' },
  { kind: OrderKind.SELL_IN, stage: 'SUBMITTED' },
];

interface PartnerPeople {
  partnerId: string; code: string; managerId: string; managerEmail: string; employeeId: string; employeeEmail: string;
  /** The partner and its resellers: what its people see. */
  visible: string[];
}

export async function seedDemoOrders(services: Services, scopes: Scopes): Promise<void> {
  try {
    await placeDemoOrders(services, scopes);
  } catch (err) {
    // Demo orders are a convenience: Trellis starts without them (nothing of them is kept) and says why.
    logger.error({ err }, 'the demo orders could not be placed; Trellis starts without them');
  }
}

async function placeDemoOrders(services: Services, scopes: Scopes): Promise<void> {
  const started = Date.now();
  // One transaction: all the orders or none, and a second instance starting at once waits, then finds the marker.
  const placed = await scopes.runSystem('demo data: orders', async (system) => {
    await system.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.demo-orders'))`);
    if ((await system.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [KEY]))[0]) return null;
    // The warehouse: 40 to 400 units of every product, the same on every start (by SKU).
    await system.query(`INSERT INTO brand_stock (product_id, on_hand)
                        SELECT id, 40 + abs(hashtext(sku)) % 361 FROM product ORDER BY id ON CONFLICT (product_id) DO NOTHING`);
    const people = await system.query<PartnerPeople>(`
      SELECT p.id AS "partnerId", p.code, m.id AS "managerId", m.email AS "managerEmail", e.id AS "employeeId", e.email AS "employeeEmail",
             array(SELECT p.id UNION ALL SELECT c.id FROM partner c WHERE c.parent_id = p.id)::text[] AS visible
        FROM partner p
        JOIN app_user m ON m.partner_id = p.id AND m.role = 'PARTNER_MANAGER' AND m.email LIKE 'manager@%.demo'
        JOIN app_user e ON e.partner_id = p.id AND e.role = 'PARTNER_EMPLOYEE' AND e.email LIKE 'employee@%.demo'
       WHERE p.code IN ('BALTIC', 'KRAKTOOL', 'RHEIN', 'MORAVA') ORDER BY p.code`);
    const [channelManager] = await system.query<{ id: string; email: string }>(`SELECT id, email FROM app_user WHERE email = 'channel@trellis.demo'`);
    const brand = system.as(channelManager ? { ...SYSTEM_VIEWER, userId: channelManager.id, role: Role.CHANNEL_MANAGER, email: channelManager.email } : SYSTEM_VIEWER);
    // Sell-in lines from the active products of the catalog's main currency (an order has one currency), by SKU.
    const catalog = await system.query<{ productId: string }>(`SELECT id AS "productId" FROM product
      WHERE active AND currency = (SELECT currency FROM product WHERE active GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1) ORDER BY sku`);
    const life = services.orderLifecycle;
    let count = 0;
    for (const partner of people) {
      const rnd = random(partner.code.split('').reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
      const as = (role: Role, userId: string, email: string) =>
        system.as({ userId, role, email, displayName: email, partnerId: partner.partnerId, visiblePartnerIds: partner.visible, via: 'SESSION' });
      const manager = as(Role.PARTNER_MANAGER, partner.managerId, partner.managerEmail);
      const employee = as(Role.PARTNER_EMPLOYEE, partner.employeeId, partner.employeeEmail);
      // Sell-out lines from what the partner offers with stock to spare, in its main currency, by SKU.
      const stocked = await system.query<{ productId: string }>(
        `SELECT o.product_id AS "productId" FROM offer o JOIN product p ON p.id = o.product_id
          WHERE o.partner_id = $1 AND o.offered AND p.active AND o.stock >= 10
            AND o.currency = (SELECT currency FROM offer WHERE partner_id = $1 GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1)
          ORDER BY p.sku`, [partner.partnerId]);
      for (const [n, plan] of PLAN.entries()) {
        const pool = plan.kind === OrderKind.SELL_OUT ? stocked : catalog;
        if (pool.length < 3) continue;
        const lines = pickDistinct(pool, 1 + Math.floor(rnd.next() * 3), rnd.next)
          .map((p) => ({ productId: p.productId, quantity: 1 + Math.floor(rnd.next() * (plan.kind === OrderKind.SELL_IN ? 12 : 3)) }));
        const input = Object.assign(new CreateOrderInput(), {
          kind: plan.kind, partnerId: partner.partnerId, lines, customer: plan.customer ?? null, idempotencyKey: randomUUID(), submit: true,
        });
        const order = await services.orderPlacement.create(plan.kind === OrderKind.SELL_OUT ? employee : manager, input);
        // Sell-in orders are confirmed, delivered and billed by the brand owner; sell-out ones by the partner itself.
        const seller = plan.kind === OrderKind.SELL_IN ? brand : manager;
        if (plan.stage !== 'SUBMITTED') await life.confirm(seller, order.id);
        if (plan.stage === 'SHIPPED' || plan.stage === 'PAID') {
          await life.startFulfilment(seller, order.id);
          await life.ship(seller, order.id, n % 2 ? 'DPD' : 'DHL', `${partner.code}-${1000 + n}`);
        }
        if (plan.stage === 'PAID') {
          await life.markDelivered(seller, order.id);
          const today = new Date();
          await life.recordInvoice(seller, order.id, { invoiceNumber: `INV-${order.number}`, invoicedAt: today, dueAt: new Date(today.getTime() + 30 * 86_400_000) });
          await life.recordPayment(seller, order.id, today);
        }
        count++;
      }
    }
    await system.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [KEY, JSON.stringify({ orders: count })]);
    return count;
  });
  if (placed !== null) logger.info({ ms: Date.now() - started, orders: placed }, 'demo orders loaded');
}

function pickDistinct<T>(items: readonly T[], count: number, rnd: () => number): T[] {
  const picked = new Set<T>();
  while (picked.size < Math.min(count, items.length)) picked.add(items[Math.floor(rnd() * items.length)]);
  return [...picked];
}
