import type { TFunction } from 'i18next';
import type { MetricGroupBy, PartnerKind } from '@trellis/schema';

export interface GroupRowLike {
  groupKey: string;
  kind?: PartnerKind | null;
  partner?: { name: string } | null;
  tier?: { name: string } | null;
  territory?: { name: string } | null;
}

/** A group's name as the pages show it: the partner's, tier's or territory's name, a kind, or the channel. */
export function groupLabel(row: GroupRowLike, groupBy: MetricGroupBy, t: TFunction): string {
  switch (groupBy) {
    case 'PARTNER':
      return row.partner?.name ?? row.groupKey;
    case 'TIER':
      return row.tier?.name ?? t('performance.noTier');
    case 'TERRITORY':
      return row.territory?.name ?? t('performance.noTerritory');
    case 'KIND':
      return row.kind ? t(`kind.${row.kind}`) : row.groupKey;
    case 'CHANNEL':
      return t('performance.wholeChannel');
  }
}
