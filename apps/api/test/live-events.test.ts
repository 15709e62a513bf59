import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { startTestApp, TestApp, Credentials } from './harness';
import { fixtures } from './fixtures';
import { Role } from '../src/access/role';
import { publish } from '../src/access/events';

/*
 * Live events across instances: a change committed through one API instance reaches subscribers on another
 * (LISTEN/NOTIFY), each judged for its subscriber when delivered.
 */
const LEAD_CHANGED = `subscription { leadChanged { leadId reference action status resync } }`;

interface Received {
  events: Record<string, unknown>[];
  errors: unknown[];
  closed: { code: number; reason: string } | null;
  client: Client;
}

/** A graphql-ws client on `baseUrl`, signed in by cookie (sent with the upgrade, from `origin`) or token. */
function live(baseUrl: string, as: Credentials, origin = baseUrl): Received {
  const received: Received = { events: [], errors: [], closed: null, client: undefined as never };
  const headers: Record<string, string> = { origin };
  if (as.cookie) headers.cookie = as.cookie;
  class SignedSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  received.client = createClient({
    url: baseUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: SignedSocket,
    connectionParams: as.token ? { authorization: `Bearer ${as.token}` } : {},
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => (received.closed = { code: (event as { code: number }).code, reason: (event as { reason: string }).reason }) },
    onNonLazyError: (err) => received.errors.push(err),
  });
  received.client.subscribe({ query: LEAD_CHANGED }, {
    next: (value) => {
      if (value.errors) received.errors.push(value.errors);
      else received.events.push((value.data as { leadChanged: Record<string, unknown> }).leadChanged);
    },
    error: (err) => received.errors.push(err),
    complete: () => undefined,
  });
  return received;
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Until the subscriptions are in place: each has heard a marker event for these partners (brand staff hear all). */
async function subscribed(app: TestApp, receivers: Received[], partnerIds: string[] = []): Promise<void> {
  const marker = `marker-${Math.random()}`;
  const heard = () => receivers.every((r) => r.events.some((e) => e.reference === marker));
  for (let attempt = 0; attempt < 50 && !heard(); attempt++) {
    await app.scopes.runSystem('test marker', (scope) => publish(scope, { topic: 'lead', partnerIds, data: { leadId: null, reference: marker } }));
    await new Promise((r) => setTimeout(r, 100));
  }
  await until(heard, 'the subscriptions to start');
  for (const r of receivers) r.events = r.events.filter((e) => e.reference !== marker);
}

