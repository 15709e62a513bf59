import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchemaSync, getMetadataStorage } from 'type-graphql';
import { resolveFieldsDirectly, type DirectField, type SyncAuthChecker } from './fast-resolvers';
import { authChecker } from '../access/access-decorators';
import { validateArgs } from './validate-args';
import { AccessResolver } from '../access/access.resolver';
import { NotificationResolver } from '../access/notification.resolver';
import { SavedQueryResolver } from '../access/saved-query.resolver';
import { PartnerChangeResolver, PartnerResolver } from '../modules/partners/partner.resolver';
import { PartnerStaffResolver } from '../modules/partners/partner-staff.resolver';
import { ReferenceDataResolver } from '../modules/partners/reference-data.resolver';
import { CatalogResolver, CategoryResolver, ProductImageResolver, ProductTranslationResolver } from '../modules/catalog/catalog.resolver';
import { OfferResolver } from '../modules/catalog/offer.resolver';
import { ShowroomResolver, ShowroomSettingsResolver } from '../modules/showroom/showroom.resolver';
import { OciResolver } from '../modules/showroom/oci.resolver';
import { ShowroomLeadResolver } from '../modules/showroom/showroom-lead.resolver';
import { DealRegistrationResolver, RegistrationConflictResolver, RegistrationItemResolver } from '../modules/leads/deal-registration.resolver';
import { LeadImportResolver } from '../modules/leads/lead-import.resolver';
import { BrandStockResolver } from '../modules/orders/brand-stock.resolver';
import { InventoryResolver } from '../modules/inventory/inventory.resolver';
import { ServiceCaseResolver, SolutionArticleResolver } from '../modules/service/service.resolver';
import { InteractionResolver, InteractionTaskResolver, TimelineEntryResolver } from '../modules/interactions/interaction.resolver';
import { PartnerApplicationResolver, PartnerDuplicateResolver } from '../modules/programs/application.resolver';
import { PartnerOnboardingResolver } from '../modules/programs/onboarding.resolver';
import { PartnerAcknowledgmentResolver, SalesPolicyResolver, SalesPolicyVersionResolver } from '../modules/programs/policy.resolver';
import { AnnouncementResolver, ReadReceiptResolver } from '../modules/programs/announcement.resolver';
import { AudienceResolver } from '../modules/programs/audience.resolver';
import { TierCriteriaResolver, TierProgramResolver, TierStandingResolver } from '../modules/programs/tier-rules.resolver';
import { IncentiveAccrualResolver, IncentiveProgramResolver, IncentiveStatementResolver } from '../modules/programs/incentive.resolver';
import { ChannelComparisonResolver, ChannelMetricsResolver, ChannelSignalResolver, PartnerQuotaResolver } from '../modules/analytics/analytics.resolver';
import { MdfAllocationResolver, MdfClaimResolver, MdfFundResolver, MdfLeadResolver, MdfLedgerResolver, MdfRequestResolver, MdfShareResolver } from '../modules/mdf/mdf.resolver';
import { OrderEventResolver, OrderShipmentResolver, ShipmentLineResolver, OrderLifecycleResolver, OrderLineResolver, OrderLiveResolver, OrderResolver } from '../modules/orders/order.resolver';
import { DispatchCandidateResolver, LeadDispatchResolver, LeadLiveResolver, LeadEventResolver, LeadItemResolver, LeadLifecycleResolver, LeadResolver } from '../modules/leads/lead.resolver';

export const resolvers = [
  AccessResolver, NotificationResolver, SavedQueryResolver, PartnerResolver, PartnerChangeResolver, PartnerStaffResolver, ReferenceDataResolver,
  CatalogResolver, CategoryResolver, ProductTranslationResolver, ProductImageResolver, OfferResolver, ShowroomResolver, ShowroomSettingsResolver, LeadResolver, LeadItemResolver, LeadEventResolver, LeadLifecycleResolver, LeadDispatchResolver, LeadLiveResolver, LeadImportResolver, DispatchCandidateResolver, DealRegistrationResolver, RegistrationItemResolver, RegistrationConflictResolver, OciResolver, ShowroomLeadResolver,
  OrderResolver, OrderLineResolver, OrderEventResolver, OrderLifecycleResolver, OrderLiveResolver, OrderShipmentResolver, ShipmentLineResolver, BrandStockResolver, InventoryResolver, ServiceCaseResolver, SolutionArticleResolver,
  MdfFundResolver, MdfAllocationResolver, MdfRequestResolver, MdfClaimResolver, MdfLedgerResolver, MdfLeadResolver, MdfShareResolver,
  ChannelMetricsResolver, ChannelComparisonResolver, PartnerQuotaResolver, ChannelSignalResolver,
  InteractionResolver, InteractionTaskResolver, TimelineEntryResolver,
  PartnerApplicationResolver, PartnerDuplicateResolver, PartnerOnboardingResolver,
  AudienceResolver, SalesPolicyResolver, SalesPolicyVersionResolver, PartnerAcknowledgmentResolver, AnnouncementResolver, ReadReceiptResolver,
  TierProgramResolver, TierStandingResolver, TierCriteriaResolver, IncentiveProgramResolver, IncentiveAccrualResolver, IncentiveStatementResolver,
] as const;

let built: GraphQLSchema | undefined;
/** The field resolvers called without type-graphql's middleware chain (see fast-resolvers.ts). */
export let directFields: readonly DirectField[] = [];

/**
 * type-graphql gives every plain field of an object type a resolver of its own that only reads the
 * property, through its middleware machinery: a nested list of 50 partners resolved thousands of them per
 * request (most of its allocations). A field with no roles, no middleware and no field resolver, whose
 * GraphQL name is its property name, reads the property with graphql-js's default resolver instead.
 * Fields that declare access keep type-graphql's resolver. (Trellis sets no global middlewares; with one,
 * every field would need type-graphql's resolver again.)
 */
/**
 * Plain fields whose value is a promise (a connection's totalCount, counted only when asked for): they
 * keep a resolver, since the compiled executor reads a resolver-less field without awaiting it.
 */
const PROMISED_FIELDS = new Set(['totalCount']);

function plainFieldsReadDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const withResolver = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name}.${r.methodName}`));
  for (const type of storage.objectTypes) {
    const graphqlType = schema.getType(type.name);
    if (!(graphqlType instanceof GraphQLObjectType)) continue;
    const fields = graphqlType.getFields();
    for (const field of type.fields ?? []) {
      // `roles: []` is @Authorized() with no roles (any signed-in viewer): a check all the same.
      const plain = field.roles === undefined && !field.middlewares?.length && field.schemaName === field.name
        && !withResolver.has(`${field.target.name}.${field.name}`) && !withResolver.has(`${type.target.name}.${field.name}`);
      if (plain && !PROMISED_FIELDS.has(field.name) && fields[field.schemaName]) fields[field.schemaName].resolve = undefined;
    }
  }
}

export function buildTrellisSchema(): GraphQLSchema {
  if (!built) {
    built = buildSchemaSync({
      resolvers,
      authChecker,
      // Every input class with rules is validated (class-validator), see validate-args.ts.
      validateFn: validateArgs,
      // Subscriptions name their own source (the event hub, through their context): no shared PubSub.
      pubSub: {
        publish() {
          throw new Error('events are published in a transaction: access/events.ts publish()');
        },
        subscribe() {
          throw new Error('subscriptions subscribe through their context: access/events.ts');
        },
      },
    });
    plainFieldsReadDirectly(built);
    directFields = resolveFieldsDirectly(built, resolvers, authChecker as SyncAuthChecker);
  }
  return built;
}
