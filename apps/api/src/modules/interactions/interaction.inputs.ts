import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, Matches, MaxDate, MaxLength, MinDate, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../../domain/text';
import { PageArgs } from '../../domain/connection';
import { TimelineSource } from '../../domain/timeline';
import { InteractionKind } from './interaction.types';

const ID_MESSAGE = { message: 'must be an id' };
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = { message: 'must be a day as YYYY-MM-DD' };
const EARLIEST = new Date('2000-01-01T00:00:00Z');
const LATEST = new Date('2100-01-01T00:00:00Z');
const DATE_RANGE = { message: 'must be a date between 2000 and 2100' };
/** The most follow-up tasks one interaction is recorded with. */
export const MAX_TASKS_AT_ONCE = 10;

@InputType({ description: 'A follow-up task: what to do, by when, and (optionally) which brand user does it.' })
export class InteractionTaskInput {
  @Field()
  @IsNotBlank(3)
  @MaxLength(200)
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DAY, DAY_MESSAGE)
  dueOn: string;

  @Field(() => ID, { nullable: true, description: 'A brand user; none: the task is nobody\'s yet.' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  assigneeId?: string | null;
}

/** What an interaction says, as recorded or corrected (its fields join each input that extends it). */
@InputType()
export class InteractionFields {
  @Field(() => InteractionKind)
  @IsIn(Object.values(InteractionKind))
  kind: InteractionKind;

  @Field({ description: 'When the contact took place.' })
  @MinDate(EARLIEST, DATE_RANGE)
  @MaxDate(LATEST, DATE_RANGE)
  occurredAt: Date;

  @Field()
  @IsNotBlank(3)
  @MaxLength(200)
  subject: string;

  @Field(() => [String], { defaultValue: [], description: 'Who took part, by name: at most 20 of at most 100 characters.' })
  @ArrayMaxSize(20)
  @IsNotBlank(1, { each: true })
  @MaxLength(100, { each: true })
  participants: string[];

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  notes: string;

  @Field({ defaultValue: '' })
  @MaxLength(1000)
  outcome: string;

  @Field({ defaultValue: false, description: "Whether the partner's managers see it." })
  @IsBoolean()
  shared: boolean;
}

@InputType()
export class RecordInteractionInput extends InteractionFields {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  partnerId: string;

  @Field(() => [InteractionTaskInput], { defaultValue: [], description: `Follow-up tasks, at most ${MAX_TASKS_AT_ONCE}.` })
  @ArrayMaxSize(MAX_TASKS_AT_ONCE)
  @ValidateNested({ each: true })
  tasks: InteractionTaskInput[];
}

@InputType({ description: 'An interaction as it should read now: the same values again change nothing.' })
export class UpdateInteractionInput extends InteractionFields {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  interactionId: string;
}

@InputType()
export class AddInteractionTaskInput extends InteractionTaskInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  interactionId: string;
}

@InputType()
export class CompleteInteractionTaskInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  taskId: string;
}

@InputType()
export class InteractionFilter {
  @Field(() => [InteractionKind], { nullable: true, description: 'Only these kinds; none: every kind.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsIn(Object.values(InteractionKind), { each: true })
  kinds?: InteractionKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only shared (true) or unshared (false) ones.' })
  @IsOptional()
  @IsBoolean()
  shared?: boolean | null;
}

@ArgsType()
export class InteractionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "One partner's; none: every partner the viewer sees." })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  partnerId?: string | null;

  @Field(() => InteractionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: InteractionFilter | null;
}

@ArgsType()
export class InteractionTasksArgs extends PageArgs {
  @Field({ defaultValue: true, description: 'Open tasks (true), soonest due first, or done ones (false), latest done first.' })
  @IsBoolean()
  open: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: only tasks due before this day.' })
  @IsOptional()
  @Matches(DAY, DAY_MESSAGE)
  dueBefore?: string | null;

  @Field(() => ID, { nullable: true, description: "One partner's tasks; none: every partner's." })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  partnerId?: string | null;

  @Field({ defaultValue: false, description: "The viewer's own: assigned to them, or to nobody on an interaction they recorded." })
  @IsBoolean()
  mine: boolean;
}

@ArgsType()
export class PartnerTimelineArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  partnerId: string;

  @Field(() => [TimelineSource], { nullable: true, description: 'Only these sources; none: all of them.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsIn(Object.values(TimelineSource), { each: true })
  kinds?: TimelineSource[] | null;
}
