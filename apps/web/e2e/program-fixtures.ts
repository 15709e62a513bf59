import { givenTier, uniqueSuffix, type ApiSession } from './fixtures';

export interface GivenProgramDocuments {
  /** A policy with a published version 1 and the draft of version 2. */
  policyId: string;
  /** A published announcement, and a draft one. */
  announcementId: string;
  draftAnnouncementId: string;
}

/** Today in this machine's zone (the browser's too), as the API writes days. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * Sales policies and announcements for one partner, as a channel manager writes them: the partner gets a tier
 * of its own (the admin creates it), and the documents go to that tier only, so that no other spec's partners
 * receive them.
 */
export async function givenProgramDocuments(admin: ApiSession, channelManager: ApiSession, partnerId: string): Promise<GivenProgramDocuments> {
  const suffix = uniqueSuffix(4);
  const tier = await givenTier(admin, `Programs Tier ${suffix}`);
  await channelManager.request(`mutation Assign($input: AssignPartnerTierInput!) { assignPartnerTier(input: $input) { partner { id } } }`, { input: { partnerId, tierId: tier.id } });
  const audience = { tierIds: [tier.id] };
  const { createSalesPolicy } = await channelManager.request<{ createSalesPolicy: { policy: { id: string; draft: { id: string } } } }>(
    `mutation Create($input: CreateSalesPolicyInput!) { createSalesPolicy(input: $input) { policy { id draft { id } } } }`,
    { input: { kind: 'PAYMENT_TERMS', title: `Payment terms ${suffix}`, body: 'Invoices are due in 30 days.\nEarly payment: 2% off.', effectiveOn: today(), changeNote: 'First edition', audience } });
  const policyId = createSalesPolicy.policy.id;
  await channelManager.request(`mutation Publish($id: ID!) { publishSalesPolicyVersion(input: { versionId: $id }) { version { id } } }`, { id: createSalesPolicy.policy.draft.id });
  await channelManager.request(`mutation Draft($input: SaveSalesPolicyDraftInput!) { saveSalesPolicyDraft(input: $input) { version { id } } }`,
    { input: { policyId, body: 'Invoices are due in 45 days.\nEarly payment: 2% off.', effectiveOn: today(), changeNote: 'Longer payment term' } });

  const create = async (title: string) => (await channelManager.request<{ createAnnouncement: { announcement: { id: string } } }>(
    `mutation Create($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { announcement { id } } }`,
    { input: { kind: 'NEWS', title, body: 'The new catalog is out.\nOrder samples from your account manager.', audience } })).createAnnouncement.announcement.id;
  const announcementId = await create(`New catalog ${suffix}`);
  await channelManager.request(`mutation Publish($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }`,
    { input: { announcementId } });
  const draftAnnouncementId = await create(`Summer fair ${suffix}`);
  return { policyId, announcementId, draftAnnouncementId };
}
