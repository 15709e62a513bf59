import type { PartnerKind, PartnerStatus } from '../gql/graphql';

/** The schema's enums in the order people expect them in a choice (the schema lists them alphabetically). */
export const PARTNER_KINDS: readonly PartnerKind[] = ['DISTRIBUTOR', 'RESELLER', 'DEALER', 'SERVICE_PARTNER'];
export const PARTNER_STATUSES: readonly PartnerStatus[] = ['PROSPECT', 'ONBOARDING', 'ACTIVE', 'SUSPENDED', 'TERMINATED'];
