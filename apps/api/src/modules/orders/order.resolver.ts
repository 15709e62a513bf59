import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { publicScope, type Context } from '../../access/request-context';
import type { Delivery, LiveContext } from '../../access/events';
import { Authorized, Public } from '../../access/access-decorators';
import { ALL_ROLES, CHANNEL_WRITERS, PARTNER_ROLES, Role } from '../../access/role';
import { User } from '../../access/user.entity';
import { ConnectionType, type Connection } from '../../domain/connection';
import { Money, money } from '../../domain/money';
import { payloadType } from '../../domain/payload';
import { Partner } from '../partners/partner.entity';
import { ByIdArgs } from '../partners/partner.inputs';
import { Product } from '../catalog/product.entity';
import { Lead } from '../leads/lead.entity';
import { Order, OrderAction, OrderChange, OrderCustomer, OrderEvent, OrderLine, OrderShipment, OrderStatus, PublicOrderStatus, ShipmentLine } from './order.types';
import {
  CancelOrderInput, CreateOrderInput, FulfilLeadInput, OrderInput, OrdersArgs, OrderStatusArgs, RecordInvoiceInput, RecordPaymentInput, ShipmentInput, ShipOrderInput,
} from './order.inputs';
import { ORDER_TOPIC } from './order-lifecycle';

const OrderConnection = ConnectionType(Order, 'Order');

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => OrderConnection, { description: "The viewer's orders, newest first: a partner's own (a distributor's with its resellers'); all for brand staff." })
  @Authorized(...ALL_ROLES)
  orders(@Args() { first, after, filter }: OrdersArgs, @Ctx() { scope, services }: Context): Promise<Connection<Order>> {
    return services.orders.list(scope, filter, first, after);
  }

  @Query(() => Order, { description: 'One order: NOT_FOUND when the viewer may not see it.' })
  @Authorized(...ALL_ROLES)
  order(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<Order> {
    return services.orders.get(scope, id);
  }

  @Query(() => PublicOrderStatus, {
    description: "A sell-out order's progress for its customer, by its number and the customer's email; NOT_FOUND for anything else. Rate-limited per address.",
  })
  @Public()
  orderStatus(@Args() { number, email }: OrderStatusArgs, @Ctx() ctx: Context): Promise<PublicOrderStatus> {
    // Signed in or not, the page reads as the public does.
    return ctx.services.orders.publicStatus(publicScope(ctx, []), number, email);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The ordering partner (SELL_IN) or the selling one (SELL_OUT).' })
  partner(@Root() order: Order, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(order.partnerId);
  }

  @FieldResolver(() => [OrderLine])
  lines(@Root() order: Order, @Ctx() { loaders }: Context): Promise<OrderLine[]> {
    return loaders.linesByOrderId.load(order.id);
  }

  @FieldResolver(() => [OrderShipment], { description: 'Its parcels, first shipped first.' })
  shipments(@Root() order: Order, @Ctx() { loaders }: Context): Promise<OrderShipment[]> {
    return loaders.shipmentsByOrderId.load(order.id);
  }

  @FieldResolver(() => [OrderEvent], { description: 'Every step of the order, oldest first.' })
  events(@Root() order: Order, @Ctx() { loaders }: Context): Promise<OrderEvent[]> {
    return loaders.eventsByOrderId.load(order.id);
  }

  @FieldResolver(() => OrderCustomer, { nullable: true, description: 'The customer of a SELL_OUT order; null for SELL_IN.' })
  customer(@Root() order: Order): OrderCustomer | null {
    return order.customerName === null
      ? null
      : { name: order.customerName, company: order.customerCompany, email: order.customerEmail!, phone: order.customerPhone };
  }

  @FieldResolver(() => Money)
  net(@Root() order: Order): Money {
    return money(order.netMinor, order.currency);
  }

  @FieldResolver(() => Money)
  vat(@Root() order: Order): Money {
    return money(order.vatMinor, order.currency);
  }

  @FieldResolver(() => Money)
  gross(@Root() order: Order): Money {
    return money(order.grossMinor, order.currency);
  }

  @FieldResolver(() => Lead, { nullable: true, description: 'The lead the order fulfils, if the viewer may see it.' })
  lead(@Root() order: Order, @Ctx() { loaders }: Context): Promise<Lead | null> | null {
    return order.leadId ? loaders.leadById.load(order.leadId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() order: Order, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return order.createdById ? loaders.userById.load(order.createdById) : null;
  }
}

@Resolver(() => OrderShipment)
export class OrderShipmentResolver {
  @FieldResolver(() => [ShipmentLine])
  lines(@Root() shipment: OrderShipment, @Ctx() { loaders }: Context): Promise<ShipmentLine[]> {
    return loaders.shipmentLinesByShipmentId.load(shipment.id);
  }
}

@Resolver(() => ShipmentLine)
export class ShipmentLineResolver {
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() line: ShipmentLine, @Ctx() { loaders }: Context): Promise<Product | null> {
    return loaders.productById.load(line.productId);
  }
}

@Resolver(() => OrderLine)
export class OrderLineResolver {
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() line: OrderLine, @Ctx() { loaders }: Context): Promise<Product | null> {
    return loaders.productById.load(line.productId);
  }

  @FieldResolver(() => Money, { description: 'Computed by Trellis when the order was placed.' })
  unitPrice(@Root() line: OrderLine): Money {
    return money(line.unitPriceMinor, line.currency);
  }

  @FieldResolver(() => Money)
  lineNet(@Root() line: OrderLine): Money {
    return money(line.lineNetMinor, line.currency);
  }
}

