import { startTestApp, TestApp, codeOf, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { countUpdates } from '../../../test/write-counter';
import { Role } from '../../access/role';

/*
 * Sales quotas (by hand and from CSV, all or nothing), territories' market sizes, and quota completion in
 * channelMetrics for a quarter made of monthly quotas and one with a quarterly quota of its own.
 */

const SET = `mutation($input: SetPartnerQuotaInput!) { setPartnerQuota(input: $input) { quota { partnerId period periodKind amount { amountMinor currency } setAt } } }`;
const REMOVE = `mutation($input: RemovePartnerQuotaInput!) { removePartnerQuota(input: $input) { removed } }`;
const LIST = `query($partnerIds: [ID!], $from: String!, $to: String!) { partnerQuotas(partnerIds: $partnerIds, from: $from, to: $to) { partnerId period periodKind amount { amountMinor currency } } }`;
const IMPORT = `mutation($csv: String!) { importPartnerQuotas(input: { csv: $csv }) { rows changed } }`;
const MARKET = `mutation($input: SetTerritoryMarketInput!) { setTerritoryMarket(input: $input) { market { territoryId year amount { amountMinor currency } } } }`;
const MARKETS = `query($year: Int) { territoryMarkets(year: $year) { territoryId year amount { amountMinor currency } } }`;
const METRICS = `query($periodKind: MetricPeriodKind!, $from: String!, $to: String!, $groupBy: MetricGroupBy!, $ids: [ID!]) {
  channelMetrics(groupBy: $groupBy, periodKind: $periodKind, from: $from, to: $to, filter: { partnerIds: $ids }) {
    groupKey period figures { sellIn { amountMinor } quota { amountMinor } quotaCompletion } } }`;

const HEADER = 'partner_code,period,amount,currency';

describe('sales quotas and market sizes', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let analyst: Credentials;
  let managerA: Credentials;
  let managerB: Credentials;
  let writes: (table: string, id: string) => Promise<number>;
  const ids: Record<string, string> = {};
  const codes: Record<string, string> = {};

  const sql = (q: string, params: unknown[] = []) => app.dataSource.query(q, params);
  const quotaRows = () => sql(`SELECT partner_id::text AS "partnerId", period_kind AS kind, to_char(period_start, 'YYYY-MM-DD') AS start, amount_minor::int AS amount, currency,
    set_by::text AS "setBy" FROM partner_quota ORDER BY partner_id, period_start, period_kind`);
  const ok = <T = any>(result: GraphQLResult, name: string): T => {
    expect([name, result.errors]).toEqual([name, undefined]);
    return result.data![name] as T;
  };
  const failure = (result: GraphQLResult) => [codeOf(result), result.errors?.[0]?.extensions?.field, result.errors?.[0]?.message, result.data];

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    const cmUser = await f.givenUser(Role.CHANNEL_MANAGER);
    cm = await app.signIn(cmUser.email);
    analyst = await app.signIn((await f.givenUser(Role.ANALYST)).email);
    const territory = await f.givenTerritory();
    for (const key of ['a', 'b']) {
      const partner = await f.givenPartner({ territoryIds: [territory.id] });
      ids[key] = partner.id;
      codes[key] = partner.code;
    }
    Object.assign(ids, { cm: cmUser.id, territory: territory.id });
    managerA = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, ids.a)).email);
    managerB = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, ids.b)).email);
    writes = await countUpdates(app, { partner_quota: 'partner_id', territory_market: 'territory_id' });
  });
  afterAll(() => app.close());

  describe('by hand', () => {
    it('sets a month and a quarter quota', async () => {
      const month = ok(await app.gql(SET, { input: { partnerId: ids.a, period: '2026-07', amount: { amount: '1500.00', currency: 'EUR' } } }, cm), 'setPartnerQuota');
      expect(month.quota).toEqual({ partnerId: ids.a, period: '2026-07', periodKind: 'MONTH', amount: { amountMinor: 150000, currency: 'EUR' }, setAt: expect.any(String) });
      const quarter = ok(await app.gql(SET, { input: { partnerId: ids.a, period: '2026-Q3', amount: { amount: '4000.5', currency: 'EUR' } } }, cm), 'setPartnerQuota');
      expect(quarter.quota).toEqual({ partnerId: ids.a, period: '2026-Q3', periodKind: 'QUARTER', amount: { amountMinor: 400050, currency: 'EUR' }, setAt: expect.any(String) });
      expect(await quotaRows()).toEqual([
        { partnerId: ids.a, kind: 'MONTH', start: '2026-07-01', amount: 150000, currency: 'EUR', setBy: ids.cm },
        { partnerId: ids.a, kind: 'QUARTER', start: '2026-07-01', amount: 400050, currency: 'EUR', setBy: ids.cm },
      ]);
    });

    it('names a bad period, a zero or too large amount, and writes nothing', async () => {
      const before = await quotaRows();
      const set = (period: string, amount: string) => app.gql(SET, { input: { partnerId: ids.a, period, amount: { amount, currency: 'EUR' } } }, cm);
      expect(failure(await set('2026-13', '1.00'))).toEqual(['BAD_USER_INPUT', 'period', 'period: must be a month as YYYY-MM or a quarter as YYYY-Qn', null]);
      expect(failure(await set('1999-12', '1.00'))).toEqual(['BAD_USER_INPUT', 'period', 'period: must be a month as YYYY-MM or a quarter as YYYY-Qn', null]);
      expect(failure(await set('2026-Q5', '1.00'))).toEqual(['BAD_USER_INPUT', 'period', 'period: must be a month as YYYY-MM or a quarter as YYYY-Qn', null]);
      expect(failure(await set('2026-08', '0.00'))).toEqual(['BAD_USER_INPUT', 'amount.amount', 'amount.amount: must be more than 0', null]);
      expect(failure(await set('2026-08', '9999999999999.00'))).toEqual(['BAD_USER_INPUT', 'amount.amount', 'amount.amount: must be at most 1000000000000.00', null]);
      const unknown = await app.gql(SET, { input: { partnerId: '00000000-0000-4000-8000-000000000000', period: '2026-08', amount: { amount: '1.00', currency: 'EUR' } } }, cm);
      expect(failure(unknown)).toEqual(['NOT_FOUND', undefined, 'Partner 00000000-0000-4000-8000-000000000000 was not found', null]);
      expect(await quotaRows()).toEqual(before);
    });

    it("is brand staff's who write: a partner's manager, its own or another's, and an analyst are FORBIDDEN", async () => {
      const before = await quotaRows();
      for (const [who, partner] of [[managerB, ids.a], [managerA, ids.a], [analyst, ids.a]] as const) {
        const result = await app.gql(SET, { input: { partnerId: partner, period: '2026-08', amount: { amount: '1.00', currency: 'EUR' } } }, who);
        expect(failure(result)).toEqual(['FORBIDDEN', undefined, 'You may not do this', null]);
        expect(codeOf(await app.gql(REMOVE, { input: { partnerId: partner, period: '2026-07' } }, who))).toBe('FORBIDDEN');
      }
      expect(await quotaRows()).toEqual(before);
    });

    it('writes nothing for the same amount again, and a change of currency or amount once', async () => {
      const [{ set_at: setAt }] = await sql(`SELECT set_at FROM partner_quota WHERE partner_id = $1 AND period_kind = 'MONTH'`, [ids.a]);
      const same = ok(await app.gql(SET, { input: { partnerId: ids.a, period: '2026-07', amount: { amount: '1500', currency: 'EUR' } } }, cm), 'setPartnerQuota');
      expect([same.quota.amount, new Date(same.quota.setAt).getTime()]).toEqual([{ amountMinor: 150000, currency: 'EUR' }, setAt.getTime()]);
      expect(await writes('partner_quota', ids.a)).toBe(0);
      const other = ok(await app.gql(SET, { input: { partnerId: ids.a, period: '2026-07', amount: { amount: '1500.00', currency: 'PLN' } } }, cm), 'setPartnerQuota');
      expect(other.quota.amount).toEqual({ amountMinor: 150000, currency: 'PLN' });
      expect(await writes('partner_quota', ids.a)).toBe(1);
      ok(await app.gql(SET, { input: { partnerId: ids.a, period: '2026-07', amount: { amount: '1500.00', currency: 'EUR' } } }, cm), 'setPartnerQuota');
      expect(await writes('partner_quota', ids.a)).toBe(2);
    });

    it('removes a quota once; a quota that is not there is removed: false', async () => {
      ok(await app.gql(SET, { input: { partnerId: ids.b, period: '2026-09', amount: { amount: '10.00', currency: 'EUR' } } }, cm), 'setPartnerQuota');
      expect(ok(await app.gql(REMOVE, { input: { partnerId: ids.b, period: '2026-09' } }, cm), 'removePartnerQuota')).toEqual({ removed: true });
      expect(ok(await app.gql(REMOVE, { input: { partnerId: ids.b, period: '2026-09' } }, cm), 'removePartnerQuota')).toEqual({ removed: false });
      // A month quota and the quarter starting that month are different quotas.
      expect(ok(await app.gql(REMOVE, { input: { partnerId: ids.a, period: '2026-Q3' } }, cm), 'removePartnerQuota')).toEqual({ removed: true });
      expect((await quotaRows()).map((r: { partnerId: string; kind: string; start: string }) => [r.partnerId, r.kind, r.start])).toEqual([[ids.a, 'MONTH', '2026-07-01']]);
      expect(failure(await app.gql(REMOVE, { input: { partnerId: ids.a, period: '2026-00' } }, cm))).toEqual(
        ['BAD_USER_INPUT', 'period', 'period: must be a month as YYYY-MM or a quarter as YYYY-Qn', null]);
    });

    it("lists quotas: brand staff all partners', a partner's manager its own only", async () => {
      ok(await app.gql(SET, { input: { partnerId: ids.b, period: '2026-Q4', amount: { amount: '20.00', currency: 'EUR' } } }, cm), 'setPartnerQuota');
      const all = [
        { partnerId: ids.a, period: '2026-07', periodKind: 'MONTH', amount: { amountMinor: 150000, currency: 'EUR' } },
        { partnerId: ids.b, period: '2026-Q4', periodKind: 'QUARTER', amount: { amountMinor: 2000, currency: 'EUR' } },
      ].sort((x, y) => x.partnerId.localeCompare(y.partnerId));
      expect(ok(await app.gql(LIST, { from: '2026-01', to: '2026-12' }, cm), 'partnerQuotas')).toEqual(all);
      expect(ok(await app.gql(LIST, { from: '2026-01', to: '2026-12' }, analyst), 'partnerQuotas')).toEqual(all);
      expect(ok(await app.gql(LIST, { from: '2026-08', to: '2026-10' }, cm), 'partnerQuotas')).toEqual(all.filter((q) => q.partnerId === ids.b));
      expect(ok(await app.gql(LIST, { from: '2026-01', to: '2026-12' }, managerA), 'partnerQuotas')).toEqual(all.filter((q) => q.partnerId === ids.a));
      expect(ok(await app.gql(LIST, { partnerIds: [ids.b], from: '2026-01', to: '2026-12' }, managerA), 'partnerQuotas')).toEqual([]);
      expect(failure(await app.gql(LIST, { from: '2026-12', to: '2026-01' }, cm))).toEqual(['BAD_USER_INPUT', 'to', 'to: must not be before from', null]);
    });
  });

  describe('from CSV', () => {
    it('imports a good file (codes in any case), and the same file again changes nothing', async () => {
      const csv = `${HEADER}\n${codes.a.toLowerCase()},2026-08,100.00,EUR\n${codes.b},2026-Q3,250,EUR\n${codes.a},2026-Q3,300.5,EUR\n`;
      expect(ok(await app.gql(IMPORT, { csv }, cm), 'importPartnerQuotas')).toEqual({ rows: 3, changed: 3 });
      expect(ok(await app.gql(IMPORT, { csv }, cm), 'importPartnerQuotas')).toEqual({ rows: 3, changed: 0 });
      const rows = (await quotaRows()).filter((r: { start: string }) => r.start >= '2026-07-01' && r.start < '2026-10-01');
      expect(rows).toEqual([
        { partnerId: ids.a, kind: 'MONTH', start: '2026-07-01', amount: 150000, currency: 'EUR', setBy: ids.cm },
        { partnerId: ids.a, kind: 'QUARTER', start: '2026-07-01', amount: 30050, currency: 'EUR', setBy: ids.cm },
        { partnerId: ids.a, kind: 'MONTH', start: '2026-08-01', amount: 10000, currency: 'EUR', setBy: ids.cm },
        { partnerId: ids.b, kind: 'QUARTER', start: '2026-07-01', amount: 25000, currency: 'EUR', setBy: ids.cm },
      ].sort((x, y) => `${x.partnerId}${x.start}`.localeCompare(`${y.partnerId}${y.start}`)));
    });

    it('answers every bad row with its line and field and writes nothing', async () => {
      const before = await quotaRows();
      const csv = [
        HEADER,
        'NOPE,2026-08,1.00,EUR',
        `${codes.a},2026-13,1.00,EUR`,
        `${codes.a},2026-08,abc,EUR`,
        `${codes.a},2026-08,0,EUR`,
        `${codes.a},2026-08,1.00,eur`,
        `${codes.b},2026-09,1.00,EUR`,
        `${codes.b.toLowerCase()},2026-09,2.00,EUR`,
        `${codes.b},2026-10,9999999999999,EUR`,
        `${codes.b},2026-10,5.00,EUR`,
      ].join('\n');
      const result = await app.gql(IMPORT, { csv }, cm);
      expect(failure(result)).toEqual(['BAD_USER_INPUT', 'csv', 'The file has 7 error(s); nothing was written', null]);
      expect(result.errors![0].extensions!.errors).toEqual([
        { line: 2, field: 'partner_code', reason: 'names no partner you may see' },
        { line: 3, field: 'period', reason: 'must be a month as YYYY-MM or a quarter as YYYY-Qn' },
        { line: 4, field: 'amount', reason: 'must be an amount with at most two decimals, like 1249.00' },
        { line: 5, field: 'amount', reason: 'must be more than 0' },
        { line: 6, field: 'currency', reason: 'must be a three-letter ISO currency code' },
        { line: 8, field: 'period', reason: 'repeats line 7 for this partner' },
        { line: 9, field: 'amount', reason: 'must be at most 1000000000000.00' },
      ]);
      expect(await quotaRows()).toEqual(before);
    });

    it('refuses a file with a partner and period repeated, an unknown partner code, a bad header, NUL bytes or more than 20,000 rows', async () => {
      const before = await quotaRows();
      const errorsOf = async (csv: string) => {
        const result = await app.gql(IMPORT, { csv }, cm);
        expect([codeOf(result), result.data]).toEqual(['BAD_USER_INPUT', null]);
        return [result.errors![0].message, result.errors![0].extensions!.errors];
      };
      expect(await errorsOf(`${HEADER}\n${codes.a},2026-11,1.00,EUR\n${codes.b},2026-11,1.00,EUR\n${codes.a},2026-11,1.00,PLN\n`)).toEqual([
        'The file has 1 error(s); nothing was written', [{ line: 4, field: 'period', reason: 'repeats line 2 for this partner' }]]);
      expect(await errorsOf(`${HEADER}\nTNOSUCH,2026-11,1.00,EUR\n`)).toEqual([
        'The file has 1 error(s); nothing was written', [{ line: 2, field: 'partner_code', reason: 'names no partner you may see' }]]);
      expect(await errorsOf(`partner_code,period,amount\n${codes.a},2026-11,1.00\n`)).toEqual([
        'The file has 1 error(s); nothing was written', [{ line: 1, field: 'currency', reason: 'the header must name partner_code, period, amount, currency' }]]);
      const rows = Array.from({ length: 20_001 }, (_, i) => `${codes.a},${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},1.00,EUR`);
      expect(await errorsOf(`${HEADER}\n${rows.join('\n')}\n`)).toEqual([
        'The file has 1 error(s); nothing was written', [{ line: 20_002, field: 'file', reason: 'has more than 20000 rows' }]]);
      const nul = await app.gql(IMPORT, { csv: `${HEADER}\n${codes.a},2026-11,1.00,EUR\u0000\n` }, cm);
      expect(failure(nul)).toEqual(['BAD_USER_INPUT', '$csv', '$csv: must not contain NUL characters', null]);
      expect(await quotaRows()).toEqual(before);
    });

    it('reports the first 200 errors of a file with more', async () => {
      const rows = Array.from({ length: 250 }, (_, i) => `TNOSUCH${i},2026-11,1.00,EUR`);
      const result = await app.gql(IMPORT, { csv: `${HEADER}\n${rows.join('\n')}\n` }, cm);
      expect(failure(result)).toEqual(['BAD_USER_INPUT', 'csv', 'The file has at least 200 error(s); nothing was written', null]);
      const errors = result.errors![0].extensions!.errors as { line: number }[];
      expect([errors.length, errors[0], errors[199]]).toEqual([200, { line: 2, field: 'partner_code', reason: 'names no partner you may see' },
        { line: 201, field: 'partner_code', reason: 'names no partner you may see' }]);
    });
  });

  describe('market sizes', () => {
    it('sets a market size per territory and year, lists them, and writes nothing for the same amount', async () => {
      const set = ok(await app.gql(MARKET, { input: { territoryId: ids.territory, year: 2026, amount: { amount: '120000.00', currency: 'EUR' } } }, cm), 'setTerritoryMarket');
      expect(set.market).toEqual({ territoryId: ids.territory, year: 2026, amount: { amountMinor: 12000000, currency: 'EUR' } });
      ok(await app.gql(MARKET, { input: { territoryId: ids.territory, year: 2027, amount: { amount: '130000', currency: 'EUR' } } }, cm), 'setTerritoryMarket');
      ok(await app.gql(MARKET, { input: { territoryId: ids.territory, year: 2026, amount: { amount: '120000.00', currency: 'EUR' } } }, cm), 'setTerritoryMarket');
      expect(await writes('territory_market', ids.territory)).toBe(0);
      expect(ok(await app.gql(MARKETS, { year: 2026 }, analyst), 'territoryMarkets')).toEqual([
        { territoryId: ids.territory, year: 2026, amount: { amountMinor: 12000000, currency: 'EUR' } }]);
      expect(ok(await app.gql(MARKETS, {}, cm), 'territoryMarkets')).toEqual([
        { territoryId: ids.territory, year: 2026, amount: { amountMinor: 12000000, currency: 'EUR' } },
        { territoryId: ids.territory, year: 2027, amount: { amountMinor: 13000000, currency: 'EUR' } }]);
    });

    it('names a zero amount and an unknown territory; partners and analysts may not set them, partners not read them', async () => {
      const set = (territoryId: string, amount: string, who = cm) => app.gql(MARKET, { input: { territoryId, year: 2026, amount: { amount, currency: 'EUR' } } }, who);
      expect(failure(await set(ids.territory, '0'))).toEqual(['BAD_USER_INPUT', 'amount.amount', 'amount.amount: must be more than 0', null]);
      expect(failure(await set('00000000-0000-4000-8000-000000000000', '1.00'))).toEqual(['NOT_FOUND', undefined, 'Territory 00000000-0000-4000-8000-000000000000 was not found', null]);
      expect(codeOf(await set(ids.territory, '1.00', analyst))).toBe('FORBIDDEN');
      expect(codeOf(await set(ids.territory, '1.00', managerA))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(MARKETS, {}, managerA))).toBe('FORBIDDEN');
      expect(await sql(`SELECT year, amount_minor::int AS amount FROM territory_market ORDER BY year`)).toEqual([{ year: 2026, amount: 12000000 }, { year: 2027, amount: 13000000 }]);
    });
  });

  describe('quota completion', () => {
    it('completes a quarter against its own quarterly quota, else against the sum of its monthly ones', async () => {
      const [monthly, quarterly, none] = [await f.givenPartner(), await f.givenPartner(), await f.givenPartner()];
      let n = 0;
      const sellIn = async (partnerId: string, net: number, submitted: string) => {
        n += 1;
        await sql(`INSERT INTO sales_order (number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, idempotency_key, payload_hash, submitted_at)
                   VALUES ($1, 'SELL_IN', $2, 'CONFIRMED', 'EUR', $3, 0, $3, $4, 'hash', $5)`, [`O-Q-${n}`, partnerId, net, `quota-key-${n}`, submitted]);
      };
      // Monthly quotas of 100.00 for July, August and September; 240.00 sold in the quarter.
      const csv = `${HEADER}\n${['07', '08', '09'].map((m) => `${monthly.code},2026-${m},100.00,EUR`).join('\n')}\n`;
      expect(ok(await app.gql(IMPORT, { csv }, cm), 'importPartnerQuotas')).toEqual({ rows: 3, changed: 3 });
      await sellIn(monthly.id, 10000, '2026-07-05T00:00:00Z');
      await sellIn(monthly.id, 14000, '2026-09-30T23:59:59Z');
      // A quarterly quota of 500.00 beside a July quota of 100.00: the quarter counts its own; 250.00 sold.
      ok(await app.gql(SET, { input: { partnerId: quarterly.id, period: '2026-Q3', amount: { amount: '500.00', currency: 'EUR' } } }, cm), 'setPartnerQuota');
      ok(await app.gql(SET, { input: { partnerId: quarterly.id, period: '2026-07', amount: { amount: '100.00', currency: 'EUR' } } }, cm), 'setPartnerQuota');
      await sellIn(quarterly.id, 5000, '2026-07-01T00:00:00Z');
      await sellIn(quarterly.id, 20000, '2026-08-15T00:00:00Z');
      // No quota: its 1000.00 of sell-in is the group's, not its completion's; a sale in October is the next quarter's.
      await sellIn(none.id, 100000, '2026-08-01T00:00:00Z');
      await sellIn(monthly.id, 99900, '2026-10-01T00:00:00Z');
      await app.scopes.runSystem('test rollup', (scope) => app.services.kpiRollup.refresh(scope));
      const partnerIds = [monthly.id, quarterly.id, none.id];
      const byPartner = ok<any[]>(await app.gql(METRICS, { groupBy: 'PARTNER', periodKind: 'QUARTER', from: '2026-Q3', to: '2026-Q3', ids: partnerIds }, cm), 'channelMetrics');
      const of = (id: string) => byPartner.find((r) => r.groupKey === id).figures;
      expect(of(monthly.id)).toEqual({ sellIn: { amountMinor: 24000 }, quota: { amountMinor: 30000 }, quotaCompletion: 0.8 });
      expect(of(quarterly.id)).toEqual({ sellIn: { amountMinor: 25000 }, quota: { amountMinor: 50000 }, quotaCompletion: 0.5 });
      expect(of(none.id)).toEqual({ sellIn: { amountMinor: 100000 }, quota: null, quotaCompletion: null });
      const channel = ok<any[]>(await app.gql(METRICS, { groupBy: 'CHANNEL', periodKind: 'QUARTER', from: '2026-Q3', to: '2026-Q4', ids: partnerIds }, cm), 'channelMetrics');
      expect(channel.map((r) => [r.period, r.figures])).toEqual([
        ['2026-Q3', { sellIn: { amountMinor: 149000 }, quota: { amountMinor: 80000 }, quotaCompletion: 49000 / 80000 }],
        ['2026-Q4', { sellIn: { amountMinor: 99900 }, quota: null, quotaCompletion: null }],
      ]);
      // Months count monthly quotas only.
      const months = ok<any[]>(await app.gql(METRICS, { groupBy: 'PARTNER', periodKind: 'MONTH', from: '2026-07', to: '2026-09', ids: [quarterly.id] }, cm), 'channelMetrics');
      expect(months.map((r) => [r.period, r.figures])).toEqual([
        ['2026-07', { sellIn: { amountMinor: 5000 }, quota: { amountMinor: 10000 }, quotaCompletion: 0.5 }],
        ['2026-08', { sellIn: { amountMinor: 20000 }, quota: null, quotaCompletion: null }],
        ['2026-09', { sellIn: { amountMinor: 0 }, quota: null, quotaCompletion: null }],
      ]);
    });
  });
});
