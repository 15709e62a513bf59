import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { BRAND_ROLES, CHANNEL_WRITERS, Role } from '../../access/role';
import { User } from '../../access/user.entity';
import { ConnectionType, type Connection } from '../../domain/connection';
import { payloadType } from '../../domain/payload';
import { ByIdArgs } from '../partners/partner.inputs';
import { Partner } from '../partners/partner.entity';
import { Interaction, InteractionTask, TimelineConnection, TimelineEntry } from './interaction.types';
import {
  AddInteractionTaskInput, CompleteInteractionTaskInput, InteractionTasksArgs, InteractionsArgs, PartnerTimelineArgs, RecordInteractionInput, UpdateInteractionInput,
} from './interaction.inputs';
import type { TimelinePage } from './partner-timeline';

const InteractionConnection = ConnectionType(Interaction, 'Interaction');
const InteractionTaskConnection = ConnectionType(InteractionTask, 'InteractionTask');
const RecordInteractionPayload = payloadType('RecordInteractionPayload', 'interaction', Interaction);
const UpdateInteractionPayload = payloadType('UpdateInteractionPayload', 'interaction', Interaction);
const AddInteractionTaskPayload = payloadType('AddInteractionTaskPayload', 'task', InteractionTask);
const CompleteInteractionTaskPayload = payloadType('CompleteInteractionTaskPayload', 'task', InteractionTask);

/** Brand staff, and a partner's managers for the shared interactions of their partners. */
const READERS = [...BRAND_ROLES, Role.PARTNER_MANAGER];

@Resolver(() => Interaction)
export class InteractionResolver {
  @Query(() => InteractionConnection, { description: "Interactions, most recent contact first: one partner's or all the viewer sees (partners: the shared ones)." })
  @Authorized(...READERS)
  interactions(@Args() { partnerId, filter, first, after }: InteractionsArgs, @Ctx() { scope, services }: Context): Promise<Connection<Interaction>> {
    return services.interactions.list(scope, partnerId, filter, first, after);
  }

  @Query(() => Interaction, { description: 'One interaction: NOT_FOUND when the viewer may not see it.' })
  @Authorized(...READERS)
  interaction(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<Interaction> {
    return services.interactions.get(scope, id);
  }

  @Query(() => TimelineConnection, { description: "A partner's interactions and its lead, order, service case and MDF events, newest first: NOT_FOUND for a partner the viewer may not see." })
  @Authorized(...READERS)
  partnerTimeline(@Args() { partnerId, first, after, kinds }: PartnerTimelineArgs, @Ctx() { scope, services }: Context): Promise<TimelinePage> {
    return services.partnerTimeline.page(scope, partnerId, first, after, kinds);
  }

  @Mutation(() => RecordInteractionPayload, { description: 'Records a contact with a partner, with its follow-up tasks.' })
  @Authorized(...CHANNEL_WRITERS)
  async recordInteraction(@Arg('input') input: RecordInteractionInput, @Ctx() { scope, services }: Context) {
    return { interaction: await services.interactions.record(scope, input) };
  }

  @Mutation(() => UpdateInteractionPayload, { description: 'Corrects an interaction; the same values again change nothing.' })
  @Authorized(...CHANNEL_WRITERS)
  async updateInteraction(@Arg('input') input: UpdateInteractionInput, @Ctx() { scope, services }: Context) {
    return { interaction: await services.interactions.update(scope, input) };
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() interaction: Interaction, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(interaction.partnerId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded it.' })
  createdBy(@Root() interaction: Interaction, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return interaction.createdById ? loaders.userById.load(interaction.createdById) : null;
  }

  @FieldResolver(() => [InteractionTask], { description: 'Follow-up tasks by due day; brand staff only (partners see none).' })
  tasks(@Root() interaction: Interaction, @Ctx() { loaders }: Context): Promise<InteractionTask[]> {
    return loaders.interactionTasksByInteractionId.load(interaction.id);
  }
}

@Resolver(() => InteractionTask)
export class InteractionTaskResolver {
  @Query(() => InteractionTaskConnection, { description: 'Follow-up tasks by due day: open ones (or done ones), due before a day, of one partner or all.' })
  @Authorized(...BRAND_ROLES)
  interactionTasks(@Args() args: InteractionTasksArgs, @Ctx() { scope, services }: Context): Promise<Connection<InteractionTask>> {
    return services.interactions.tasks(scope, args);
  }

  @Mutation(() => AddInteractionTaskPayload, { description: 'Adds a follow-up task to an interaction.' })
  @Authorized(...CHANNEL_WRITERS)
  async addInteractionTask(@Arg('input') input: AddInteractionTaskInput, @Ctx() { scope, services }: Context) {
    return { task: await services.interactions.addTask(scope, input.interactionId, input) };
  }

  @Mutation(() => CompleteInteractionTaskPayload, { description: 'Marks a task done; a done task stays as it was.' })
  @Authorized(...CHANNEL_WRITERS)
  async completeInteractionTask(@Arg('input') input: CompleteInteractionTaskInput, @Ctx() { scope, services }: Context) {
    return { task: await services.interactions.completeTask(scope, input.taskId) };
  }

  @FieldResolver(() => Interaction, { nullable: true })
  interaction(@Root() task: InteractionTask, @Ctx() { loaders }: Context): Promise<Interaction | null> {
    return loaders.interactionById.load(task.interactionId);
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() task: InteractionTask, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(task.partnerId);
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() task: InteractionTask, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return task.assigneeId ? loaders.userById.load(task.assigneeId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  doneBy(@Root() task: InteractionTask, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return task.doneById ? loaders.userById.load(task.doneById) : null;
  }
}

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  @FieldResolver(() => Interaction, { nullable: true, description: 'The interaction, for an INTERACTION entry.' })
  interaction(@Root() entry: TimelineEntry, @Ctx() { loaders }: Context): Promise<Interaction | null> | null {
    return entry.source === 'INTERACTION' ? loaders.interactionById.load(entry.subjectId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made it happen, when a user did.' })
  actor(@Root() entry: TimelineEntry, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return entry.actorId ? loaders.userById.load(entry.actorId) : null;
  }
}
