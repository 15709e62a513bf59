import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { bigintNumber } from './product.entity';

@ObjectType({ description: "One partner's terms for one product." })
@Entity('offer')
export class Offer {
  @Field(() => ID)
  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Field(() => ID)
  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  price: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => Int, { description: 'Units on hand.' })
  @Column({ type: 'int' })
  stock: number;

  @Field(() => Int)
  @Column({ name: 'delivery_days', type: 'int' })
  deliveryDays: number;

  @Field(() => String, { nullable: true, description: "The partner's own article number." })
  @Column({ name: 'partner_sku', type: 'text', nullable: true })
  partnerSku: string | null;

  @Field()
  @Column()
  offered: boolean;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