@Resolver(() => OrderEvent)
export class OrderEventResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made the step; null for Trellis itself, or a user the viewer may not see.' })
  actor(@Root() event: OrderEvent, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return event.actorId ? loaders.userById.load(event.actorId) : null;
  }
}

/** Each move answers its own payload (domain/payload.ts): the order as it is now. */
const orderPayload = (name: string) => payloadType(`${name}Payload`, 'order', Order);
const CreateOrderPayload = orderPayload('CreateOrder');
const FulfilLeadPayload = orderPayload('FulfilLead');
const SubmitOrderPayload = orderPayload('SubmitOrder');
const ConfirmOrderPayload = orderPayload('ConfirmOrder');
const StartFulfilmentPayload = orderPayload('StartFulfilment');
const ShipOrderPayload = orderPayload('ShipOrder');
const MarkDeliveredPayload = orderPayload('MarkDelivered');
const MarkShipmentDeliveredPayload = orderPayload('MarkShipmentDelivered');
const CancelOrderPayload = orderPayload('CancelOrder');
const RecordInvoicePayload = orderPayload('RecordInvoice');
const RecordPaymentPayload = orderPayload('RecordPayment');

interface OrderPayload {
  order: Order;
}

/** Who confirms and bills: brand staff (SELL_IN) and the partner's manager (SELL_OUT); the service tells them apart per order. */
const CONFIRMERS = [...CHANNEL_WRITERS, Role.PARTNER_MANAGER];
/** Who fulfils and cancels: brand staff (SELL_IN) and the partner's staff (SELL_OUT). */
const FULFILLERS = [...CHANNEL_WRITERS, ...PARTNER_ROLES];

/** Placing orders and the order lifecycle's moves (order-lifecycle.ts); each answers CONFLICT, changing nothing, when the order's status does not allow it. */
@Resolver()
export class OrderLifecycleResolver {
  @Mutation(() => CreateOrderPayload, { description: 'Places an order of the viewer\'s partner at the prices Trellis computes; the same idempotency key and payload again answer the same order.' })
  @Authorized(...PARTNER_ROLES)
  async createOrder(@Arg('input') input: CreateOrderInput, @Ctx() { scope, services }: Context): Promise<OrderPayload> {
    return { order: await services.orderPlacement.create(scope, input) };
  }

  @Mutation(() => FulfilLeadPayload, { description: 'Turns an ACCEPTED or QUALIFIED lead into a SUBMITTED SELL_OUT order for its customer and basket (a QUALIFIED lead becomes CONVERTED).' })
  @Authorized(Role.PARTNER_MANAGER)
  async fulfilLead(@Arg('input') input: FulfilLeadInput, @Ctx() { scope, services }: Context): Promise<OrderPayload> {
    return { order: await services.orderPlacement.fulfilLead(scope, input.leadId, input.idempotencyKey) };
  }

  @Mutation(() => SubmitOrderPayload, { description: 'Submits a DRAFT order (SUBMITTED).' })
  @Authorized(...PARTNER_ROLES)
  async submitOrder(@Arg('input') input: OrderInput, @Ctx() { scope, services }: Context): Promise<OrderPayload> {
    return { order: await services.orderLifecycle.submit(scope, input.orderId) };
  }

