import { Role } from '@trellis/schema';

/**
 * Who may open what, by role: plain data, so that the route table (SignedInRoutes.tsx) and the not-found page
 * read it without the viewer query and Apollo Client behind it (ui/viewer.ts).
 */

export const CHANNEL_ROLES: readonly Role[] = ['ADMIN', 'CHANNEL_MANAGER'];
export const ANALYTICS_ROLES: readonly Role[] = ['ANALYST', 'ADMIN'];
export const PARTNER_ROLES: readonly Role[] = ['PARTNER_MANAGER', 'PARTNER_EMPLOYEE'];
/** Channel performance (dashboard, comparison, signals, quotas, scorecards): analysts read them too. */
export const PERFORMANCE_ROLES: readonly Role[] = ['ADMIN', 'CHANNEL_MANAGER', 'ANALYST'];
export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Where each role starts after signing in. */
export function homeOf(role: Role): string {
  if (CHANNEL_ROLES.includes(role)) return '/channel';
  if (role === 'ANALYST') return '/analytics';
  return '/partner';
}

/** The roles each portal admits; a path outside every portal (e.g. /account) admits everyone. */
export function rolesFor(path: string): readonly Role[] {
  if (path === '/channel/settings' || path.startsWith('/channel/settings/')) return ['ADMIN'];
  if (path === '/partner/staff' || path === '/partner/showroom') return ['PARTNER_MANAGER'];
  if (path === '/channel/performance' || path.startsWith('/channel/performance/') || /^\/channel\/partners\/[^/]+\/scorecard$/.test(path)) return PERFORMANCE_ROLES;
  // Sales policies and announcements: analysts read them (channel writers alone change them).
  if (/^\/channel\/(?:policies|announcements)(?:\/|$)/.test(path)) return PERFORMANCE_ROLES;
  // The tier ladder and proposals: analysts read them (admins change criteria, channel writers decide).
  if (/^\/channel\/tiers(?:\/|$)/.test(path)) return PERFORMANCE_ROLES;
  // Incentives: analysts read the terms, accruals and statements (channel writers alone change them).
  if (/^\/channel\/incentives(?:\/|$)/.test(path)) return PERFORMANCE_ROLES;
  if (path.startsWith('/channel')) return CHANNEL_ROLES;
  if (path.startsWith('/analytics')) return ANALYTICS_ROLES;
  if (path.startsWith('/partner')) return PARTNER_ROLES;
  return ALL_ROLES;
}

/** A sign-in's "next" target, only when it is a path of this site that the role may open. */
export function safeNext(next: string | null, role: Role): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return homeOf(role);
  const path = next.split(/[?#]/)[0]!;
  return rolesFor(path).includes(role) && path !== '/' && path !== '/signin' ? next : homeOf(role);
}