describe('live events across two API instances', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  const clients: Received[] = [];
  const open = (baseUrl: string, as: Credentials, origin?: string) => {
    const r = live(baseUrl, as, origin);
    clients.push(r);
    return r;
  };

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(async () => {
    for (const c of clients) await c.client.dispose();
    await app.close();
  });

  async function givenManager() {
    const partner = await f.givenPartner();
    const user = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
    return { partner, user, as: await app.signIn(user.email) };
  }
  const dispatch = async (leadId: string, partnerId: string, via: TestApp['gql'] = app.gql) => {
    const result = await via(`mutation($input: DispatchLeadInput!) { dispatchLead(input: $input) { lead { reference } } }`, { input: { leadId, partnerId } }, cm);
    expect(result.errors).toBeUndefined();
    return result.data!.dispatchLead.lead.reference as string;
  };

  it('delivers a dispatch made through instance A to its partner\'s subscriber on instance B, and to no other partner', async () => {
    const b = await app.sibling();
    const mine = await givenManager();
    const other = await givenManager();
    const token = (await app.gql(`mutation { createApiToken(input: { name: "live" }) { token } }`, {}, other.as)).data!.createApiToken.token as string;
    const brandOnB = open(b.url, cm);
    const mineOnB = open(b.url, mine.as);
    const otherOnB = open(b.url, { token });
    await subscribed(app, [brandOnB, mineOnB, otherOnB], [mine.partner.id, other.partner.id]);

    const leadId = await f.givenLead();
    const reference = await dispatch(leadId, mine.partner.id);
    const otherLead = await f.givenLead();
    const otherReference = await dispatch(otherLead, other.partner.id);

    await until(() => otherOnB.events.length === 1 && mineOnB.events.length === 1 && brandOnB.events.length === 4, 'the dispatches to arrive');
    expect(mineOnB.events).toEqual([{ leadId, reference, action: 'DISPATCHED', status: 'DISPATCHED', resync: false }]);
    expect(otherOnB.events).toEqual([{ leadId: otherLead, reference: otherReference, action: 'DISPATCHED', status: 'DISPATCHED', resync: false }]);
    // Brand staff hear everything: the two filings in the brand's showroom and the two dispatches, in order.
    expect(brandOnB.events.map((e) => [e.leadId, e.action])).toEqual([[leadId, 'FILED'], [leadId, 'DISPATCHED'], [otherLead, 'FILED'], [otherLead, 'DISPATCHED']]);
    expect([mineOnB.errors, otherOnB.errors, brandOnB.errors]).toEqual([[], [], []]);
  });

  it('sends nothing for a change that is rolled back', async () => {
    const brand = open(app.url, cm);
    await subscribed(app, [brand]);
    await expect(app.scopes.runSystem('rolled back', async (scope) => {
      await publish(scope, { topic: 'lead', partnerIds: [], data: { leadId: null, reference: 'rolled-back' } });
      throw new Error('undo');
    })).rejects.toThrow('undo');
    await app.scopes.runSystem('committed', (scope) => publish(scope, { topic: 'lead', partnerIds: [], data: { leadId: null, reference: 'committed' } }));
    await until(() => brand.events.length >= 1, 'the committed event');
    expect(brand.events.map((e) => e.reference)).toEqual(['committed']);
  });

  it('stops a signed-out session\'s subscription at its next event, closing the connection with 4401', async () => {
    const b = await app.sibling();
    const mine = await givenManager();
    const subscriber = open(b.url, mine.as);
    await subscribed(app, [subscriber], [mine.partner.id]);
    await dispatch(await f.givenLead(), mine.partner.id);
    await until(() => subscriber.events.length === 1, 'the first event');
    // Signed out through instance A: instance B's cache hears of it, and the next event finds no viewer.
    expect((await app.gql(`mutation { signOut { __typename } }`, {}, mine.as)).errors).toBeUndefined();
    await dispatch(await f.givenLead(), mine.partner.id);
    await until(() => subscriber.closed !== null, 'the connection to close');
    expect(subscriber.closed!.code).toBe(4401);
    expect(subscriber.events).toHaveLength(1);
  });

  it('refuses a connection without credentials, and a cookie sent from another site, with 4403', async () => {
    const anonymous = open(app.url, {});
    const crossSite = open(app.url, cm, 'https://evil.example');
    await until(() => anonymous.closed !== null && crossSite.closed !== null, 'the refusals');
    expect([anonymous.closed!.code, crossSite.closed!.code]).toEqual([4403, 4403]);
    expect([anonymous.events, crossSite.events]).toEqual([[], []]);
  });

  it('serves only subscriptions: a query over the socket is refused', async () => {
    const client = open(app.url, cm).client;
    const errors: unknown[] = [];
    await new Promise<void>((resolve) => {
      client.subscribe({ query: `{ leads(first: 1) { totalCount } }` }, {
        next: () => undefined, error: (e) => { errors.push(e); resolve(); }, complete: () => resolve(),
      });
    });
    expect(JSON.stringify(errors)).toContain('queries and mutations go over HTTP');
  });
});