  @Mutation(() => ConfirmOrderPayload, { description: 'Confirms a SUBMITTED order and reserves its stock; CONFLICT, nothing reserved, when a line lacks stock.' })
  @Authorized(...CONFIRMERS)
  async confirmOrder(@Arg('input') input: OrderInput, @Ctx() { scope, services }: Context): Promise<OrderPayload> {
    return { order: await services.orderLifecycle.confirm(scope, input.orderId) };
  }

  @Mutation(() => StartFulfilmentPayload, { description: 'A CONFIRMED order is being picked and packed (IN_FULFILMENT).' })
  @Authorized(...FULFILLERS)
  async startFulfilment(@Arg('input') input: OrderInput, @Ctx() { scope, services }: Context): Promise<OrderPayload> {
    return { order: await services.orderLifecycle.startFulfilment(scope, input.orderId) };
  }

  @Mutation(() => ShipOrderPayload, {
    description: 'A parcel of an order IN_FULFILMENT left with a carrier: the given lines, or all not shipped yet. The order is SHIPPED once every unit is.',
  })
  @Authorized(...FULFILLERS)
  async shipOrder(@Arg('input') input: ShipOrderInput, @Ctx() { scope, services }: Context): Promise<OrderPayload> {
    return { order: await services.orderLifecycle.ship(scope, input.orderId, input.carrier, input.trackingReference, input.lines) };
  }

  @Mutation(() => MarkShipmentDeliveredPayload, { description: 'One parcel arrived; with the last parcel of a SHIPPED order, the order is DELIVERED.' })
  @Authorized(...FULFILLERS)
  async markShipmentDelivered(@Arg('input') input: ShipmentInput, @Ctx() { scope, services }: Context): Promise<OrderPayload> {
    return { order: await services.orderLifecycle.markShipmentDelivered(scope, input.shipmentId) };
  }

  @Mutation(() => MarkDeliveredPayload, { description: 'A SHIPPED order arrived, every parcel of it (DELIVERED).' })
  @Authorized(...FULFILLERS)
  async markDelivered(@Arg('input') input: OrderInput, @Ctx() { scope, services }: Context): Promise<OrderPayload> {
    return { order: await services.orderLifecycle.markDelivered(scope, input.orderId) };
  }

  @Mutation(() => CancelOrderPayload, { description: 'Cancels a DRAFT, SUBMITTED or CONFIRMED order (a confirmed one only by the side that confirmed it; its stock comes back).' })
  @Authorized(...FULFILLERS)
  async cancelOrder(@Arg('input') input: CancelOrderInput, @Ctx() { scope, services }: Context): Promise<OrderPayload> {
    return { order: await services.orderLifecycle.cancel(scope, input.orderId, input.reason) };
  }

  @Mutation(() => RecordInvoicePayload, { description: "Records the invoice of a confirmed order; a correction is recorded until it is paid." })
  @Authorized(...CONFIRMERS)
  async recordInvoice(@Arg('input') input: RecordInvoiceInput, @Ctx() { scope, services }: Context): Promise<OrderPayload> {
    return { order: await services.orderLifecycle.recordInvoice(scope, input.orderId, input) };
  }

  @Mutation(() => RecordPaymentPayload, { description: 'Records the payment of an invoiced order.' })
  @Authorized(...CONFIRMERS)
  async recordPayment(@Arg('input') input: RecordPaymentInput, @Ctx() { scope, services }: Context): Promise<OrderPayload> {
    return { order: await services.orderLifecycle.recordPayment(scope, input.orderId, input.paidAt) };
  }
}

/** Live: changes to the orders the viewer may see, judged for the viewer when each is delivered (access/events.ts). */
@Resolver()
export class OrderLiveResolver {
  @Subscription(() => OrderChange, {
    description: 'Each change to an order the viewer may see (a partner: its own orders; brand staff: all), once committed. Over WebSocket (graphql-ws) on /graphql.',
    subscribe: ({ context }) => (context as LiveContext).live.subscribe(ORDER_TOPIC),
  })
  @Authorized(...ALL_ROLES)
  orderChanged(@Root() delivery: Delivery): OrderChange {
    if ('resync' in delivery) return { orderId: null, number: null, action: null, status: null, resync: true };
    const data = delivery.data as { orderId: string; number: string; action: OrderAction; status: OrderStatus };
    return { orderId: data.orderId, number: data.number, action: data.action, status: data.status, resync: false };
  }
}
