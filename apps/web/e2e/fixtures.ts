/**
 * Small builders of test data, talking GraphQL over fetch like any client. The specs never rely on demo
 * data: each builds the users and partners it needs, with unique codes and e-mails.
 */
import { randomBytes } from 'node:crypto';
import { runApiCli } from './server';

export const PASSWORD = 'e2e-Password-1';

export const E2E_ADMIN = { email: 'admin@e2e.test', name: 'E2E Admin', password: PASSWORD };

/** Creates the first admin through the API's CLI (the only way to get one on an empty database). */
export function createAdminViaCli(env: NodeJS.ProcessEnv, admin: typeof E2E_ADMIN): void {
  runApiCli(env, ['create-admin', '--email', admin.email, '--name', admin.name, '--password', admin.password]);
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the specs through jest.e2e.config.cjs');
  return url;
}

/** Unique within a run: partner codes are at most 10 characters. */
export function uniqueSuffix(length = 6): string {
  return randomBytes(8).toString('hex').toUpperCase().slice(0, length);
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL client that keeps the session cookie the API sets, like a browser would. */
export class ApiSession {
  cookie: { name: string; value: string } | null = null;

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: `${this.cookie.name}=${this.cookie.value}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      if (name && value.join('')) this.cookie = { name: name.trim(), value: value.join('=') };
    }
    const body = (await response.json()) as GraphQLResponse<T>;
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    }
    return body.data;
  }
}

export async function signIn(email: string, password: string): Promise<ApiSession> {
  const session = new ApiSession();
  await session.request(`mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
    input: { email, password },
  });
  return session;
}

/** The token is the last path segment of the invitation link. */
export async function acceptInvitation(invitationUrl: string, password = PASSWORD): Promise<ApiSession> {
  const token = new URL(invitationUrl).pathname.split('/').pop()!;
  const session = new ApiSession();
  await session.request(`mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }`, {
    input: { token, password },
  });
  return session;
}

export interface SignedInUser {
  email: string;
  password: string;
  displayName: string;
  session: ApiSession;
}

export function givenAdmin(): Promise<ApiSession> {
  return signIn(E2E_ADMIN.email, E2E_ADMIN.password);
}

export async function givenChannelManager(admin: ApiSession): Promise<SignedInUser> {
  const suffix = uniqueSuffix().toLowerCase();
  const email = `cm-${suffix}@e2e.test`;
  const displayName = `Channel Manager ${suffix}`;
  const { inviteBrandUser } = await admin.request<{ inviteBrandUser: { invitationUrl: string } }>(
    `mutation Invite($input: InviteBrandUserInput!) { inviteBrandUser(input: $input) { invitationUrl } }`,
    { input: { email, displayName, role: 'CHANNEL_MANAGER' } },
  );
  return { email, password: PASSWORD, displayName, session: await acceptInvitation(inviteBrandUser.invitationUrl) };
}

export interface GivenPartner {
  id: string;
  code: string;
  name: string;
  invitationUrl: string | null;
}

/** A place of the API's gazetteer, so that the partner locator finds partners there. */
export interface GivenCity {
  city: string;
  postalCode: string;
  latitude: number;
  longitude: number;
}

export const CITIES = {
  gdansk: { city: 'Gdańsk', postalCode: '80-001', latitude: 54.352, longitude: 18.6466 },
  poznan: { city: 'Poznań', postalCode: '60-001', latitude: 52.4064, longitude: 16.9252 },
  wroclaw: { city: 'Wrocław', postalCode: '50-001', latitude: 51.1079, longitude: 17.0385 },
  krakow: { city: 'Kraków', postalCode: '30-001', latitude: 50.0647, longitude: 19.945 },
} satisfies Record<string, GivenCity>;

export async function givenPartner(
  creator: ApiSession,
  options: { name?: string; kind?: string; firstManager?: { email: string; displayName: string }; place?: GivenCity; taxId?: string } = {},
): Promise<GivenPartner> {
  const code = `E2E-${uniqueSuffix(6)}`;
  const name = options.name ?? `Partner ${code}`;
  const { createPartner } = await creator.request<{
    createPartner: { partner: { id: string }; firstManagerInvitation: { invitationUrl: string } | null };
  }>(
    `mutation Create($input: CreatePartnerInput!) {
      createPartner(input: $input) { partner { id } firstManagerInvitation { invitationUrl } }
    }`,
    {
      input: {
        code, name, kind: options.kind ?? 'RESELLER', city: options.place?.city ?? 'Gdańsk', country: 'PL', firstManager: options.firstManager ?? null, taxId: options.taxId ?? null,
        ...(options.place ? { postalCode: options.place.postalCode, latitude: options.place.latitude, longitude: options.place.longitude } : {}),
      },
    },
  );
  return { id: createPartner.partner.id, code, name, invitationUrl: createPartner.firstManagerInvitation?.invitationUrl ?? null };
}

