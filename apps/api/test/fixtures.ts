import { randomBytes } from 'node:crypto';
import { Scope } from '../src/access/scope';
import { Role } from '../src/access/role';
import { User } from '../src/access/user.entity';
import { Partner, PartnerKind, PartnerStatus } from '../src/modules/partners/partner.entity';
import { Viewer } from '../src/access/viewer';
import { Product } from '../src/modules/catalog/product.entity';
import { Offer } from '../src/modules/catalog/offer.entity';
import { Showroom } from '../src/modules/showroom/showroom.entity';
import { Category } from '../src/modules/catalog/category.entity';
import { SubmitShowroomLeadInput } from '../src/modules/leads/lead.inputs';
import { showroomPartners } from '../src/modules/showroom/showroom.service';
import { TestApp, TEST_PASSWORD } from './harness';
import { CatalogLanguage } from '../src/domain/language';
import { Order, OrderKind } from '../src/modules/orders/order.types';

const attributeList = (map: Record<string, string> = {}) => Object.entries(map).map(([key, value]) => ({ key, value }));

export const CONSENT = 'I agree to be contacted about this request.';

/** Small named builders: each test makes exactly the data it talks about, through the services. */
export function fixtures(app: TestApp) {
  const { services } = app;
  /** The one way fixtures reach the database: a system scope, as Trellis itself or acting for a given viewer. */
  const asSystem = <T>(work: (scope: Scope) => Promise<T>, viewer?: Viewer) => app.scopes.runSystem('test fixtures', work, viewer);
  /** Offers and showrooms are written by the partner's own manager only; fixtures act as one. */
  const asPartnerManager = <T>(partnerId: string, work: (scope: Scope) => Promise<T>) =>
    asSystem(work, { userId: '', role: Role.PARTNER_MANAGER, email: 'fixture@test.example', displayName: 'Fixture', partnerId, visiblePartnerIds: [partnerId], via: 'SESSION' });
  const unique = () => randomBytes(3).toString('hex').toUpperCase();

  const givenUser = (role: Role, partnerId: string | null = null, email?: string): Promise<User> =>
    asSystem((scope) =>
      services.users.createWithPassword(
        scope,
        { email: email ?? `${role.toLowerCase()}-${unique().toLowerCase()}@test.example`, displayName: `${role} ${unique()}`, role, partnerId },
        TEST_PASSWORD,
      ),
    );

  const givenPartner = async (spec: {
    kind?: PartnerKind; status?: PartnerStatus; parentId?: string; name?: string; city?: string; country?: string; tierId?: string; territoryIds?: string[]; ownerId?: string;
    latitude?: number; longitude?: number; postalCode?: string;
  } = {}): Promise<Partner> => {
    const code = `T${unique()}`;
    const partner = await asSystem(async (scope) =>
      (await services.partners.create(scope, {
        code, name: spec.name ?? `Partner ${code}`, kind: spec.kind ?? PartnerKind.RESELLER, city: spec.city ?? 'Kraków',
        country: spec.country ?? 'PL', parentId: spec.parentId, tierId: spec.tierId, territoryIds: spec.territoryIds, ownerId: spec.ownerId,
        latitude: spec.latitude, longitude: spec.longitude, postalCode: spec.postalCode,
      })).partner,
    );
    const path: Record<PartnerStatus, PartnerStatus[]> = {
      PROSPECT: [], ONBOARDING: [PartnerStatus.ONBOARDING], ACTIVE: [PartnerStatus.ONBOARDING, PartnerStatus.ACTIVE],
      SUSPENDED: [PartnerStatus.ONBOARDING, PartnerStatus.ACTIVE, PartnerStatus.SUSPENDED], TERMINATED: [PartnerStatus.TERMINATED],
    };
    for (const step of path[spec.status ?? PartnerStatus.ACTIVE]) {
      await asSystem((scope) => services.lifecycle.moveTo(scope, partner.id, step));
    }
    return asSystem((scope) => services.partners.get(scope, partner.id));
  };

  const givenTier = ({ code = `T${unique()}`, leadAcceptHours = null, leadPriority = 1, maxOpenLeads = null }:
    { code?: string; leadAcceptHours?: number | null; leadPriority?: number; maxOpenLeads?: number | null } = {}) =>
    asSystem((scope) => services.referenceData.saveTier(scope, null, {
      code, name: `Tier ${code}`, rank: 1, discountPercent: 5, mdfEligible: false, leadPriority, leadAcceptHours, maxOpenLeads,
    }));

  const givenTerritory = (code = `T${unique()}`, spec: { countries?: string[]; postalPrefixes?: string[] } = {}) =>
    asSystem((scope) => services.referenceData.saveTerritory(scope, null, {
      code, name: `Territory ${code}`, countries: spec.countries ?? ['PL'], ...(spec.postalPrefixes ? { postalPrefixes: spec.postalPrefixes } : {}),
    }));

  const givenCategory = (spec: { code?: string; parentId?: string; name?: string; translations?: Partial<Record<CatalogLanguage, string>> } = {}): Promise<Category> =>
    asSystem((scope) => services.catalog.saveCategory(scope, null, {
      code: spec.code ?? `C${unique()}`, name: spec.name ?? `Category ${unique()}`, parentId: spec.parentId, position: 0,
      translations: Object.entries(spec.translations ?? {}).map(([language, text]) => ({ language: language as CatalogLanguage, text: text! })),
    }));

  const givenProduct = (spec: {
    sku?: string; name?: string; description?: string; categoryId?: string; active?: boolean; listPrice?: string; imageUrls?: string[];
    attributes?: Record<string, string>;
    translations?: Partial<Record<CatalogLanguage, { name: string; description?: string; attributes?: Record<string, string> }>>;
  } = {}): Promise<Product> =>
    asSystem(async (scope) => {
      const sku = spec.sku ?? `P-${unique()}`;
      const product = await services.catalog.saveProduct(scope, null, {
        sku, name: spec.name ?? `Product ${sku}`, description: spec.description ?? '', unit: 'PCE', listPrice: { amount: spec.listPrice ?? '100.00', currency: 'EUR' },
        categoryId: spec.categoryId ?? null, attributes: attributeList(spec.attributes), active: spec.active ?? true,
        translations: Object.entries(spec.translations ?? {}).map(([language, t]) => ({
          language: language as CatalogLanguage, name: t!.name, description: t!.description ?? '', attributes: attributeList(t!.attributes),
        })),
      });
      for (const url of spec.imageUrls ?? []) await services.catalog.addImage(scope, { productId: product.id, url });
      return product;
    });

  const givenOffer = (
    partnerId: string, productId: string,
    spec: { price?: string; currency?: string; offered?: boolean; stock?: number; deliveryDays?: number; partnerSku?: string | null } = {},
  ): Promise<Offer> =>
    asPartnerManager(partnerId, (scope) =>
      services.offers.save(scope, {
        partnerId, productId, price: { amount: spec.price ?? '90.00', currency: spec.currency ?? 'EUR' }, stock: spec.stock ?? 5,
        deliveryDays: spec.deliveryDays ?? 2, partnerSku: spec.partnerSku ?? null, offered: spec.offered ?? true,
      }),
    );

  const givenShowroom = (partnerId: string, spec: { slug?: string; displayName?: string; enabled?: boolean; pricesGross?: boolean; vatPercent?: number } = {}): Promise<Showroom> =>
    asPartnerManager(partnerId, (scope) =>
      services.showrooms.save(scope, {
        partnerId, slug: spec.slug ?? `s-${unique().toLowerCase()}`, displayName: spec.displayName ?? `Showroom ${unique()}`, accentColor: '#1c7ed6', welcomeText: '',
        enabled: spec.enabled ?? true, pricesGross: spec.pricesGross ?? false, vatPercent: spec.vatPercent ?? 0,
      }),
    );

  /** A lead filed through a showroom (the brand's without a slug), as a visitor would; answers its id. */
  const givenLead = async (spec: Partial<SubmitShowroomLeadInput> & { slug?: string | null } = {}): Promise<string> => {
    const input: SubmitShowroomLeadInput = {
      name: 'Anna Buyer', email: 'anna@customer.example', message: 'Please quote.', consent: true, consentText: CONSENT, items: [], ...spec,
    };
    return asSystem(async (scope) => {
      const showroom = await services.showrooms.findPublic(scope, spec.slug ?? null);
      const target = { partnerId: showroom.partner?.id ?? null, country: showroom.partner?.country ?? null };
      return (await services.leads.submitFromShowroom(scope.publicFor(showroomPartners(showroom)), target, input, `fixture-${unique()}`)).id;
    });
  };

  /** A PENDING deal registration of this partner for a customer of this name. */
  const givenRegistration = (partnerId: string, customerCompany = `Customer ${unique()}`) =>
    asPartnerManager(partnerId, (scope) => services.registrations.register(scope, {
      customerCompany, expectedValue: { amount: '1000.00', currency: 'EUR' }, expectedCloseDate: `${new Date().getUTCFullYear() + 1}-06-30`, items: [], notes: '',
    }));

  /** An order the partner's manager places (SELL_OUT for a made-up customer unless SELL_IN), SUBMITTED unless `submit: false`. */
  const givenOrder = (partnerId: string, lines: { productId: string; quantity: number }[], spec: { kind?: OrderKind; submit?: boolean; email?: string } = {}): Promise<Order> =>
    asPartnerManager(partnerId, (scope) => services.orderPlacement.create(scope, {
      kind: spec.kind ?? OrderKind.SELL_OUT, partnerId, lines, submit: spec.submit ?? true, idempotencyKey: `fixture-${unique()}-${unique()}`,
      customer: (spec.kind ?? OrderKind.SELL_OUT) === OrderKind.SELL_OUT ? { name: 'Olga Buyer', email: spec.email ?? 'olga@customer.example' } : null,
    }));

  /** Units of a product in the brand owner's warehouse. */
  const givenBrandStock = (productId: string, onHand: number) =>
    asSystem((scope) => scope.execute(
      `INSERT INTO brand_stock (product_id, on_hand) VALUES ($1, $2) ON CONFLICT (product_id) DO UPDATE SET on_hand = EXCLUDED.on_hand`, [productId, onHand]));

  return { givenOrder, givenBrandStock, givenRegistration, givenUser, givenPartner, givenTier, givenTerritory, givenCategory, givenProduct, givenOffer, givenShowroom, givenLead, asSystem };
}
