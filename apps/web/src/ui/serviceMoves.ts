import type { Role, ServiceCaseStatus } from '@trellis/schema';
import { PARTNER_ROLES } from './viewer';

/** The moves of a service case, as the API's mutations name them (start is the first response). */
export type ServiceMove = 'start' | 'waitForCustomer' | 'resume' | 'resolve' | 'reopen' | 'close';

const BY_STATUS: Record<ServiceCaseStatus, ServiceMove[]> = {
  OPEN: ['start', 'resolve'],
  IN_PROGRESS: ['waitForCustomer', 'resolve'],
  WAITING_FOR_CUSTOMER: ['resume', 'resolve'],
  RESOLVED: ['reopen', 'close'],
  CLOSED: [],
};

/**
 * The moves the viewer may make on a case now, in the order the page offers them: the API's rules
 * (apps/api/src/modules/service/service-case.service.ts), so that a button shows only where the move would
 * pass. Only the partner's people work a case (any case they can see); brand staff read it.
 */
export function serviceMoves(viewer: { role: Role } | null, status: ServiceCaseStatus): ServiceMove[] {
  if (!viewer || !PARTNER_ROLES.includes(viewer.role)) return [];
  return BY_STATUS[status];
}

/** The status each move leads to, for the notice that confirms it. */
export const MOVE_TARGET: Record<ServiceMove, ServiceCaseStatus> = {
  start: 'IN_PROGRESS',
  waitForCustomer: 'WAITING_FOR_CUSTOMER',
  resume: 'IN_PROGRESS',
  resolve: 'RESOLVED',
  reopen: 'IN_PROGRESS',
  close: 'CLOSED',
};

/**
 * A span of time in the largest two units that matter ("2 d 4 h", "3 h 5 min", "12 min"), for first-response
 * and resolution times; null when it has not ended yet.
 */
export function durationParts(fromIso: string, toIso: string | null): { days: number; hours: number; minutes: number } | null {
  if (!toIso) return null;
  const minutes = Math.max(0, Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}
