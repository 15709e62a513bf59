/**
 * The tier rule, as a function of figures alone: the same figures give the same answer for every partner.
 *
 * - A tier's ENTRY criteria say what a partner needs to enter it, its KEEP criteria what it needs to stay;
 *   a tier with no criteria of a purpose asks nothing for it. Every criterion is a minimum of one metric.
 * - Promotion: the best tier (highest rank) whose entry criteria the partner meets, when it ranks above the
 *   partner's tier (or the partner has none).
 * - Demotion: when the partner misses a keep criterion of its tier, the best lower tier whose keep criteria
 *   it meets (none: no tier).
 */

export type TierMetric = 'SELL_IN' | 'SELL_OUT' | 'LEAD_ACCEPTANCE_RATE' | 'WIN_RATE' | 'TRAINED_STAFF';
export type CriterionPurpose = 'ENTRY' | 'KEEP';

export interface Criterion {
  tierId: string;
  purpose: CriterionPurpose;
  metric: TierMetric;
  /** Minor units for SELL_IN / SELL_OUT (in `currency`), percent for rates, people for TRAINED_STAFF. */
  minimum: number;
  currency: string | null;
}

/** A partner's figures over the program's window, as the evaluation stores them. */
export interface WindowMetrics {
  SELL_IN: Record<string, number>;
  SELL_OUT: Record<string, number>;
  /** Percent with one decimal; null without any dispatched lead (or decided lead, for the win rate). */
  LEAD_ACCEPTANCE_RATE: number | null;
  WIN_RATE: number | null;
  TRAINED_STAFF: number;
}

export interface CriterionCheck extends Criterion {
  value: number | null;
  met: boolean;
  /** How much is missing (in the criterion's unit); 0 when met. */
  gap: number;
}

export interface TierRef {
  id: string;
  rank: number;
}

export interface TierDecision {
  direction: 'PROMOTION' | 'DEMOTION';
  fromTierId: string | null;
  toTierId: string | null;
  /** The criteria the decision rests on, with the partner's figures. */
  facts: CriterionCheck[];
}

export function valueOf(metrics: WindowMetrics, c: Pick<Criterion, 'metric' | 'currency'>): number | null {
  switch (c.metric) {
    case 'SELL_IN':
    case 'SELL_OUT':
      return metrics[c.metric][c.currency ?? ''] ?? 0;
    default:
      return metrics[c.metric];
  }
}

export function check(metrics: WindowMetrics, c: Criterion): CriterionCheck {
  const value = valueOf(metrics, c);
  const met = value != null && value >= c.minimum;
  const gap = met ? 0 : Math.max(0, c.minimum - (value ?? 0));
  return { ...c, value, met, gap: Number.isInteger(gap) ? gap : Math.round(gap * 10) / 10 };
}

export function checksOf(metrics: WindowMetrics, criteria: readonly Criterion[], tierId: string, purpose: CriterionPurpose): CriterionCheck[] {
  return criteria.filter((c) => c.tierId === tierId && c.purpose === purpose).map((c) => check(metrics, c));
}

const allMet = (checks: readonly CriterionCheck[]) => checks.every((c) => c.met);

/** What the rule says for one partner: a promotion, a demotion, or null (its tier stays). */
export function decide(tiers: readonly TierRef[], criteria: readonly Criterion[], currentTierId: string | null, metrics: WindowMetrics): TierDecision | null {
  const ranked = [...tiers].sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id));
  const current = ranked.find((t) => t.id === currentTierId) ?? null;
  const best = ranked.find((t) => allMet(checksOf(metrics, criteria, t.id, 'ENTRY')));
  if (best && (!current || best.rank > current.rank)) {
    return { direction: 'PROMOTION', fromTierId: current?.id ?? null, toTierId: best.id, facts: checksOf(metrics, criteria, best.id, 'ENTRY') };
  }
  if (!current) return null;
  const keep = checksOf(metrics, criteria, current.id, 'KEEP');
  if (allMet(keep)) return null;
  const lower = ranked.find((t) => t.rank < current.rank && allMet(checksOf(metrics, criteria, t.id, 'KEEP')));
  return {
    direction: 'DEMOTION', fromTierId: current.id, toTierId: lower?.id ?? null,
    facts: [...keep, ...(lower ? checksOf(metrics, criteria, lower.id, 'KEEP') : [])],
  };
}
