import { ApiSession, uniqueSuffix } from './fixtures';

/** Data the API keeps for "Become a partner" applications, for the specs that need some. */

const APPLY = `mutation Apply($input: ApplyForPartnershipInput!) { applyForPartnership(input: $input) { reference status } }`;
const CONSENT = 'I agree that my data is processed to assess this application.';

/** An application as an anonymous visitor sends it: its reference (PA-…). */
export async function givenApplication(input: Record<string, unknown> = {}): Promise<string> {
  const suffix = uniqueSuffix(6).toLowerCase();
  const { applyForPartnership } = await new ApiSession().request<{ applyForPartnership: { reference: string } }>(APPLY, {
    input: {
      companyName: `Applicant ${suffix}`, taxId: `PL${String(Math.floor(1e9 + Math.random() * 9e9))}`, kind: 'RESELLER', country: 'PL', city: 'Poznań',
      contactName: 'Ewa Nowak', contactEmail: `ewa-${suffix}@applicant-${suffix}.example`, consent: true, consentText: CONSENT, language: 'EN', ...input,
    },
  });
  return applyForPartnership.reference;
}

/** An application's id, from its reference (newest first: among the last hundred). */
export async function applicationIdOf(brandUser: ApiSession, reference: string): Promise<string> {
  const { partnerApplications } = await brandUser.request<{ partnerApplications: { edges: { node: { id: string; number: string } }[] } }>(
    `query { partnerApplications(first: 100) { edges { node { id number } } } }`);
  const found = partnerApplications.edges.find((e) => e.node.number === reference);
  if (!found) throw new Error(`No application ${reference}`);
  return found.node.id;
}

/** Approves an application: the partner it became (in ONBOARDING), with its code and first manager's invitation link. */
export async function givenApproved(channelManager: ApiSession, applicationId: string, code = `AP-${uniqueSuffix(6)}`) {
  const { approvePartnerApplication } = await channelManager.request<{
    approvePartnerApplication: { partner: { id: string; name: string }; firstManagerInvitation: { invitationUrl: string } | null };
  }>(
    `mutation A($input: ApprovePartnerApplicationInput!) { approvePartnerApplication(input: $input) { partner { id name } firstManagerInvitation { invitationUrl } } }`,
    { input: { applicationId, code } });
  return { ...approvePartnerApplication.partner, code, invitationUrl: approvePartnerApplication.firstManagerInvitation?.invitationUrl ?? null };
}
