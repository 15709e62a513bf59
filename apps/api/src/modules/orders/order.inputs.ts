import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxDate, MaxLength, Min, MinDate, ValidateNested,
} from 'class-validator';
import { IsNotBlank } from '../../domain/text';
import { PageArgs } from '../../domain/connection';
import { OrderKind, OrderStatus } from './order.types';
import { CustomerContactInput } from '../leads/lead.inputs';

export const MAX_LINES = 200;
export const MAX_QUANTITY = 100_000;

/** Dates an order's invoice or payment can have (PostgreSQL's range is wider than any real one). */
const EARLIEST = new Date('2000-01-01T00:00:00Z');
const LATEST = new Date('2100-01-01T00:00:00Z');
const DATE_RANGE = { message: 'must be a date between 2000 and 2100' };

/** A client's key for one order: a retry with the same key and payload answers the same order. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,100}$/;
const IDEMPOTENCY_MESSAGE = { message: 'must be 8 to 100 visible ASCII characters, e.g. a UUID' };

@InputType()
export class OrderLineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  productId: string;

  @Field(() => Int, { description: `Whole units, 1 to ${MAX_QUANTITY}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity: number;
}

/** The customer follows the order with its number and email (orderStatus). */
@InputType({ description: "A sell-out order's customer." })
export class OrderCustomerInput extends CustomerContactInput {}

@InputType({ description: 'An order; its prices are computed by Trellis, never taken from here.' })
export class CreateOrderInput {
  @Field(() => OrderKind)
  @IsIn(Object.values(OrderKind))
  kind: OrderKind;

  @Field(() => ID, { description: 'The ordering partner (SELL_IN) or the selling one (SELL_OUT): the viewer\'s own.' })
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field(() => [OrderLineInput], { description: `1 to ${MAX_LINES} lines, each product once.` })
  @ArrayMinSize(1, { message: 'must have at least one line' })
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  lines: OrderLineInput[];

  @Field(() => OrderCustomerInput, { nullable: true, description: 'Required for SELL_OUT; none for SELL_IN.' })
  @IsOptional()
  @ValidateNested()
  customer?: OrderCustomerInput | null;

  @Field({ description: 'The client\'s key for this order: the same key and payload again answer the same order.' })
  @Matches(IDEMPOTENCY_KEY, IDEMPOTENCY_MESSAGE)
  idempotencyKey: string;

  @Field({ defaultValue: true, description: 'False: the order stays a DRAFT.' })
  submit: boolean;
}

@InputType({ description: 'Units of one product of the order in a parcel.' })
export class ShipmentLineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  productId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity: number;
}

@InputType()
export class OrderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  orderId: string;
}

@InputType({ description: 'Why: the timeline keeps it.' })
export class CancelOrderInput extends OrderInput {
  @Field()
  @IsNotBlank(2)
  @MaxLength(500)
  reason: string;
}

@InputType()
export class ShipOrderInput extends OrderInput {
  @Field({ description: 'e.g. DHL, DPD, InPost.' })
  @IsNotBlank(2)
  @MaxLength(100)
  carrier: string;

  @Field({ description: "The carrier's parcel number; the customer's order page shows it." })
  @IsNotBlank(2)
  @MaxLength(100)
  trackingReference: string;

  @Field(() => [ShipmentLineInput], { nullable: true, description: 'What this parcel holds; left out: everything not shipped yet.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'must have at least one line' })
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  lines?: ShipmentLineInput[] | null;
}

@InputType()
export class ShipmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  shipmentId: string;
}

@InputType()
export class RecordInvoiceInput extends OrderInput {
  @Field()
  @IsNotBlank(1)
  @MaxLength(60)
  invoiceNumber: string;

  @Field()
  @MinDate(EARLIEST, DATE_RANGE)
  @MaxDate(LATEST, DATE_RANGE)
  invoicedAt: Date;

  @Field({ description: 'On or after invoicedAt.' })
  @MinDate(EARLIEST, DATE_RANGE)
  @MaxDate(LATEST, DATE_RANGE)
  dueAt: Date;
}

@InputType()
export class RecordPaymentInput extends OrderInput {
  @Field()
  @MinDate(EARLIEST, DATE_RANGE)
  @MaxDate(LATEST, DATE_RANGE)
  paidAt: Date;
}

@InputType({ description: 'An ACCEPTED or QUALIFIED lead of the viewer\'s partner, to order what its customer asked for.' })
export class FulfilLeadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  leadId: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, IDEMPOTENCY_MESSAGE)
  idempotencyKey: string;
}

@InputType({ description: 'Each given filter applies.' })
export class OrderFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  partnerId?: string | null;

  @Field(() => OrderKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(OrderKind))
  kind?: OrderKind | null;

  @Field(() => OrderStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(OrderStatus))
  status?: OrderStatus | null;

  @Field(() => String, { nullable: true, description: "Part of the order's number, or of its customer's name, company or email." })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@ArgsType()
export class OrdersArgs extends PageArgs {
  @Field(() => OrderFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: OrderFilter | null;
}

@ArgsType()
export class OrderStatusArgs {
  @Field({ description: 'The order number the customer was given, e.g. O-2026-000123.' })
  @MaxLength(40)
  number: string;

  @Field({ description: "The customer's email address the order was placed with." })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;
}