describe('live connections under abuse', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let token: string;
  let partnerId: string;

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    f = fixtures(app);
    partnerId = (await f.givenPartner()).id;
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partnerId)).email);
    token = (await app.gql(`mutation { createApiToken(input: { name: "live" }) { token } }`, {}, manager)).data!.createApiToken.token;
  });
  afterAll(() => app.close());

  /** A raw graphql-ws connection: every message the server sends, and the close. */
  async function raw() {
    const socket = new WebSocket(app.url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
    const messages: { type: string; id?: string; payload?: unknown }[] = [];
    let closed: number | null = null;
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    socket.on('close', (code) => (closed = code));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    await until(() => messages.some((m) => m.type === 'connection_ack'), 'the ack');
    const send = (m: object) => socket.send(JSON.stringify(m));
    return { socket, messages, send, closed: () => closed };
  }

  it('leaves nothing in the hub when a client subscribes, completes and subscribes again at once, then goes', async () => {
    const before = app.hub.subscriberCount;
    const c = await raw();
    c.send({ type: 'subscribe', id: '1', payload: { query: LEAD_CHANGED } });
    c.send({ type: 'complete', id: '1' });
    c.send({ type: 'subscribe', id: '1', payload: { query: LEAD_CHANGED } });
    c.send({ type: 'subscribe', id: '2', payload: { query: LEAD_CHANGED } });
    await new Promise((r) => setTimeout(r, 300));
    c.socket.close();
    await until(() => app.hub.subscriberCount === before, 'the hub to let go');
    expect(app.hub.subscriberCount).toBe(before);
  });

  it('counts only accepted subscriptions against the limit of 10, and refuses the 11th', async () => {
    const c = await raw();
    for (let i = 0; i < 12; i++) c.send({ type: 'subscribe', id: `bad-${i}`, payload: { query: 'subscription { nope }' } });
    await until(() => c.messages.filter((m) => m.type === 'error').length === 12, 'the refusals');
    try {
      for (let i = 0; i < 11; i++) c.send({ type: 'subscribe', id: `ok-${i}`, payload: { query: LEAD_CHANGED } });
      await until(() => c.messages.filter((m) => m.type === 'error' && String(m.id).startsWith('ok-')).length === 1, 'the 11th refusal');
      const refused = c.messages.filter((m) => m.type === 'error' && String(m.id).startsWith('ok-'));
      expect(refused.map((m) => (m.payload as { extensions: { code: string } }[])[0].extensions.code)).toEqual(['LIMIT_EXCEEDED']);
    } finally {
      c.socket.close();
    }
  });

  it('looks the credential up once per event for a connection, however many of its subscriptions hear it', async () => {
    await until(() => app.hub.subscriberCount === 0, 'earlier connections to go');
    const c = await raw();
    for (let i = 0; i < 3; i++) c.send({ type: 'subscribe', id: `s${i}`, payload: { query: LEAD_CHANGED } });
    await until(() => app.hub.subscriberCount >= 3, 'the subscriptions');
    const lookups = jest.spyOn(app.services.auth, 'viewerFromApiToken');
    try {
      await app.scopes.runSystem('event', (scope) => publish(scope, { topic: 'lead', partnerIds: [partnerId], data: { leadId: null, reference: 'once' } }));
      await until(() => c.messages.filter((m) => m.type === 'next').length === 3, 'three deliveries');
      expect(lookups).toHaveBeenCalledTimes(1);
    } finally {
      lookups.mockRestore();
      c.socket.close();
    }
  });

  it('tells a notification to its recipient only', async () => {
    const other = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partnerId)).email);
    const c = await raw();
    c.send({ type: 'subscribe', id: 'n', payload: { query: 'subscription { notificationAdded { kind resync } }' } });
    const colleague = live(app.url, other);
    await new Promise((r) => setTimeout(r, 300));
    await app.scopes.runSystem('notify', async (scope) => {
      await app.services.notifications.announce(scope, 'LEAD_NEW' as never, [{ userId: (await scope.query<{ id: string }>(
        `SELECT u.id FROM api_token t JOIN app_user u ON u.id = t.user_id ORDER BY t.created_at DESC LIMIT 1`))[0].id, partnerId }]);
    });
    await until(() => c.messages.some((m) => m.type === 'next'), 'the notification');
    expect(c.messages.filter((m) => m.type === 'next').map((m) => m.payload)).toEqual([{ data: { notificationAdded: { kind: 'LEAD_NEW', resync: false } } }]);
    await new Promise((r) => setTimeout(r, 200));
    expect(colleague.events).toEqual([]);
    await colleague.client.dispose();
    c.socket.close();
  });
});
