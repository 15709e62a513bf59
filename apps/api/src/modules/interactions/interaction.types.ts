import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../domain/connection';
import { TimelineSource } from '../../domain/timeline';

export enum InteractionKind {
  VISIT = 'VISIT',
  CALL = 'CALL',
  MEETING = 'MEETING',
  EMAIL = 'EMAIL',
  TRAINING = 'TRAINING',
}
registerEnumType(InteractionKind, { name: 'InteractionKind' });

@ObjectType({ description: "A contact of the brand's channel staff with a partner, and what came of it." })
export class Interaction {
  @Field(() => ID)
  id: string;

  partnerId: string;
  createdById: string | null;

  @Field(() => InteractionKind)
  kind: InteractionKind;

  @Field({ description: 'When the contact took place.' })
  occurredAt: Date;

  @Field()
  subject: string;

  @Field(() => [String], { description: 'Who took part, by name.' })
  participants: string[];

  @Field()
  notes: string;

  @Field()
  outcome: string;

  @Field({ description: "Whether the partner's managers see it." })
  shared: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  cursorAt: string;
}

@ObjectType({ description: 'A follow-up of an interaction: something to do by a day. Brand staff only.' })
export class InteractionTask {
  @Field(() => ID)
  id: string;

  interactionId: string;
  partnerId: string;
  assigneeId: string | null;
  doneById: string | null;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  dueOn: string;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: "One event of a partner's timeline: an interaction, or a step of a lead, order, service case or MDF request." })
export class TimelineEntry {
  @Field(() => ID, { description: 'Unique across the sources.' })
  key: string;

  @Field()
  at: Date;

  cursorAt: string;

  @Field(() => TimelineSource)
  source: TimelineSource;

  @Field({ description: "The source's word for what happened: VISIT, ACCEPTED, SHIPPED, RESERVE, ..." })
  action: string;

  @Field({ description: 'The number or subject of what the entry is about (L-2026-000123, an interaction\'s subject).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'A reason, note or amount, as the source recorded it.' })
  detail: string | null;

  @Field(() => ID, { description: 'The lead, order, service case, MDF request (or fund) or interaction the entry is about.' })
  subjectId: string;

  actorId: string | null;
}

@ObjectType()
export class TimelineEntryEdge {
  @Field()
  cursor: string;

  @Field(() => TimelineEntry)
  node: TimelineEntry;
}

@ObjectType({ description: 'A page of a timeline. It has no total: that would count every source in full for each page.' })
export class TimelineConnection {
  @Field(() => [TimelineEntryEdge])
  edges: TimelineEntryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
