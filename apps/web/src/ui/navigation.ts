import type { Role } from '@trellis/schema';
import type { enPortal } from '../i18n/en-portal';

/** An item's text: a key of the `nav` section, or a page's own section's (the follow-ups and applications keep theirs together). */
export type NavLabel = keyof (typeof enPortal)['nav'] | 'followUps' | 'applications' | 'tiers' | 'tierStanding' | 'incentives';

/** The full key of an item's text. */
export function navLabelKey(label: NavLabel): `nav.${keyof (typeof enPortal)['nav']}` | 'followups.nav' | 'applications.nav' | 'tiers.nav' | 'tiers.partnerNav' | 'incentives.nav' {
  if (label === 'applications') return 'applications.nav';
  if (label === 'tiers') return 'tiers.nav';
  if (label === 'tierStanding') return 'tiers.partnerNav';
  if (label === 'incentives') return 'incentives.nav';
  return label === 'followUps' ? 'followups.nav' : `nav.${label}`;
}

export interface NavItem {
  to: string;
  label: NavLabel;
  /** Active only on this exact path (a portal's home), not on the paths below it. */
  end?: boolean;
}

const CHANNEL: NavItem[] = [
  { to: '/channel', label: 'channelHome', end: true },
  { to: '/channel/partners', label: 'partners' },
  { to: '/channel/applications', label: 'applications' },
  { to: '/channel/follow-ups', label: 'followUps' },
  { to: '/channel/catalog', label: 'catalog' },
  { to: '/channel/leads', label: 'leads' },
  { to: '/channel/registrations', label: 'registrations' },
  { to: '/channel/orders', label: 'orders' },
  { to: '/channel/inventory', label: 'inventory' },
  { to: '/channel/service', label: 'service' },
  { to: '/channel/mdf', label: 'mdf' },
  { to: '/channel/solutions', label: 'solutions' },
  { to: '/channel/policies', label: 'policies' },
  { to: '/channel/announcements', label: 'announcements' },
  { to: '/channel/tiers', label: 'tiers' },
  { to: '/channel/incentives', label: 'incentives' },
  { to: '/channel/performance', label: 'performance' },
];

/** The portal pages each role may open, in the order the navigation lists them. */
export function navFor(role: Role): NavItem[] {
  switch (role) {
    case 'ADMIN':
      return [...CHANNEL, { to: '/channel/settings', label: 'settings' }, { to: '/analytics', label: 'analytics' }];
    case 'CHANNEL_MANAGER':
      return CHANNEL;
    case 'ANALYST':
      return [
        { to: '/channel/performance', label: 'performance' },
        { to: '/channel/policies', label: 'policies' },
        { to: '/channel/announcements', label: 'announcements' },
        { to: '/channel/tiers', label: 'tiers' },
        { to: '/channel/incentives', label: 'incentives' },
        { to: '/analytics', label: 'analytics' },
      ];
    case 'PARTNER_MANAGER':
      return [
        { to: '/partner', label: 'partnerHome', end: true },
        { to: '/partner/offers', label: 'offers' },
        { to: '/partner/showroom', label: 'showroom' },
        { to: '/partner/leads', label: 'leads' },
        { to: '/partner/orders', label: 'orders' },
        { to: '/partner/inventory', label: 'inventory' },
        { to: '/partner/service', label: 'service' },
        { to: '/partner/mdf', label: 'mdf' },
        { to: '/partner/registrations', label: 'registrations' },
        { to: '/partner/policies', label: 'policies' },
        { to: '/partner/announcements', label: 'announcements' },
        { to: '/partner/tier', label: 'tierStanding' },
        { to: '/partner/incentives', label: 'incentives' },
        { to: '/partner/staff', label: 'staff' },
      ];
    case 'PARTNER_EMPLOYEE':
      return [
        { to: '/partner', label: 'partnerHome', end: true },
        { to: '/partner/offers', label: 'offers' },
        { to: '/partner/leads', label: 'leads' },
        { to: '/partner/orders', label: 'orders' },
        { to: '/partner/inventory', label: 'inventory' },
        { to: '/partner/service', label: 'service' },
        { to: '/partner/mdf', label: 'mdf' },
        { to: '/partner/registrations', label: 'registrations' },
        { to: '/partner/policies', label: 'policies' },
        { to: '/partner/announcements', label: 'announcements' },
        { to: '/partner/tier', label: 'tierStanding' },
        { to: '/partner/incentives', label: 'incentives' },
      ];
  }
}

export type PortalName = keyof (typeof enPortal)['portal'];

export function portalOf(path: string): PortalName {
  if (path.startsWith('/channel')) return 'channel';
  if (path.startsWith('/partner')) return 'partner';
  if (path.startsWith('/analytics')) return 'analytics';
  return 'account';
}
