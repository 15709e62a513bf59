import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum LeadStatus {
  UNASSIGNED = 'UNASSIGNED',
  NEW = 'NEW',
  DISPATCHED = 'DISPATCHED',
  ACCEPTED = 'ACCEPTED',
  QUALIFIED = 'QUALIFIED',
  CONVERTED = 'CONVERTED',
  DISQUALIFIED = 'DISQUALIFIED',
  LOST = 'LOST',
}
registerEnumType(LeadStatus, {
  name: 'LeadStatus',
  description: 'UNASSIGNED waits for dispatch; NEW (filed in a partner showroom) and DISPATCHED wait for the partner to accept or decline.',
});

/** What happened to a lead: the lead's history is a list of these. */
export enum LeadAction {
  FILED = 'FILED',
  DISPATCHED = 'DISPATCHED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  ASSIGNED = 'ASSIGNED',
  QUALIFIED = 'QUALIFIED',
  CONVERTED = 'CONVERTED',
  DISQUALIFIED = 'DISQUALIFIED',
  LOST = 'LOST',
  ERASED = 'ERASED',
}
registerEnumType(LeadAction, {
  name: 'LeadAction',
  description: "DECLINED and EXPIRED (not accepted in time) hand the lead back to dispatch (UNASSIGNED); ERASED: the customer's personal data was erased.",
});

export enum LeadTiming {
  NOW = 'NOW',
  WITHIN_3_MONTHS = 'WITHIN_3_MONTHS',
  WITHIN_12_MONTHS = 'WITHIN_12_MONTHS',
  LATER = 'LATER',
}
registerEnumType(LeadTiming, { name: 'LeadTiming', description: 'When the customer means to buy.' });

@ObjectType({ description: "A potential customer's interest, for a partner (or waiting for dispatch)." })
@Entity('lead')
export class Lead {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @Field({ description: 'The short reference the customer is given, e.g. L-2026-000123.' })
  @Column({ type: 'text' })
  reference: string;

  @Field(() => LeadStatus)
  @Column({ type: 'text' })
  status: LeadStatus;

  @Field({ description: 'When the lead last changed its status.' })
  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The qualification score, 0 to 100.' })
  @Column({ name: 'qualification_score', type: 'smallint', nullable: true })
  qualificationScore: number | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ name: 'budget_confirmed', type: 'boolean', nullable: true })
  budgetConfirmed: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the contact decides the purchase.' })
  @Column({ name: 'authority_confirmed', type: 'boolean', nullable: true })
  authorityConfirmed: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ name: 'need_confirmed', type: 'boolean', nullable: true })
  needConfirmed: boolean | null;

  @Field(() => LeadTiming, { nullable: true })
  @Column({ type: 'text', nullable: true })
  timing: LeadTiming | null;

  @Column({ name: 'converted_value_minor', type: 'bigint', nullable: true })
  convertedValueMinor: string | null;

  @Column({ name: 'converted_currency', type: 'char', length: 3, nullable: true })
  convertedCurrency: string | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Field({ description: 'SHOWROOM, CHANNEL or PARTNER.' })
  @Column()
  source: string;

  @Field()
  @Column({ name: 'contact_name' })
  contactName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  company: string | null;

  @Field(() => Date, { nullable: true, description: "When the customer's personal data was erased (on request, or after the retention period); the lead stays." })
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @Field()
  @Column()
  email: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Field()
  @Column()
  message: string;

  @Field({ description: 'The consent text the customer was shown and agreed to.' })
  @Column({ name: 'consent_text' })
  consentText: string;

  @Field()
  @Column({ name: 'consent_given_at', type: 'timestamptz' })
  consentGivenAt: Date;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: 'A product the customer is interested in, with a quantity.' })
export class LeadItem {
  @Field(() => ID)
  productId: string;

  @Field()
  quantity: string;

  leadId: string;
}

@ObjectType({ description: 'One move of a lead: who, when, from which status to which, and why.' })
export class LeadEvent {
  @Field(() => ID)
  id: string;

  leadId: string;

  @Field(() => LeadAction)
  action: LeadAction;

  @Field(() => LeadStatus, { nullable: true, description: 'Null for the filing.' })
  fromStatus: LeadStatus | null;

  @Field(() => LeadStatus)
  toStatus: LeadStatus;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  at: Date;

  actorId: string | null;
}

@ObjectType({ description: 'A change to a lead the viewer may see, sent live (subscription leadChanged); or a call to reload everything.' })
export class LeadChange {
  @Field(() => ID, { nullable: true, description: 'Null when resync is true.' })
  leadId: string | null;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field(() => LeadAction, { nullable: true })
  action: LeadAction | null;

  @Field(() => LeadStatus, { nullable: true, description: 'The status after the change.' })
  status: LeadStatus | null;

  @Field({ description: 'True: live events may have been missed (the server reconnected); reload the leads shown.' })
  resync: boolean;
}
