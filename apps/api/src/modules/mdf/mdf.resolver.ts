import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, BRAND_ROLES, CHANNEL_WRITERS, PARTNER_ROLES, Role } from '../../access/role';
import { User } from '../../access/user.entity';
import { ConnectionType, type Connection } from '../../domain/connection';
import { payloadType } from '../../domain/payload';
import { Partner } from '../partners/partner.entity';
import { Tier } from '../partners/tier.entity';
import { ByIdArgs } from '../partners/partner.inputs';
import { MdfAllocation, MdfAttribution, MdfClaim, MdfClaimFile, MdfFund, MdfLedgerLine, MdfRequest, MdfShare } from './mdf.types';
import { Lead } from '../leads/lead.entity';
import {
  AddMdfClaimFileInput, AllocateMdfByRuleInput, AllocateMdfInput, AttributeLeadToMdfInput, ApproveMdfClaimInput, ApproveMdfRequestInput, CreateMdfClaimInput, CreateMdfFundInput, DecideMdfRequestInput,
  ExpireMdfFundInput, MdfClaimIdInput, MdfClaimsArgs, MdfFundsArgs, MdfLedgerArgs, MdfRequestIdInput, MdfRequestsArgs, PayMdfClaimInput, RejectMdfClaimInput,
  RequestMdfInput, ResubmitMdfRequestInput,
} from './mdf.inputs';

const MdfFundConnection = ConnectionType(MdfFund, 'MdfFund');
const MdfRequestConnection = ConnectionType(MdfRequest, 'MdfRequest');
const MdfClaimConnection = ConnectionType(MdfClaim, 'MdfClaim');
const MdfLedgerConnection = ConnectionType(MdfLedgerLine, 'MdfLedgerLine');
const requestPayload = (name: string) => payloadType(`${name}Payload`, 'request', MdfRequest);
const claimPayload = (name: string) => payloadType(`${name}Payload`, 'claim', MdfClaim);
const CreateMdfFundPayload = payloadType('CreateMdfFundPayload', 'fund', MdfFund);
const ExpireMdfFundPayload = payloadType('ExpireMdfFundPayload', 'fund', MdfFund);
const AllocateMdfPayload = payloadType('AllocateMdfPayload', 'allocation', MdfAllocation);
const RequestMdfPayload = requestPayload('RequestMdf');
const ResubmitMdfRequestPayload = requestPayload('ResubmitMdfRequest');
const ApproveMdfRequestPayload = requestPayload('ApproveMdfRequest');
const RejectMdfRequestPayload = requestPayload('RejectMdfRequest');
const AskMdfRequestChangesPayload = requestPayload('AskMdfRequestChanges');
const CloseMdfRequestPayload = requestPayload('CloseMdfRequest');
const CreateMdfClaimPayload = claimPayload('CreateMdfClaim');
const SubmitMdfClaimPayload = claimPayload('SubmitMdfClaim');
const ApproveMdfClaimPayload = claimPayload('ApproveMdfClaim');
const RejectMdfClaimPayload = claimPayload('RejectMdfClaim');
const PayMdfClaimPayload = claimPayload('PayMdfClaim');
const AddMdfClaimFilePayload = payloadType('AddMdfClaimFilePayload', 'file', MdfClaimFile);
const AttributeLeadToMdfPayload = payloadType('AttributeLeadToMdfPayload', 'lead', Lead);

@ObjectType()
class AllocateMdfByRulePayload {
  @Field(() => [MdfShare], { description: 'Each partner with a share, by partner id.' })
  shares: MdfShare[];

  @Field(() => [MdfAllocation], { description: 'The allocations as they are now (none on a dry run).' })
  allocations: MdfAllocation[];
}

const PM = [Role.PARTNER_MANAGER];
const DECIDERS = [...CHANNEL_WRITERS];

@Resolver(() => MdfFund)
export class MdfFundResolver {
  @Query(() => MdfFundConnection, { description: 'MDF funds, newest first: all for brand staff; for partners, those they have an allocation in.' })
  @Authorized(...ALL_ROLES)
  mdfFunds(@Args() { first, after }: MdfFundsArgs, @Ctx() { scope, services }: Context): Promise<Connection<MdfFund>> {
    return services.mdf.funds(scope, first, after);
  }

