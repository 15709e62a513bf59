import { PartnerKind, PartnerStatus } from '@trellis/schema';
import { enumValues } from './enumValues';

export const PARTNER_KINDS = enumValues(PartnerKind, ['DISTRIBUTOR', 'RESELLER', 'DEALER', 'SERVICE_PARTNER']);
export const PARTNER_STATUSES = enumValues(PartnerStatus, ['PROSPECT', 'ONBOARDING', 'ACTIVE', 'SUSPENDED', 'TERMINATED']);
