import { List } from '@mantine/core';
import { useTierTexts } from './tierTexts';

/** A tier's benefits in words. */
export function TierBenefits({ tier }: { tier: { discountPercent: number; leadPriority: number; leadAcceptHours?: number | null; mdfEligible: boolean; mdfSharePercent: number } }) {
  const { t, percent } = useTierTexts();
  return (
    <List size="sm" spacing={2} data-testid="tier-benefits">
      <List.Item>{t('tiers.benefit.discount', { percent: percent(tier.discountPercent) })}</List.Item>
      <List.Item>{t('tiers.benefit.leadPriority', { priority: tier.leadPriority })}</List.Item>
      <List.Item>{tier.leadAcceptHours != null ? t('tiers.benefit.leadSla', { count: tier.leadAcceptHours }) : t('tiers.benefit.noLeadSla')}</List.Item>
      <List.Item>{tier.mdfEligible ? t('tiers.benefit.mdf', { percent: percent(tier.mdfSharePercent) }) : t('tiers.benefit.noMdf')}</List.Item>
    </List>
  );
}