  @Query(() => MdfFund, { description: 'One fund: NOT_FOUND when the viewer may not see it.' })
  @Authorized(...ALL_ROLES)
  mdfFund(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<MdfFund> {
    return services.mdf.fund(scope, id);
  }

  @Query(() => [String], { description: "What is wrong with a fund's balances against its ledger (an empty list: nothing). Brand staff only." })
  @Authorized(...BRAND_ROLES)
  mdfLedgerCheck(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<string[]> {
    return services.mdf.check(scope, id);
  }

  @Mutation(() => CreateMdfFundPayload, { description: 'Creates a fund: its budget, period, claim deadline and rules.' })
  @Authorized(...CHANNEL_WRITERS)
  async createMdfFund(@Arg('input') input: CreateMdfFundInput, @Ctx() { scope, services }: Context) {
    return { fund: await services.mdf.createFund(scope, input) };
  }

  @Mutation(() => AllocateMdfPayload, { description: "Sets a partner's allocation of a fund: LIMIT_EXCEEDED past the fund's unallocated budget." })
  @Authorized(...CHANNEL_WRITERS)
  async allocateMdf(@Arg('input') input: AllocateMdfInput, @Ctx() { scope, services }: Context) {
    return { allocation: await services.mdf.allocate(scope, input) };
  }

  @Mutation(() => AllocateMdfByRulePayload, { description: "Shares an amount among the fund's eligible active partners by a rule (all or nothing; a dry run answers the shares only)." })
  @Authorized(...CHANNEL_WRITERS)
  allocateMdfByRule(@Arg('input') input: AllocateMdfByRuleInput, @Ctx() { scope, services }: Context): Promise<AllocateMdfByRulePayload> {
    return services.mdf.allocateByRule(scope, input);
  }

  @Mutation(() => ExpireMdfFundPayload, { description: 'After the claim deadline: what was not claimed returns to the fund (once).' })
  @Authorized(...CHANNEL_WRITERS)
  async expireMdfFund(@Arg('input') input: ExpireMdfFundInput, @Ctx() { scope, services }: Context) {
    return { fund: await services.mdf.expireFund(scope, input.fundId) };
  }

  @FieldResolver(() => [MdfAllocation], { description: 'The allocations the viewer may see, by partner name.' })
  allocations(@Root() fund: MdfFund, @Ctx() { loaders }: Context): Promise<MdfAllocation[]> {
    return loaders.mdfAllocationsByFundId.load(fund.id);
  }

  @FieldResolver(() => MdfAttribution, { description: "Leads and revenue of the fund's activities that the viewer may see, against what was claimed." })
  async attribution(@Root() fund: MdfFund, @Ctx() { loaders }: Context): Promise<MdfAttribution | null> {
    return loaders.mdfAttributionByFundId.load(fund.id);
  }

  @FieldResolver(() => [Tier], { description: 'Tiers whose partners may be given money; empty: every tier.' })
  async eligibleTiers(@Root() fund: MdfFund, @Ctx() { loaders }: Context): Promise<Tier[]> {
    return (await loaders.tierById.loadMany(fund.eligibleTierIds)).filter((t): t is Tier => t instanceof Tier);
  }
}

@Resolver(() => MdfAllocation)
export class MdfAllocationResolver {
  @FieldResolver(() => MdfFund)
  async fund(@Root() allocation: MdfAllocation, @Ctx() { loaders }: Context): Promise<MdfFund | null> {
    return loaders.mdfFundById.load(allocation.fundId);
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() allocation: MdfAllocation, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(allocation.partnerId);
  }

  @FieldResolver(() => MdfAttribution, { description: "Leads and revenue of the partner's activities in this fund, against what was claimed." })
  async attribution(@Root() allocation: MdfAllocation, @Ctx() { loaders }: Context): Promise<MdfAttribution | null> {
    return loaders.mdfAttributionByAllocationId.load(allocation.id);
  }
}

@Resolver(() => MdfRequest)
export class MdfRequestResolver {
  @Query(() => MdfRequestConnection, { description: "MDF requests, newest first: a partner's own; all for brand staff." })
  @Authorized(...ALL_ROLES)
  mdfRequests(@Args() { filter, first, after }: MdfRequestsArgs, @Ctx() { scope, services }: Context): Promise<Connection<MdfRequest>> {
    return services.mdf.requests(scope, filter, first, after);
  }

  @Query(() => MdfRequest, { description: 'One request: NOT_FOUND when the viewer may not see it.' })
  @Authorized(...ALL_ROLES)
  mdfRequest(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<MdfRequest> {
    return services.mdf.request(scope, id);
  }

  @Mutation(() => RequestMdfPayload, { description: "A partner manager asks for money for a planned activity (SUBMITTED), against the partner's allocation." })
  @Authorized(...PM)
  async requestMdf(@Arg('input') input: RequestMdfInput, @Ctx() { scope, services }: Context) {
    return { request: await services.mdf.requestFunds(scope, input) };
  }

  @Mutation(() => ResubmitMdfRequestPayload, { description: 'CHANGES_REQUESTED -> SUBMITTED, with the changes.' })
  @Authorized(...PM)
  async resubmitMdfRequest(@Arg('input') input: ResubmitMdfRequestInput, @Ctx() { scope, services }: Context) {
    return { request: await services.mdf.resubmit(scope, input) };
  }

  @Mutation(() => ApproveMdfRequestPayload, { description: 'SUBMITTED -> APPROVED, all or part of what was requested; LIMIT_EXCEEDED past the allocation.' })
  @Authorized(...DECIDERS)
  async approveMdfRequest(@Arg('input') input: ApproveMdfRequestInput, @Ctx() { scope, services }: Context) {
    return { request: await services.mdf.approveRequest(scope, input.requestId, input.amount) };
  }

  @Mutation(() => RejectMdfRequestPayload, { description: 'SUBMITTED or CHANGES_REQUESTED -> REJECTED, with the reason.' })
  @Authorized(...DECIDERS)
  async rejectMdfRequest(@Arg('input') input: DecideMdfRequestInput, @Ctx() { scope, services }: Context) {
    return { request: await services.mdf.rejectRequest(scope, input.requestId, input.reason) };
  }

  @Mutation(() => AskMdfRequestChangesPayload, { description: 'SUBMITTED -> CHANGES_REQUESTED, saying what should change.' })
  @Authorized(...DECIDERS)
  async askMdfRequestChanges(@Arg('input') input: DecideMdfRequestInput, @Ctx() { scope, services }: Context) {
    return { request: await services.mdf.askForChanges(scope, input.requestId, input.reason) };
  }

  @Mutation(() => CloseMdfRequestPayload, { description: 'APPROVED -> CLOSED: what was approved and not claimed returns to the allocation.' })
  @Authorized(...DECIDERS, ...PM)
  async closeMdfRequest(@Arg('input') input: MdfRequestIdInput, @Ctx() { scope, services }: Context) {
    return { request: await services.mdf.closeRequest(scope, input.requestId) };
  }

  @FieldResolver(() => MdfFund, { nullable: true })
  fund(@Root() request: MdfRequest, @Ctx() { loaders }: Context): Promise<MdfFund | null> {
    return loaders.mdfFundById.load(request.fundId);
  }

  @FieldResolver(() => MdfAllocation, { nullable: true })
  allocation(@Root() request: MdfRequest, @Ctx() { loaders }: Context): Promise<MdfAllocation | null> {
    return loaders.mdfAllocationById.load(request.allocationId);
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() request: MdfRequest, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(request.partnerId);
  }

  @FieldResolver(() => [MdfClaim], { description: 'The claims against the request, oldest first.' })
  claims(@Root() request: MdfRequest, @Ctx() { loaders }: Context): Promise<MdfClaim[]> {
    return loaders.mdfClaimsByRequestId.load(request.id);
  }

  @FieldResolver(() => MdfAttribution, { description: 'Leads credited to the activity and their converted revenue, against what was claimed.' })
  async attribution(@Root() request: MdfRequest, @Ctx() { loaders }: Context): Promise<MdfAttribution | null> {
    return loaders.mdfAttributionByRequestId.load(request.id);
  }

  @FieldResolver(() => User, { nullable: true })
  submittedBy(@Root() request: MdfRequest, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return request.submittedById ? loaders.userById.load(request.submittedById) : null;
  }
}

@Resolver(() => MdfClaim)
export class MdfClaimResolver {
  @Query(() => MdfClaimConnection, { description: "MDF claims, newest first: a partner's own; all for brand staff." })
  @Authorized(...ALL_ROLES)
  mdfClaims(@Args() { filter, first, after }: MdfClaimsArgs, @Ctx() { scope, services }: Context): Promise<Connection<MdfClaim>> {
    return services.mdf.claims(scope, filter, first, after);
  }

  @Query(() => MdfClaim, { description: 'One claim: NOT_FOUND when the viewer may not see it.' })
  @Authorized(...ALL_ROLES)
  mdfClaim(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<MdfClaim> {
    return services.mdf.claim(scope, id);
  }

  @Mutation(() => CreateMdfClaimPayload, { description: 'Starts a claim (DRAFT) of actual cost against an APPROVED request; the same idempotency key answers the same claim.' })
  @Authorized(...PM)
  async createMdfClaim(@Arg('input') input: CreateMdfClaimInput, @Ctx() { scope, services }: Context) {
    return { claim: await services.mdf.createClaim(scope, input) };
  }

  @Mutation(() => AddMdfClaimFilePayload, { description: 'Adds a file of proof to a claim not yet decided (at most 10 of 5 MB); the same file again adds nothing.' })
  @Authorized(...PM)
  async addMdfClaimFile(@Arg('input') input: AddMdfClaimFileInput, @Ctx() { scope, services }: Context) {
    return { file: await services.mdf.addClaimFile(scope, input.claimId, input.fileName, input.contentBase64) };
  }

  @Mutation(() => SubmitMdfClaimPayload, { description: 'DRAFT -> SUBMITTED: needs a file of proof; LIMIT_EXCEEDED past what the request has approved.' })
  @Authorized(...PM)
  async submitMdfClaim(@Arg('input') input: MdfClaimIdInput, @Ctx() { scope, services }: Context) {
    return { claim: await services.mdf.submitClaim(scope, input.claimId) };
  }

  @Mutation(() => ApproveMdfClaimPayload, { description: 'SUBMITTED -> APPROVED, all or part of the amount claimed.' })
  @Authorized(...DECIDERS)
  async approveMdfClaim(@Arg('input') input: ApproveMdfClaimInput, @Ctx() { scope, services }: Context) {
    return { claim: await services.mdf.approveClaim(scope, input.claimId, input.amount) };
  }

  @Mutation(() => RejectMdfClaimPayload, { description: 'SUBMITTED -> REJECTED, with the reason.' })
  @Authorized(...DECIDERS)
  async rejectMdfClaim(@Arg('input') input: RejectMdfClaimInput, @Ctx() { scope, services }: Context) {
    return { claim: await services.mdf.rejectClaim(scope, input.claimId, input.reason) };
  }

  @Mutation(() => PayMdfClaimPayload, { description: 'APPROVED -> PAID by credit note or transfer, once per claim.' })
  @Authorized(...DECIDERS)
  async payMdfClaim(@Arg('input') input: PayMdfClaimInput, @Ctx() { scope, services }: Context) {
    return { claim: await services.mdf.payClaim(scope, input.claimId, input.method, input.reference, input.idempotencyKey) };
  }

  @FieldResolver(() => MdfRequest, { nullable: true })
  request(@Root() claim: MdfClaim, @Ctx() { loaders }: Context): Promise<MdfRequest | null> {
    return loaders.mdfRequestById.load(claim.requestId);
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() claim: MdfClaim, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(claim.partnerId);
  }

  @FieldResolver(() => [MdfClaimFile], { description: 'The proof of performance, oldest first.' })
  files(@Root() claim: MdfClaim, @Ctx() { loaders }: Context): Promise<MdfClaimFile[]> {
    return loaders.mdfFilesByClaimId.load(claim.id);
  }
}

@Resolver(() => MdfLedgerLine)
export class MdfLedgerResolver {
  @Query(() => MdfLedgerConnection, { description: "The MDF ledger, newest line first: a partner's own lines; all for brand staff." })
  @Authorized(...ALL_ROLES)
  mdfLedger(@Args() { filter, first, after }: MdfLedgerArgs, @Ctx() { scope, services }: Context): Promise<Connection<MdfLedgerLine>> {
    return services.mdf.ledgerLines(scope, filter, first, after);
  }

  @FieldResolver(() => MdfFund, { nullable: true })
  fund(@Root() line: MdfLedgerLine, @Ctx() { loaders }: Context): Promise<MdfFund | null> {
    return loaders.mdfFundById.load(line.fundId);
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() line: MdfLedgerLine, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(line.partnerId);
  }
}

@Resolver(() => Lead)
export class MdfLeadResolver {
  @Mutation(() => AttributeLeadToMdfPayload, { description: "Credits a lead to the MDF activity that brought it (an APPROVED or CLOSED request of the lead's partner), or clears it." })
  @Authorized(...PARTNER_ROLES, ...CHANNEL_WRITERS)
  async attributeLeadToMdf(@Arg('input') input: AttributeLeadToMdfInput, @Ctx() { scope, services, loaders }: Context) {
    const id = await services.mdf.attributeLead(scope, input.leadId, input.requestId ?? null);
    loaders.leadById.clear(id);
    return { lead: await loaders.leadById.load(id) };
  }

  @FieldResolver(() => MdfRequest, { nullable: true, description: 'The MDF activity this lead is credited to.' })
  async mdfRequest(@Root() lead: Lead, @Ctx() { loaders }: Context): Promise<MdfRequest | null> {
    const credit = await loaders.mdfCreditByLeadId.load(lead.id);
    return credit?.requestId ? loaders.mdfRequestById.load(credit.requestId) : null;
  }
}

@Resolver(() => MdfShare)
export class MdfShareResolver {
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() share: MdfShare, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(share.partnerId);
  }
}
