/**
 * What access needs to know of the partner hierarchy, handed over by the partners module at boot so that
 * access never imports a module. Each function returns an SQL expression over a partner id expression,
 * so that resolving a viewer stays one statement.
 */
export interface PartnerDirectory {
  /** uuid[]: the partners a user of this partner may see (itself, and its children for a distributor). */
  visiblePartnerIdsSql(partnerId: string): string;
  /** boolean: whether users of this partner may sign in at all. */
  partnerAllowsSignInSql(partnerId: string): string;
}

let directory: PartnerDirectory | undefined;

export function registerPartnerDirectory(value: PartnerDirectory): void {
  directory = value;
}

export function partnerDirectory(): PartnerDirectory {
  if (!directory) throw new Error('the partners module has not registered its directory');
  return directory;
}
