import { Role } from './role';
import { Viewer } from './viewer';

/** Trellis acting for itself (demo data, command-line tasks): sees everything, recorded as no one. */
export const SYSTEM_VIEWER: Viewer = {
  userId: '',
  role: Role.ADMIN,
  email: 'system@trellis.local',
  displayName: 'Trellis',
  partnerId: null,
  visiblePartnerIds: 'ALL',
  via: 'SESSION',
};
