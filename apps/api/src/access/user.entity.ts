import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role';

@ObjectType({ description: 'A person who signs in to Trellis.' })
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'citext', unique: true })
  email: string;

  @Field()
  @Column({ name: 'display_name' })
  displayName: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  /** Null for brand-owner staff. */
  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Field({ description: 'False once deactivated; a deactivated user cannot sign in.' })
  @Column({ default: true })
  active: boolean;

  @Field({ description: 'True until the user has set a password through an invitation.' })
  get invited(): boolean {
    return !this.hasPassword;
  }

  @Column({ name: 'has_password', default: false })
  hasPassword: boolean;

  @Field()
  @Column({ default: 'en' })
  locale: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
