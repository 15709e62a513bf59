import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A partner's counted stock of one product on a day: the latest count is its level." })
export class InventoryLevel {
  @Field(() => ID)
  partnerId: string;

  @Field(() => ID)
  productId: string;

  @Field({ description: 'The day of the count, YYYY-MM-DD.' })
  countedOn: string;

  @Field(() => Int, { description: 'Units on hand that day.' })
  onHand: number;

  @Field({ description: 'When the count was reported (or last corrected).' })
  reportedAt: Date;
}

@ObjectType({ description: 'What a report changed: counts new or different are written, the same count again is not.' })
export class InventoryReport {
  @Field(() => Int)
  changedCount: number;

  @Field(() => Int)
  unchangedCount: number;
}