/** A partner with its first partner manager, who has accepted the invitation. */
export async function givenPartnerManager(
  creator: ApiSession,
  partnerName?: string,
  place?: GivenCity,
): Promise<SignedInUser & { partner: GivenPartner }> {
  const suffix = uniqueSuffix().toLowerCase();
  const email = `pm-${suffix}@e2e.test`;
  const displayName = `Partner Manager ${suffix}`;
  const partner = await givenPartner(creator, { name: partnerName, firstManager: { email, displayName }, place });
  const session = await acceptInvitation(partner.invitationUrl!);
  return { email, password: PASSWORD, displayName, session, partner };
}

export interface GivenCategory {
  id: string;
  code: string;
  name: string;
}

/** A catalog category, created by a channel manager; its code is also the OCI material group. */
export async function givenCategory(channelManager: ApiSession, name = `Category ${uniqueSuffix(4)}`): Promise<GivenCategory> {
  const code = `C-${uniqueSuffix(6)}`;
  const { createCategory } = await channelManager.request<{ createCategory: { category: { id: string } } }>(
    `mutation Create($input: CategoryInput!) { createCategory(input: $input) { category { id } } }`,
    { input: { code, name } },
  );
  return { id: createCategory.category.id, code, name };
}

export interface GivenProduct {
  id: string;
  sku: string;
  name: string;
  description: string;
  unit: string;
  listPrice: { amount: string; currency: string };
  category: GivenCategory;
}

/** A catalog product through createProduct, as a channel manager enters it. */
export async function givenProduct(
  channelManager: ApiSession,
  category: GivenCategory,
  options: { name: string; description?: string; unit?: string; listPrice?: string; currency?: string; sku?: string; attributes?: Record<string, string> },
): Promise<GivenProduct> {
  const sku = options.sku ?? `E2E-${uniqueSuffix(8)}`;
  const input = {
    sku,
    name: options.name,
    description: options.description ?? '',
    unit: options.unit ?? 'PCE',
    listPrice: { amount: options.listPrice ?? '100.00', currency: options.currency ?? 'EUR' },
    categoryId: category.id,
    attributes: Object.entries(options.attributes ?? {}).map(([key, value]) => ({ key, value })),
    active: true,
  };
  const { createProduct } = await channelManager.request<{ createProduct: { product: { id: string } } }>(
    `mutation Create($input: ProductInput!) { createProduct(input: $input) { product { id } } }`,
    { input },
  );
  return { id: createProduct.product.id, sku, name: input.name, description: input.description, unit: input.unit, listPrice: input.listPrice, category };
}

export interface GivenOffer {
  product: GivenProduct;
  price: { amount: string; currency: string };
  stock: number;
  deliveryDays: number;
  partnerSku: string | null;
}

export interface GivenShowroomPartner {
  partner: GivenPartner;
  manager: SignedInUser;
  place: GivenCity;
  slug: string;
  displayName: string;
  offers: GivenOffer[];
}

/**
 * An ACTIVE partner with a first partner manager, who saves the partner's offers and switches its showroom
 * on; the channel manager creates the partner, starts its onboarding and activates it, as in real life.
 */
export async function givenShowroomPartner(
  channelManager: ApiSession,
  options: {
    place: GivenCity;
    offers: { product: GivenProduct; price: string; currency?: string; stock: number; deliveryDays: number; partnerSku?: string | null }[];
    pricesGross?: boolean;
    vatPercent?: number;
    accentColor?: string;
  },
): Promise<GivenShowroomPartner> {
  const suffix = uniqueSuffix(6);
  const manager = await givenPartnerManager(channelManager, `Werkzeug ${suffix} Sp. z o.o.`, options.place);
  const partnerId = manager.partner.id;
  const offers: GivenOffer[] = [];
  for (const offer of options.offers) {
    const given: GivenOffer = {
      product: offer.product,
      price: { amount: offer.price, currency: offer.currency ?? 'PLN' },
      stock: offer.stock,
      deliveryDays: offer.deliveryDays,
      partnerSku: offer.partnerSku ?? null,
    };
    await manager.session.request(`mutation Save($input: SaveOfferInput!) { saveOffer(input: $input) { offer { productId } } }`, {
      input: {
        partnerId, productId: offer.product.id, price: given.price, stock: given.stock, deliveryDays: given.deliveryDays,
        partnerSku: given.partnerSku, offered: true,
      },
    });
    offers.push(given);
  }
  const slug = `e2e-${suffix.toLowerCase()}`;
  const displayName = `Showroom ${suffix}`;
  await manager.session.request(`mutation Save($input: SaveShowroomInput!) { saveShowroom(input: $input) { showroom { slug } } }`, {
    input: {
      partnerId, slug, displayName, accentColor: options.accentColor ?? '#e8590c', welcomeText: `Welcome to ${displayName}.`,
      contactEmail: `shop-${suffix.toLowerCase()}@e2e.test`, enabled: true, pricesGross: options.pricesGross ?? false, vatPercent: options.vatPercent ?? 0,
    },
  });
  for (const move of ['startPartnerOnboarding', 'activatePartner']) {
    await channelManager.request(`mutation Move($input: PartnerTransitionInput!) { ${move}(input: $input) { partner { status } } }`, {
      input: { partnerId },
    });
  }
  return { partner: manager.partner, manager, place: options.place, slug, displayName, offers };
}

