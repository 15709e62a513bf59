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

export async function givenPartner(
  creator: ApiSession,
  options: { name?: string; kind?: string; firstManager?: { email: string; displayName: string } } = {},
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
        code, name, kind: options.kind ?? 'RESELLER', city: 'Gdańsk', country: 'PL', firstManager: options.firstManager ?? null,
      },
    },
  );
  return { id: createPartner.partner.id, code, name, invitationUrl: createPartner.firstManagerInvitation?.invitationUrl ?? null };
}

/** A partner with its first partner manager, who has accepted the invitation. */
export async function givenPartnerManager(creator: ApiSession, partnerName?: string): Promise<SignedInUser & { partner: GivenPartner }> {
  const suffix = uniqueSuffix().toLowerCase();
  const email = `pm-${suffix}@e2e.test`;
  const displayName = `Partner Manager ${suffix}`;
  const partner = await givenPartner(creator, { name: partnerName, firstManager: { email, displayName } });
  const session = await acceptInvitation(partner.invitationUrl!);
  return { email, password: PASSWORD, displayName, session, partner };
}
