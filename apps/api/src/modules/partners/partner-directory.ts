import { PartnerDirectory } from '../../access/partner-directory';

/**
 * How access learns the hierarchy: a partner user sees its own partner and that partner's children
 * (trellis_authenticate states it in SQL). Suspended and terminated partners' users cannot sign in.
 */
export const partnerDirectory: PartnerDirectory = {
  partnerAllowsSignInSql: (partnerId) =>
    `EXISTS (SELECT 1 FROM partner own WHERE own.id = ${partnerId} AND own.status NOT IN ('SUSPENDED', 'TERMINATED'))`,
};
