import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A partner level with its benefits.' })
@Entity('tier')
export class Tier {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ unique: true })
  code: string;

  @Field()
  @Column()
  name: string;

  @Field(() => Int, { description: 'Higher ranks are better tiers.' })
  @Column({ type: 'int' })
  rank: number;

  @Field(() => Float, { description: 'Discount off list price, in percent.' })
  @Column({ name: 'discount_percent', type: 'numeric', precision: 5, scale: 2, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  discountPercent: number;

  @Field()
  @Column({ name: 'mdf_eligible' })
  mdfEligible: boolean;

  @Field(() => Float, { description: "The partner's share of an MDF activity's cost the brand pays, in percent (a benefit of the tier)." })
  @Column({ name: 'mdf_share_percent', type: 'numeric', precision: 5, scale: 2, default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  mdfSharePercent: number;

  @Field(() => Int, { description: 'Higher values get leads first.' })
  @Column({ name: 'lead_priority', type: 'int' })
  leadPriority: number;

  @Field(() => Int, { nullable: true, description: 'Hours a partner of this tier has to accept a dispatched lead before it goes back to dispatch; null: no limit.' })
  @Column({ name: 'lead_accept_hours', type: 'int', nullable: true })
  leadAcceptHours: number | null;

  @Field(() => Int, { nullable: true, description: 'Open leads (NEW, DISPATCHED, ACCEPTED, QUALIFIED) a partner of this tier may hold before automatic dispatch passes it over; null: no cap.' })
  @Column({ name: 'max_open_leads', type: 'int', nullable: true })
  maxOpenLeads: number | null;
}
