import { Role, isBrandRole } from './role';

/** Who is asking: resolved once per request from the session cookie or API token. */
export interface Viewer {
  userId: string;
  role: Role;
  email: string;
  displayName: string;
  /** The viewer's own partner; null for brand-owner staff. */
  partnerId: string | null;
  /** Partners this viewer may see: its own plus its children (distributors). Brand-owner roles: 'ALL'. */
  visiblePartnerIds: readonly string[] | 'ALL';
  via: 'SESSION' | 'API_TOKEN';
  sessionId?: string;
}

export function canSeePartner(viewer: Viewer, partnerId: string): boolean {
  return viewer.visiblePartnerIds === 'ALL' || viewer.visiblePartnerIds.includes(partnerId);
}

export function visibleIdsOf(role: Role, partnerIds: readonly string[]): readonly string[] | 'ALL' {
  return isBrandRole(role) ? 'ALL' : partnerIds;
}
