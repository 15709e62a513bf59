import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Lead, LeadAction, LeadChange, LeadEvent, LeadItem, LeadStatus } from './lead.entity';
import type { Delivery, LiveContext } from '../../access/events';
import { LEAD_TOPIC } from './lead-lifecycle';
import {
  AutoDispatchLeadsInput, AutoDispatchLeadsPayload, DispatchCandidate, DispatchCandidatesArgs, DispatchExplanation, DispatchPreview, DispatchRules,
  DispatchRulesInput, UpdateDispatchRulesPayload,
} from './dispatch-rules';
import { AssignLeadInput, ConvertLeadInput, CreateLeadInput, DispatchLeadInput, LeadInput, LeadReasonInput, LeadsArgs, QualifyLeadInput } from './lead.inputs';
import type { Context } from '../../access/request-context';
import type { Connection } from '../../domain/connection';
import { ConnectionType } from '../../domain/connection';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, BRAND_ROLES, CHANNEL_WRITERS, PARTNER_ROLES, Role } from '../../access/role';
import { User } from '../../access/user.entity';
import { Money, money } from '../../domain/money';
import { payloadType } from '../../domain/payload';
import { Partner } from '../partners/partner.entity';
import { ByIdArgs } from '../partners/partner.inputs';
import { Product } from '../catalog/product.entity';

const LeadConnection = ConnectionType(Lead, 'Lead');

@Resolver(() => Lead)
export class LeadResolver {
  @Query(() => LeadConnection, { description: "The viewer's leads, newest first: a partner's own; every lead for brand-owner staff." })
  @Authorized(...ALL_ROLES)
  leads(@Args() { first, after, ...filter }: LeadsArgs, @Ctx() { scope, services }: Context): Promise<Connection<Lead>> {
    return services.leads.list(scope, filter, first, after);
  }

  @Query(() => Lead, { description: 'One lead: NOT_FOUND when the viewer may not see it.' })
  @Authorized(...ALL_ROLES)
  lead(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<Lead> {
    return services.leads.get(scope, id);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'Null while the lead waits for dispatch.' })
  partner(@Root() lead: Lead, @Ctx() { loaders }: Context): Promise<Partner | null> | null {
    return lead.partnerId ? loaders.partnerById.load(lead.partnerId) : null;
  }

  @FieldResolver(() => [LeadItem], { description: 'Products of interest, from the basket.' })
  items(@Root() lead: Lead, @Ctx() { loaders }: Context): Promise<LeadItem[]> {
    return loaders.itemsByLeadId.load(lead.id);
  }

  @FieldResolver(() => [LeadEvent], { description: "Every move of the lead the viewer may see, oldest first (a partner sees its own part)." })
  history(@Root() lead: Lead, @Ctx() { loaders }: Context): Promise<LeadEvent[]> {
    return loaders.eventsByLeadId.load(lead.id);
  }

  @FieldResolver(() => User, { nullable: true, description: "The partner's staff member working the lead." })
  assignee(@Root() lead: Lead, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return lead.assigneeId ? loaders.userById.load(lead.assigneeId) : null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'What the customer bought, once CONVERTED.' })
  convertedValue(@Root() lead: Lead): Money | null {
    return lead.convertedValueMinor === null ? null : money(lead.convertedValueMinor, lead.convertedCurrency!);
  }
}

