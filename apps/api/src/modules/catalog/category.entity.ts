import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A node of the catalog tree.' })
@Entity('category')
export class Category {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Short code (at most 10), also the OCI material group.' })
  @Column()
  code: string;

  @Field()
  @Column()
  name: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  position: number;
}
