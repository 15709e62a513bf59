import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One recorded change of a partner: who changed what, and when.' })
@Entity('partner_change')
export class PartnerChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  /** Null when Trellis itself made the change (demo data, jobs). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'CREATED, PROFILE, STATUS, TIER, OWNER, PARENT, TERRITORIES, USER_INVITED, USER_DEACTIVATED' })
  @Column()
  kind: string;

  @Field({ description: 'Human-readable summary, e.g. "status: ONBOARDING → ACTIVE".' })
  @Column()
  summary: string;

  @Field()
  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
