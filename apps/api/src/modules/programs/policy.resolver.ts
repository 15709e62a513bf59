import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, BRAND_ROLES, CHANNEL_WRITERS, Role } from '../../access/role';
import { User } from '../../access/user.entity';
import { ConnectionType, type Connection } from '../../domain/connection';
import { payloadType } from '../../domain/payload';
import { ByIdArgs } from '../partners/partner.inputs';
import { Partner } from '../partners/partner.entity';
import { AcknowledgmentSummary, OwnAcknowledgment, PartnerAcknowledgment, SalesPolicy, SalesPolicyVersion } from './policy.types';
import {
  AcknowledgeSalesPolicyInput, CreateSalesPolicyInput, PartnerAcknowledgmentsArgs, PublishSalesPolicyVersionInput, SalesPoliciesArgs, SaveSalesPolicyDraftInput,
  UpdateSalesPolicyInput,
} from './policy.inputs';
import { versionsByRole } from './policy.service';

const SalesPolicyConnection = ConnectionType(SalesPolicy, 'SalesPolicy');
const PartnerAcknowledgmentConnection = ConnectionType(PartnerAcknowledgment, 'PartnerAcknowledgment');
const CreateSalesPolicyPayload = payloadType('CreateSalesPolicyPayload', 'policy', SalesPolicy);
const UpdateSalesPolicyPayload = payloadType('UpdateSalesPolicyPayload', 'policy', SalesPolicy);
const SaveSalesPolicyDraftPayload = payloadType('SaveSalesPolicyDraftPayload', 'version', SalesPolicyVersion);
const PublishSalesPolicyVersionPayload = payloadType('PublishSalesPolicyVersionPayload', 'version', SalesPolicyVersion);
const AcknowledgeSalesPolicyPayload = payloadType('AcknowledgeSalesPolicyPayload', 'version', SalesPolicyVersion);

@Resolver(() => SalesPolicy)
export class SalesPolicyResolver {
  @Query(() => SalesPolicyConnection, { description: "Sales policies by title: brand staff all of them, partner users the published ones of their partner's audience." })
  @Authorized(...ALL_ROLES)
  salesPolicies(@Args() { filter, first, after }: SalesPoliciesArgs, @Ctx() { scope, services }: Context): Promise<Connection<SalesPolicy>> {
    return services.policies.list(scope, filter, first, after);
  }