@Resolver(() => LeadEvent)
export class LeadEventResolver {
  @FieldResolver(() => DispatchExplanation, {
    nullable: true,
    description: 'Why automatic dispatch chose the partner (DISPATCHED by the rules). Brand-owner staff only: it names other partners; null for everyone else.',
  })
  explanation(@Root() event: LeadEvent, @Ctx() { loaders }: Context): Promise<DispatchExplanation | null> | null {
    return event.action === LeadAction.DISPATCHED ? loaders.explanationByEventId.load(event.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who moved the lead; null for the visitor who filed it, or a user the viewer may not see.' })
  actor(@Root() event: LeadEvent, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return event.actorId ? loaders.userById.load(event.actorId) : null;
  }
}

/** Each move answers its own payload (domain/payload.ts): the lead as it is now. */
const movePayload = (name: string) => payloadType(`${name}Payload`, 'lead', Lead);
const DispatchLeadPayload = movePayload('DispatchLead');
const CreateLeadPayload = movePayload('CreateLead');
const AcceptLeadPayload = movePayload('AcceptLead');
const DeclineLeadPayload = payloadType('DeclineLeadPayload', 'lead', Lead, {
  nullable: true, description: 'Null: the lead went back to dispatch, out of the partner’s sight.',
});
const AssignLeadPayload = movePayload('AssignLead');
const QualifyLeadPayload = movePayload('QualifyLead');
const ConvertLeadPayload = movePayload('ConvertLead');
const DisqualifyLeadPayload = movePayload('DisqualifyLead');
const MarkLeadLostPayload = movePayload('MarkLeadLost');
const EraseLeadPersonalDataPayload = movePayload('EraseLeadPersonalData');

interface LeadPayload {
  lead: Lead | null;
}

const PARTNER_MANAGER = [Role.PARTNER_MANAGER];

/** The lead lifecycle's moves (lead-lifecycle.ts); each answers CONFLICT, changing nothing, when the lead's status does not allow it. */
@Resolver()
export class LeadLifecycleResolver {
  @Mutation(() => CreateLeadPayload, { description: 'Brand staff file a lead themselves (source CHANNEL); it waits for dispatch.' })
  @Authorized(...CHANNEL_WRITERS)
  async createLead(@Arg('input') input: CreateLeadInput, @Ctx() { scope, services }: Context): Promise<LeadPayload> {
    return { lead: await services.leads.createByChannel(scope, input) };
  }

  @Mutation(() => DispatchLeadPayload, { description: 'Sends an UNASSIGNED lead to an active partner (DISPATCHED).' })
  @Authorized(...CHANNEL_WRITERS)
  async dispatchLead(@Arg('input') input: DispatchLeadInput, @Ctx() { scope, services }: Context): Promise<LeadPayload> {
    return { lead: await services.leadLifecycle.dispatch(scope, input.leadId, input.partnerId) };
  }

  @Mutation(() => AcceptLeadPayload, { description: "The partner's manager takes a NEW or DISPATCHED lead (ACCEPTED)." })
  @Authorized(...PARTNER_MANAGER)
  async acceptLead(@Arg('input') input: LeadInput, @Ctx() { scope, services }: Context): Promise<LeadPayload> {
    return { lead: await services.leadLifecycle.accept(scope, input.leadId) };
  }

  @Mutation(() => DeclineLeadPayload, { description: 'Hands a NEW or DISPATCHED lead back to dispatch (UNASSIGNED), with a reason.' })
  @Authorized(...PARTNER_MANAGER)
  async declineLead(@Arg('input') input: LeadReasonInput, @Ctx() { scope, services }: Context): Promise<LeadPayload> {
    return { lead: await services.leadLifecycle.decline(scope, input.leadId, input.reason) };
  }

  @Mutation(() => AssignLeadPayload, { description: "Hands an ACCEPTED or QUALIFIED lead to a member of the partner's staff; the status stays." })
  @Authorized(...PARTNER_MANAGER)
  async assignLead(@Arg('input') input: AssignLeadInput, @Ctx() { scope, services }: Context): Promise<LeadPayload> {
    return { lead: await services.leadLifecycle.assign(scope, input.leadId, input.userId) };
  }

  @Mutation(() => QualifyLeadPayload, { description: 'Records the qualification of an ACCEPTED lead (QUALIFIED).' })
  @Authorized(...PARTNER_ROLES)
  async qualifyLead(@Arg('input') input: QualifyLeadInput, @Ctx() { scope, services }: Context): Promise<LeadPayload> {
    return { lead: await services.leadLifecycle.qualify(scope, input.leadId, input) };
  }

  @Mutation(() => ConvertLeadPayload, { description: 'A QUALIFIED lead became a sale (CONVERTED), with its value.' })
  @Authorized(...PARTNER_ROLES)
  async convertLead(@Arg('input') input: ConvertLeadInput, @Ctx() { scope, services }: Context): Promise<LeadPayload> {
    return { lead: await services.leadLifecycle.convert(scope, input.leadId, input.value) };
  }

  @Mutation(() => DisqualifyLeadPayload, { description: 'An ACCEPTED or QUALIFIED lead is no real opportunity (DISQUALIFIED).' })
  @Authorized(...PARTNER_ROLES)
  async disqualifyLead(@Arg('input') input: LeadReasonInput, @Ctx() { scope, services }: Context): Promise<LeadPayload> {
    return { lead: await services.leadLifecycle.close(scope, input.leadId, LeadStatus.DISQUALIFIED, input.reason) };
  }

  @Mutation(() => EraseLeadPersonalDataPayload, { description: "Erases the customer's personal data of a lead on request; the lead stays, anonymised (ERASED in its history)." })
  @Authorized(...CHANNEL_WRITERS)
  async eraseLeadPersonalData(@Arg('input') input: LeadReasonInput, @Ctx() { scope, services }: Context): Promise<LeadPayload> {
    return { lead: await services.leadLifecycle.erase(scope, input.leadId, input.reason) };
  }

  @Mutation(() => MarkLeadLostPayload, { description: 'An ACCEPTED or QUALIFIED lead went to nobody, or to a competitor (LOST).' })
  @Authorized(...PARTNER_ROLES)
  async markLeadLost(@Arg('input') input: LeadReasonInput, @Ctx() { scope, services }: Context): Promise<LeadPayload> {
    return { lead: await services.leadLifecycle.close(scope, input.leadId, LeadStatus.LOST, input.reason) };
  }
}

@Resolver(() => LeadItem)
export class LeadItemResolver {
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() item: LeadItem, @Ctx() { loaders }: Context): Promise<Product | null> {
    return loaders.productById.load(item.productId);
  }
}

/** Automatic dispatch (lead-dispatcher.ts): the rules, a lead's ranking, and dispatch of a selection. */
@Resolver()
export class LeadDispatchResolver {
  @Query(() => DispatchRules, { description: 'How automatic dispatch ranks partners.' })
  @Authorized(...BRAND_ROLES)
  dispatchRules(@Ctx() { scope, services }: Context): Promise<DispatchRules> {
    return services.leadDispatcher.rules(scope);
  }

