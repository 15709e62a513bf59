import { Config } from './config';
import { Scopes } from './access/scope';
import { ViewerCache } from './access/viewer-cache';
import type { Services } from './access/request-context';
import { AuthService } from './access/auth.service';
import { UserService } from './access/user.service';
import { ApiTokenService } from './access/api-token.service';
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
  return {
    config,
    auth: new AuthService(limiter, config.sessionTtlHours, viewerCache),
    users,
    apiTokens: new ApiTokenService(),
    partners,
    lifecycle: new PartnerLifecycle(partners, users),
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
  };
}
