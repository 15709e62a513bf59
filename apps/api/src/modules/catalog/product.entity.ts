import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { CatalogLanguage } from '../../domain/language';

export const bigintNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@ObjectType()
export class ProductAttribute {
  @Field()
  key: string;

  @Field()
  value: string;
}

@ObjectType({ description: "A product of the brand owner's catalog." })
@Entity('product')
export class Product {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  sku: string;

  /** In the catalog's default language; the name field gives the request's language (catalog.resolver.ts). */
  @Column()
  name: string;

  @Column({ default: '' })
  description: string;

  @Field({ description: 'ISO unit code, at most 3 characters (PCE, SET, M).' })
  @Column({ default: 'PCE' })
  unit: string;

  /** Minor units; shown through the listPrice field as Money. */
  @Column({ name: 'list_price', type: 'bigint', transformer: bigintNumber })
  listPriceMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'jsonb', default: {} })
  attributes: Record<string, string>;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'category_id', type: 'uuid', nullable: true })
  categoryId: string | null;

  @Field()
  @Column({ default: true })
  active: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: "A product's texts in one language other than the catalog's default." })
export class ProductTranslation {
  productId: string;

  @Field(() => CatalogLanguage)
  language: CatalogLanguage;

  @Field()
  name: string;

  @Field()
  description: string;

  attributes: Record<string, string>;
}
