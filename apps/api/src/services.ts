import { Config } from './config';
import { Scopes } from './access/scope';
import { ViewerCache } from './access/viewer-cache';
import type { Services } from './access/request-context';
import { AuthService } from './access/auth.service';
import { UserService } from './access/user.service';
import { ApiTokenService } from './access/api-token.service';
import { SavedQueryService } from './access/saved-query.service';
import { LoginLimiter } from './access/login-limiter';
import { registerPartnerDirectory } from './access/partner-directory';
import { PartnerService } from './modules/partners/partner.service';
import { PartnerLifecycle } from './modules/partners/partner-lifecycle';
import { PartnerStaffService } from './modules/partners/partner-staff.service';
import { ReferenceDataService } from './modules/partners/reference-data.service';
import { partnerDirectory } from './modules/partners/partner-directory';
import { CatalogService } from './modules/catalog/catalog.service';
import { ProductImportService } from './modules/catalog/product-import.service';
import { OfferService } from './modules/catalog/offer.service';
import { ShowroomService } from './modules/showroom/showroom.service';
import { Locator } from './modules/showroom/locator';
import { OciCatalog } from './modules/showroom/oci-lines';
import { LeadService } from './modules/leads/lead.service';
import { LeadLifecycle } from './modules/leads/lead-lifecycle';
import { LeadDispatcher } from './modules/leads/lead-dispatcher';
import { DealRegistrationService } from './modules/leads/deal-registrations';
import { LeadImportService } from './modules/leads/lead-import.service';
import { NotificationService } from './access/notifications';
import { OrderService } from './modules/orders/order.service';
import { OrderLifecycle } from './modules/orders/order-lifecycle';
import { OrderPlacement } from './modules/orders/order-placement';
import { OrderPricing } from './modules/orders/order-pricing';
import { BrandStockService } from './modules/orders/brand-stock';
import { InventoryService } from './modules/inventory/inventory.service';
import { ServiceCaseService } from './modules/service/service-case.service';
import { SolutionArticleService } from './modules/service/solution-article.service';
import { MdfService } from './modules/mdf/mdf.service';
import { OrderFigures } from './modules/orders/order-figures';
import { LeadFigures } from './modules/leads/lead-figures';
import { ServiceFigures } from './modules/service/service-figures';
import { InventoryFigures } from './modules/inventory/inventory-figures';
import { MdfFigures } from './modules/mdf/mdf-figures';
import { CatalogFigures } from './modules/catalog/catalog-figures';
import { PartnerFigures } from './modules/partners/partner-figures';
import { KpiRollup } from './modules/analytics/kpi-rollup';
import { MetricsService } from './modules/analytics/metrics.service';
import { QuotaService } from './modules/analytics/quota.service';
import { SignalService } from './modules/analytics/signals';
import { InteractionService } from './modules/interactions/interaction.service';
import { PartnerTimeline } from './modules/interactions/partner-timeline';
import { LeadTimeline } from './modules/leads/lead-timeline';
import { OrderTimeline } from './modules/orders/order-timeline';
import { ServiceTimeline } from './modules/service/service-timeline';
import { MdfTimeline } from './modules/mdf/mdf-timeline';
import { ApplicationService } from './modules/programs/application.service';
import { OnboardingService } from './modules/programs/onboarding.service';
import { PolicyService } from './modules/programs/policy.service';
import { AnnouncementService } from './modules/programs/announcement.service';
import { TierRulesService } from './modules/programs/tier-rules.service';
import { IncentiveService } from './modules/programs/incentive.service';

export type { Services } from './access/request-context';

/**
 * The application's services, built once at boot; stateless, each call takes the request's scope.
 * Only background work gets `scopes`, to open system scopes of its own; no service gets a pool.
 */
