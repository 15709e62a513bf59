import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A named area that partners serve.' })
@Entity('territory')
export class Territory {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ unique: true })
  code: string;

  @Field()
  @Column()
  name: string;

  @Field(() => [String], { description: 'ISO country codes.' })
  @Column({ type: 'text', array: true, default: '{}' })
  countries: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  regions: string[];

  @Field(() => [String])
  @Column({ name: 'postal_prefixes', type: 'text', array: true, default: '{}' })
  postalPrefixes: string[];
}