  @Query(() => DispatchPreview, { description: "How the rules rank partners for a lead now, without dispatching it (the lead's own earlier decliners are left out)." })
  @Authorized(...CHANNEL_WRITERS)
  dispatchCandidates(@Args() { leadId }: DispatchCandidatesArgs, @Ctx() { scope, services }: Context): Promise<DispatchPreview> {
    return services.leadDispatcher.preview(scope, leadId);
  }

  @Mutation(() => UpdateDispatchRulesPayload, { description: 'Changes the dispatch rules; the same values again record nothing.' })
  @Authorized(...CHANNEL_WRITERS)
  async updateDispatchRules(@Arg('input') input: DispatchRulesInput, @Ctx() { scope, services }: Context): Promise<UpdateDispatchRulesPayload> {
    return { rules: await services.leadDispatcher.updateRules(scope, input) };
  }

  @Mutation(() => AutoDispatchLeadsPayload, { description: 'Sends each UNASSIGNED lead of a selection to its best partner by the rules, oldest first, keeping the explanation.' })
  @Authorized(...CHANNEL_WRITERS)
  autoDispatchLeads(@Arg('input') input: AutoDispatchLeadsInput, @Ctx() { scope, services }: Context): Promise<AutoDispatchLeadsPayload> {
    return services.leadLifecycle.autoDispatch(scope, input.leadIds);
  }
}

@Resolver(() => DispatchCandidate)
export class DispatchCandidateResolver {
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() candidate: DispatchCandidate, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(candidate.partnerId);
  }
}

/** Live: changes to the leads the viewer may see, judged for the viewer when each is delivered (access/events.ts). */
@Resolver()
export class LeadLiveResolver {
  @Subscription(() => LeadChange, {
    description: 'Each change to a lead the viewer may see (a partner: its own leads; brand staff: all), once committed. Over WebSocket (graphql-ws) on /graphql.',
    subscribe: ({ context }) => (context as LiveContext).live.subscribe(LEAD_TOPIC),
  })
  @Authorized(...ALL_ROLES)
  leadChanged(@Root() delivery: Delivery): LeadChange {
    if ('resync' in delivery) return { leadId: null, reference: null, action: null, status: null, resync: true };
    const data = delivery.data as { leadId: string; reference: string; action: LeadAction; status: LeadStatus };
    return { leadId: data.leadId, reference: data.reference, action: data.action, status: data.status, resync: false };
  }
}
