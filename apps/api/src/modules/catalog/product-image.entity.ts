import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A product picture: an outside URL, or an upload served by Trellis.' })
@Entity('product_image')
export class ProductImage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Column({ name: 'content_type', type: 'text', nullable: true })
  contentType: string | null;
}

/** Where a browser fetches an image: the outside URL, or Trellis's own image route. */
export const imageSrc = (image: ProductImage) => image.url ?? `/images/${image.id}`;
