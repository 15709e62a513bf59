import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum PartnerKind {
  DISTRIBUTOR = 'DISTRIBUTOR',
  RESELLER = 'RESELLER',
  DEALER = 'DEALER',
  SERVICE_PARTNER = 'SERVICE_PARTNER',
}
registerEnumType(PartnerKind, { name: 'PartnerKind' });

export enum PartnerStatus {
  PROSPECT = 'PROSPECT',
  ONBOARDING = 'ONBOARDING',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(PartnerStatus, { name: 'PartnerStatus' });

@ObjectType({ description: 'A company in the channel: distributor, reseller, dealer or service partner.' })
@Entity('partner')
export class Partner {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Short unique code (at most 10 characters), e.g. the vendor number in OCI.' })
  @Column({ unique: true })
  code: string;

  @Field()
  @Column()
  name: string;

  @Field(() => PartnerKind)
  @Column({ type: 'text' })
  kind: PartnerKind;

  @Field(() => PartnerStatus)
  @Column({ type: 'text', default: PartnerStatus.PROSPECT })
  status: PartnerStatus;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'tier_id', type: 'uuid', nullable: true })
  tierId: string | null;

  /** The owning channel manager, who receives the partner's notifications. */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  street: string | null;

  @Field()
  @Column()
  city: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @Column({ type: 'char', length: 2 })
  country: string;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Field(() => String, { nullable: true, description: 'Tax id (VAT number, NIP) as compared: letters and digits only, upper case, e.g. PL7792308495.' })
  @Column({ name: 'tax_id', type: 'text', nullable: true })
  taxId: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
