import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum OrderKind {
  SELL_IN = 'SELL_IN',
  SELL_OUT = 'SELL_OUT',
}
registerEnumType(OrderKind, { name: 'OrderKind', description: 'SELL_IN: a partner buys from the brand owner; SELL_OUT: a partner sells to its customer.' });

export enum OrderStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CONFIRMED = 'CONFIRMED',
  IN_FULFILMENT = 'IN_FULFILMENT',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'DRAFT -> SUBMITTED -> CONFIRMED (stock reserved) -> IN_FULFILMENT -> SHIPPED -> DELIVERED; CANCELLED from DRAFT, SUBMITTED or CONFIRMED.',
});

/** What happened to an order: its timeline is a list of these. */
export enum OrderAction {
  CREATED = 'CREATED',
  SUBMITTED = 'SUBMITTED',
  CONFIRMED = 'CONFIRMED',
  FULFILMENT_STARTED = 'FULFILMENT_STARTED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
  INVOICED = 'INVOICED',
  PAID = 'PAID',
}
registerEnumType(OrderAction, { name: 'OrderAction', description: 'INVOICED and PAID record an invoice and its payment; the status stays.' });

@ObjectType({ description: "A sell-out order's customer." })
export class OrderCustomer {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  company: string | null;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType({ description: 'A sell-in or sell-out order, its prices computed by Trellis.' })
export class Order {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The number the customer is given, e.g. O-2026-000123.' })
  number: string;

  @Field(() => OrderKind)
  kind: OrderKind;

  partnerId: string;

  @Field(() => OrderStatus)
  status: OrderStatus;

  @Field({ description: 'ISO 4217 code of every amount of the order.' })
  currency: string;

  netMinor: string;
  vatMinor: string;
  grossMinor: string;

  @Field(() => Float, { description: 'VAT in percent of the net value.' })
  vatPercent: number;

  customerName: string | null;
  customerCompany: string | null;
  customerEmail: string | null;
  customerPhone: string | null;

  leadId: string | null;
  createdById: string | null;

  @Field()
  createdAt: Date;

  @Field({ description: 'When the order last changed its status.' })
  statusChangedAt: Date;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true })
  fulfilmentStartedAt: Date | null;

  @Field(() => Date, { nullable: true })
  shippedAt: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true })
  cancellationReason: string | null;

  @Field(() => String, { nullable: true, description: 'Set when shipped.' })
  carrier: string | null;

  @Field(() => String, { nullable: true, description: 'Set when shipped.' })
  trackingReference: string | null;

  @Field(() => String, { nullable: true })
  invoiceNumber: string | null;

  @Field(() => Date, { nullable: true })
  invoicedAt: Date | null;

  @Field(() => Date, { nullable: true })
  dueAt: Date | null;

  @Field(() => Date, { nullable: true })
  paidAt: Date | null;

  /** The keyset cursor's time, to the microsecond. */
  cursorAt?: string;
  /** Kept to tell a true retry from another order reusing its key. */
  payloadHash?: string;
}

@ObjectType({ description: 'One line of an order: a product, a quantity and the price Trellis computed.' })
export class OrderLine {
  orderId: string;

  @Field(() => Int)
  lineNo: number;

  productId: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int, { description: 'Units of the line in parcels so far.' })
  shippedQuantity: number;

  unitPriceMinor: string;
  lineNetMinor: string;
  currency: string;
}

@ObjectType({ description: 'Units of one product in a parcel.' })
export class ShipmentLine {
  shipmentId: string;
  productId: string;

  @Field(() => Int)
  quantity: number;
}

@ObjectType({ description: 'One parcel of an order: its carrier, tracking reference, lines and delivery.' })
export class OrderShipment {
  @Field(() => ID)
  id: string;

  orderId: string;

  @Field()
  carrier: string;

  @Field()
  trackingReference: string;

  @Field()
  shippedAt: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;
}

@ObjectType({ description: 'One step of an order: who, when, from which status to which, and a note.' })
export class OrderEvent {
  @Field(() => ID)
  id: string;

  orderId: string;

  @Field(() => OrderAction)
  action: OrderAction;

  @Field(() => OrderStatus, { nullable: true, description: 'Null for the creation.' })
  fromStatus: OrderStatus | null;

  @Field(() => OrderStatus)
  toStatus: OrderStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  at: Date;

  actorId: string | null;
}

@ObjectType({ description: 'A step of a sell-out order as its customer sees it.' })
export class OrderStep {
  @Field(() => OrderStatus)
  status: OrderStatus;

  @Field()
  at: Date;
}

@ObjectType({ description: "What a sell-out order's customer may know of it: nothing but its progress and shipment." })
export class PublicOrderStatus {
  @Field()
  number: string;

  @Field(() => OrderStatus)
  status: OrderStatus;

  @Field()
  lastChangedAt: Date;

  @Field(() => [OrderStep], { description: 'Oldest first.' })
  steps: OrderStep[];

  @Field(() => String, { nullable: true })
  carrier: string | null;

  @Field(() => String, { nullable: true })
  trackingReference: string | null;
}

@ObjectType({ description: 'A change to an order the viewer may see, sent live (subscription orderChanged); or a call to reload everything.' })
export class OrderChange {
  @Field(() => ID, { nullable: true, description: 'Null when resync is true.' })
  orderId: string | null;

  @Field(() => String, { nullable: true })
  number: string | null;

  @Field(() => OrderAction, { nullable: true })
  action: OrderAction | null;

  @Field(() => OrderStatus, { nullable: true, description: 'The status after the change.' })
  status: OrderStatus | null;

  @Field({ description: 'True: live events may have been missed (the server reconnected); reload the orders shown.' })
  resync: boolean;
}
