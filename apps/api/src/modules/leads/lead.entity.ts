import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum LeadStatus {
  UNASSIGNED = 'UNASSIGNED',
  NEW = 'NEW',
  ACCEPTED = 'ACCEPTED',
  QUALIFIED = 'QUALIFIED',
  CONVERTED = 'CONVERTED',
  LOST = 'LOST',
  REJECTED = 'REJECTED',
}
registerEnumType(LeadStatus, { name: 'LeadStatus', description: 'UNASSIGNED waits for dispatch to a partner.' });

@ObjectType({ description: "A potential customer's interest, for a partner (or waiting for dispatch)." })
@Entity('lead')
export class Lead {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @Field(() => LeadStatus)
  @Column({ type: 'text' })
  status: LeadStatus;

  @Field({ description: 'SHOWROOM, CHANNEL or PARTNER.' })
  @Column()
  source: string;

  @Field()
  @Column({ name: 'contact_name' })
  contactName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  company: string | null;

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
