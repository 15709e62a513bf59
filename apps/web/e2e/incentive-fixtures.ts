import { givenTier, uniqueSuffix, type ApiSession } from './fixtures';

/**
 * A published 2% quarterly sell-in rebate from €10,000.00 for a tier of its own, which the partner is given
 * (so that no other partner sees it), computed once: its channel page and the partner's incentives page have
 * something to show. The incentive's id.
 */
export async function givenIncentiveFor(admin: ApiSession, channelManager: ApiSession, partnerId: string): Promise<string> {
  const tier = await givenTier(admin, `Rebate Tier ${uniqueSuffix(4)}`);
  await channelManager.request(`mutation Assign($input: AssignPartnerTierInput!) { assignPartnerTier(input: $input) { partner { id } } }`,
    { input: { partnerId, tierId: tier.id } });
  const now = new Date();
  const quarter = `${now.getUTCFullYear()}-${String(Math.floor(now.getUTCMonth() / 3) * 3 + 1).padStart(2, '0')}-01`;
  const { createIncentiveProgram } = await channelManager.request<{ createIncentiveProgram: { program: { id: string } } }>(
    `mutation Create($input: CreateIncentiveProgramInput!) { createIncentiveProgram(input: $input) { program { id } } }`, {
      input: {
        name: `Quarterly rebate ${uniqueSuffix(4)}`, description: 'Two per cent back on what you buy.', kind: 'REBATE', basis: 'SELL_IN', currency: 'EUR',
        rateBasisPoints: 200, threshold: '10000.00', period: 'QUARTER', startsOn: quarter, audience: { tierIds: [tier.id], kinds: [], territoryIds: [] },
      },
    });
  const id = createIncentiveProgram.program.id;
  await channelManager.request(`mutation Publish($input: PublishIncentiveProgramInput!) { publishIncentiveProgram(input: $input) { program { id } } }`, { input: { programId: id } });
  await channelManager.request(`mutation { computeIncentives { computation { programs } } }`);
  return id;
}