export function createServices(scopes: Scopes, config: Config, viewerCache?: ViewerCache): Services {
  registerPartnerDirectory(partnerDirectory);
  const limiter = new LoginLimiter({
    maxFailures: config.loginMaxFailures,
    maxFailuresPerIp: config.loginMaxFailuresPerIp,
    windowSeconds: config.loginWindowSeconds,
  });
  const users = new UserService(config.invitationTtlHours, config.publicUrl);
  const partners = new PartnerService(users);
  const dispatcher = new LeadDispatcher();
  const notifications = new NotificationService();
  const offers = new OfferService(partners);
  const showrooms = new ShowroomService(partners, {
    displayName: config.brandName, accentColor: '#1c7ed6', welcomeText: '', contactEmail: null, contactPhone: null, pricesGross: false, vatPercent: 0,
  });
  const leadLifecycle = new LeadLifecycle(partners, users, dispatcher, notifications);
  const catalog = new CatalogService();
  const referenceData = new ReferenceDataService();
  const leads = new LeadService(config.leadsPerIpPerHour, notifications);
  const orders = new OrderService();
  const solutionArticles = new SolutionArticleService(catalog);
  const partnerFigures = new PartnerFigures();
  const catalogFigures = new CatalogFigures();
  const metrics = new MetricsService(partnerFigures, catalogFigures);
  const leadFigures = new LeadFigures();
  const interactions = new InteractionService(partners, users);
  const [leadTimeline, orderTimeline, serviceTimeline, mdfTimeline] = [new LeadTimeline(), new OrderTimeline(), new ServiceTimeline(), new MdfTimeline()];
  const partnerTimeline = new PartnerTimeline(partners, {
    INTERACTION: (scope, partnerId, before, limit) => interactions.timelineEntries(scope, partnerId, before, limit),
    LEAD: (scope, partnerId, before, limit) => leadTimeline.timelineEntries(scope, partnerId, before, limit),
    ORDER: (scope, partnerId, before, limit) => orderTimeline.timelineEntries(scope, partnerId, before, limit),
    SERVICE_CASE: (scope, partnerId, before, limit) => serviceTimeline.timelineEntries(scope, partnerId, before, limit),
    MDF: (scope, partnerId, before, limit) => mdfTimeline.timelineEntries(scope, partnerId, before, limit),
  });
  const lifecycle = new PartnerLifecycle(partners, users);
  const policies = new PolicyService(notifications);
  const onboarding = new OnboardingService(partners, lifecycle, {
    AGREEMENT: (scope, ids) => policies.agreementAcknowledgedAt(scope, ids),
    TRAINING: (scope, ids) => interactions.firstTrainingAt(scope, ids),
    SHOWROOM: (scope, ids) => showrooms.enabledSince(scope, ids),
    OFFER: (scope, ids) => offers.firstOfferedAt(scope, ids),
  });
  return {
    config,
    auth: new AuthService(limiter, config.sessionTtlHours, viewerCache),
    users,
    apiTokens: new ApiTokenService(),
    savedQueries: new SavedQueryService(),
    partners,
    lifecycle,
    staff: new PartnerStaffService(partners, users),
    referenceData,
    catalog,
    offers,
    productImports: new ProductImportService(scopes),
    showrooms,
    ociCatalog: new OciCatalog(showrooms),
    locator: new Locator(),
    leads,
    notifications,
    leadLifecycle,
    leadImports: new LeadImportService(scopes, leadLifecycle),
    leadDispatcher: dispatcher,
    registrations: new DealRegistrationService(dispatcher, notifications),
    orders,
    orderLifecycle: new OrderLifecycle(orders, offers, partners, `${config.publicUrl}/order-status`),
    orderPlacement: new OrderPlacement(orders, new OrderPricing(catalog, referenceData, offers, showrooms), partners, leads, leadLifecycle),
    brandStock: new BrandStockService(catalog),
    inventory: new InventoryService(partners, catalog),
    serviceCases: new ServiceCaseService(partners, catalog, solutionArticles),
    solutionArticles,
    mdf: new MdfService(partners, orders),
    kpiRollup: new KpiRollup({ orders: new OrderFigures(), leads: leadFigures, service: new ServiceFigures(), inventory: new InventoryFigures(), mdf: new MdfFigures() }),
    metrics,
    quotas: new QuotaService(partnerFigures),
    signals: new SignalService(partnerFigures, catalogFigures, leadFigures),
    partnerFigures,
    interactions,
    partnerTimeline,
    applications: new ApplicationService(config.applicationsPerIpPerHour, partners, lifecycle),
    onboarding,
    policies,
    announcements: new AnnouncementService(notifications),
    tierRules: new TierRulesService(partners, lifecycle, partnerFigures, referenceData, metrics, interactions),
    incentives: new IncentiveService(partners, catalog, orders, leads),
  };
}