  @Query(() => SalesPolicy, { description: 'One sales policy: NOT_FOUND when the viewer may not see it.' })
  @Authorized(...ALL_ROLES)
  salesPolicy(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<SalesPolicy> {
    return services.policies.get(scope, id);
  }

  @Mutation(() => CreateSalesPolicyPayload, { description: 'Creates a sales policy with the draft of its first version; nothing reaches partners until it is published.' })
  @Authorized(...CHANNEL_WRITERS)
  async createSalesPolicy(@Arg('input') input: CreateSalesPolicyInput, @Ctx() { scope, services }: Context) {
    return { policy: await services.policies.create(scope, input) };
  }

  @Mutation(() => UpdateSalesPolicyPayload, { description: "Changes a policy's title and audience; the same values again change nothing." })
  @Authorized(...CHANNEL_WRITERS)
  async updateSalesPolicy(@Arg('input') input: UpdateSalesPolicyInput, @Ctx() { scope, services }: Context) {
    return { policy: await services.policies.update(scope, input) };
  }

  @Mutation(() => SaveSalesPolicyDraftPayload, { description: "Opens the policy's next version as a draft, or changes its draft." })
  @Authorized(...CHANNEL_WRITERS)
  async saveSalesPolicyDraft(@Arg('input') input: SaveSalesPolicyDraftInput, @Ctx() { scope, services }: Context) {
    return { version: await services.policies.saveDraft(scope, input) };
  }

  @Mutation(() => PublishSalesPolicyVersionPayload, { description: 'Publishes a draft version and notifies the managers of every partner in the audience; again: changes nothing.' })
  @Authorized(...CHANNEL_WRITERS)
  async publishSalesPolicyVersion(@Arg('input') input: PublishSalesPolicyVersionInput, @Ctx() { scope, services }: Context) {
    return { version: await services.policies.publish(scope, input.versionId) };
  }

  @Mutation(() => AcknowledgeSalesPolicyPayload, { description: "The viewer acknowledges a published version for its partner; again: changes nothing." })
  @Authorized(Role.PARTNER_MANAGER)
  async acknowledgeSalesPolicy(@Arg('input') input: AcknowledgeSalesPolicyInput, @Ctx() { scope, services }: Context) {
    return { version: await services.policies.acknowledge(scope, input.versionId) };
  }

  @FieldResolver(() => [SalesPolicyVersion], { description: 'Its versions, latest first (partner users: the published ones).' })
  versions(@Root() policy: SalesPolicy, @Ctx() { loaders }: Context): Promise<SalesPolicyVersion[]> {
    return loaders.policyVersionsByPolicyId.load(policy.id);
  }

  @FieldResolver(() => SalesPolicyVersion, { nullable: true, description: 'The published version that applies today.' })
  async currentVersion(@Root() policy: SalesPolicy, @Ctx() { loaders }: Context): Promise<SalesPolicyVersion | null> {
    return versionsByRole(await loaders.policyVersionsByPolicyId.load(policy.id)).current;
  }

  @FieldResolver(() => SalesPolicyVersion, { nullable: true, description: 'A published version that applies from a later day.' })
  async upcomingVersion(@Root() policy: SalesPolicy, @Ctx() { loaders }: Context): Promise<SalesPolicyVersion | null> {
    return versionsByRole(await loaders.policyVersionsByPolicyId.load(policy.id)).upcoming;
  }

  @FieldResolver(() => SalesPolicyVersion, { nullable: true, description: 'The latest published version: the one partners acknowledge.' })
  async latestVersion(@Root() policy: SalesPolicy, @Ctx() { loaders }: Context): Promise<SalesPolicyVersion | null> {
    return versionsByRole(await loaders.policyVersionsByPolicyId.load(policy.id)).latestPublished;
  }

  @FieldResolver(() => SalesPolicyVersion, { nullable: true, description: 'The draft of its next version (brand staff only).' })
  @Authorized(...BRAND_ROLES)
  async draft(@Root() policy: SalesPolicy, @Ctx() { loaders }: Context): Promise<SalesPolicyVersion | null> {
    return versionsByRole(await loaders.policyVersionsByPolicyId.load(policy.id)).draft;
  }
}

@Resolver(() => SalesPolicyVersion)
export class SalesPolicyVersionResolver {
  @FieldResolver(() => SalesPolicy, { nullable: true })
  policy(@Root() version: SalesPolicyVersion, @Ctx() { loaders }: Context): Promise<SalesPolicy | null> {
    return loaders.salesPolicyById.load(version.policyId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who published it (brand staff only).' })
  @Authorized(...BRAND_ROLES)
  publishedBy(@Root() version: SalesPolicyVersion, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return version.publishedById ? loaders.userById.load(version.publishedById) : null;
  }

  @FieldResolver(() => OwnAcknowledgment, { nullable: true, description: "The viewer's and its partner's acknowledgment; null for brand staff and for drafts." })
  acknowledgment(@Root() version: SalesPolicyVersion, @Ctx() { scope, loaders }: Context): Promise<OwnAcknowledgment | null> | null {
    return scope.user.partnerId && version.status === 'PUBLISHED' ? loaders.ownAcknowledgmentByVersionId.load(version.id) : null;
  }

  @FieldResolver(() => AcknowledgmentSummary, { description: 'How far the audience acknowledged it (brand staff only).' })
  @Authorized(...BRAND_ROLES)
  async acknowledgmentSummary(@Root() version: SalesPolicyVersion, @Ctx() { loaders }: Context): Promise<AcknowledgmentSummary> {
    return (await loaders.acknowledgmentSummaryByVersionId.load(version.id))!;
  }

  @FieldResolver(() => PartnerAcknowledgmentConnection, { description: 'The partners of the audience by name, acknowledged or not (brand staff only).' })
  @Authorized(...BRAND_ROLES)
  partnerAcknowledgments(@Root() version: SalesPolicyVersion, @Args() { acknowledged, first, after }: PartnerAcknowledgmentsArgs, @Ctx() { scope, services }: Context): Promise<Connection<PartnerAcknowledgment>> {
    return services.policies.partnerAcknowledgments(scope, version.id, acknowledged, first, after);
  }
}

@Resolver(() => PartnerAcknowledgment)
export class PartnerAcknowledgmentResolver {
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() row: PartnerAcknowledgment, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(row.partnerId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The manager who acknowledged first.' })
  acknowledgedBy(@Root() row: PartnerAcknowledgment, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return row.acknowledgedById ? loaders.userById.load(row.acknowledgedById) : null;
  }
}