export interface GivenMdfFund {
  id: string;
  name: string;
  currency: string;
  periodStart: string;
  periodEnd: string;
  claimDeadline: string;
}

/**
 * A marketing development fund through createMdfFund, as a channel manager creates it: this calendar year,
 * claims taken until the end of March of the next, every activity type unless told.
 */
export async function givenMdfFund(
  channelManager: ApiSession,
  options: { name?: string; budget?: string; currency?: string; activityTypes?: string[] } = {},
): Promise<GivenMdfFund> {
  const year = new Date().getFullYear();
  const input = {
    name: options.name ?? `Fund ${uniqueSuffix(6)}`,
    purpose: 'Partner marketing',
    currency: options.currency ?? 'EUR',
    totalBudget: options.budget ?? '100000.00',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    claimDeadline: `${year + 1}-03-31`,
    activityTypes: options.activityTypes ?? ['DIGITAL_CAMPAIGN', 'EVENT', 'TRADE_SHOW', 'PRINT', 'TRAINING'],
  };
  const { createMdfFund } = await channelManager.request<{ createMdfFund: { fund: { id: string } } }>(
    `mutation Create($input: CreateMdfFundInput!) { createMdfFund(input: $input) { fund { id } } }`, { input });
  return { id: createMdfFund.fund.id, name: input.name, currency: input.currency, periodStart: input.periodStart, periodEnd: input.periodEnd, claimDeadline: input.claimDeadline };
}

/** Sets a partner's allocation of a fund (allocateMdf), as a channel manager does. */
export async function givenMdfAllocation(channelManager: ApiSession, fundId: string, partnerId: string, amount: string): Promise<void> {
  await channelManager.request(`mutation Allocate($input: AllocateMdfInput!) { allocateMdf(input: $input) { allocation { id } } }`,
    { input: { fundId, partnerId, amount } });
}

export interface GivenTier {
  id: string;
  code: string;
  name: string;
}

/** A partner tier through createTier, as an admin creates it: no discount, eligible for marketing funds. */
export async function givenTier(admin: ApiSession, name = `Tier ${uniqueSuffix(6)}`): Promise<GivenTier> {
  const code = `E2E_${uniqueSuffix(8)}`;
  const { createTier } = await admin.request<{ createTier: { tier: { id: string } } }>(
    `mutation Create($input: TierInput!) { createTier(input: $input) { tier { id } } }`,
    { input: { code, name, rank: 50, discountPercent: 0, mdfEligible: true, leadPriority: 0 } });
  return { id: createTier.tier.id, code, name };
}

/** An ACTIVE partner of a tier: the channel manager creates it, starts its onboarding, activates it and assigns the tier. */
export async function givenActivePartnerOfTier(channelManager: ApiSession, tierId: string, name?: string): Promise<GivenPartner> {
  const partner = await givenPartner(channelManager, { name });
  for (const move of ['startPartnerOnboarding', 'activatePartner']) {
    await channelManager.request(`mutation Move($input: PartnerTransitionInput!) { ${move}(input: $input) { partner { status } } }`, { input: { partnerId: partner.id } });
  }
  await channelManager.request(`mutation Assign($input: AssignPartnerTierInput!) { assignPartnerTier(input: $input) { partner { id } } }`,
    { input: { partnerId: partner.id, tierId } });
  return partner;
}

/** A fund as givenMdfFund makes it, whose money only partners of the given tiers may be given. */
export async function givenMdfFundForTiers(
  channelManager: ApiSession,
  eligibleTierIds: string[],
  options: { name?: string; budget?: string; currency?: string } = {},
): Promise<GivenMdfFund> {
  const year = new Date().getFullYear();
  const input = {
    name: options.name ?? `Fund ${uniqueSuffix(6)}`,
    purpose: 'Partner marketing',
    currency: options.currency ?? 'EUR',
    totalBudget: options.budget ?? '100000.00',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    claimDeadline: `${year + 1}-03-31`,
    activityTypes: ['DIGITAL_CAMPAIGN', 'EVENT', 'TRADE_SHOW', 'PRINT', 'TRAINING'],
    eligibleTierIds,
  };
  const { createMdfFund } = await channelManager.request<{ createMdfFund: { fund: { id: string } } }>(
    `mutation Create($input: CreateMdfFundInput!) { createMdfFund(input: $input) { fund { id } } }`, { input });
  return { id: createMdfFund.fund.id, name: input.name, currency: input.currency, periodStart: input.periodStart, periodEnd: input.periodEnd, claimDeadline: input.claimDeadline };
}
