import { PartnerDirectory } from '../../access/partner-directory';

/**
 * How access learns the hierarchy: a partner user sees its own partner and that partner's children.
 * Suspended and terminated partners' users cannot sign in.
 */
export const partnerDirectory: PartnerDirectory = {
  visiblePartnerIdsSql: (partnerId) =>
    `ARRAY(SELECT ${partnerId} UNION ALL SELECT child.id FROM partner child WHERE child.parent_id = ${partnerId})`,
  partnerAllowsSignInSql: (partnerId) =>
    `EXISTS (SELECT 1 FROM partner own WHERE own.id = ${partnerId} AND own.status NOT IN ('SUSPENDED', 'TERMINATED'))`,
};
