/**
 * What access needs to know of the partner hierarchy, handed over by the partners module at boot so that
 * access never imports a module. Each function returns an SQL expression over a partner id expression.
 * The viewer lookup itself, trellis_authenticate (migration 1732800000000), states the same rules in SQL:
 * a partner user sees its own partner and its children; users of a suspended or terminated partner
 * cannot sign in. A change to these rules changes that function too.
 */
export interface PartnerDirectory {
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
