import { storedValue } from './storedValue';

/** Where the visitor looks for partners: a place they typed or their own position, and how far to look. */
export interface VisitorLocation {
  label: string;
  latitude: number;
  longitude: number;
  radiusKm: number;
}

export const RADII_KM = [10, 25, 50, 100, 250] as const;
export const DEFAULT_RADIUS_KM = 50;

// This tab only: a position is personal, and the next visit may start elsewhere.
const stored = storedValue<VisitorLocation | null>('session', 'trellis.location', (raw) => {
  const value = raw as VisitorLocation | null;
  return value && Number.isFinite(value.latitude) && Number.isFinite(value.longitude) && typeof value.label === 'string'
    ? { ...value, radiusKm: RADII_KM.includes(value.radiusKm as never) ? value.radiusKm : DEFAULT_RADIUS_KM }
    : null;
});

export const useVisitorLocation = stored.use;
export const setVisitorLocation = (location: VisitorLocation | null) => stored.set(location);
