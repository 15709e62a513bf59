import { Box, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { MdfBalance_AllocationFragment } from '../gql/graphql';
import { formatMoney } from './money';

graphql(`
  fragment MdfMoney on Money {
    amount
    currency
    amountMinor
  }
`);

graphql(`
  fragment MdfBalance_allocation on MdfAllocation {
    id
    amount {
      ...MdfMoney
    }
    approved {
      ...MdfMoney
    }
    claimed {
      ...MdfMoney
    }
    paid {
      ...MdfMoney
    }
    expired {
      ...MdfMoney
    }
    available {
      ...MdfMoney
    }
    partner {
      id
      name
    }
  }
`);

interface Money {
  amount: string;
  currency: string;
  amountMinor: number;
}

// The bar's parts, each a share of the allocation that no other part holds: paid; claimed and not yet paid;
// approved and not yet claimed; still available. Colours keep 3:1 against the bar's background and each other.
const PARTS = [
  { key: 'paid', colour: 'teal.8' },
  { key: 'claimedUnpaid', colour: 'blue.7' },
  { key: 'approvedUnclaimed', colour: 'orange.6' },
  { key: 'available', colour: 'gray.4' },
] as const;

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.max(0, Math.min(100, (part / whole) * 100)) : 0;
}

/** One figure of the legend: its swatch (when it is a part of the bar), its name and the amount in words. */
function Figure({ label, money, swatch, testId }: { label: string; money: Money; swatch?: string; testId: string }) {
  const { i18n } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      {swatch ? <Box w={12} h={12} mt={4} bg={swatch} style={{ borderRadius: 2, flex: 'none' }} aria-hidden /> : <Box w={12} style={{ flex: 'none' }} aria-hidden />}
      <div>
        <Text size="xs" c="dimmed">{label}</Text>
        <Text size="sm" fw={600} data-testid={testId} data-amount={money.amount}>{formatMoney(money, i18n.language)}</Text>
      </div>
    </Group>
  );
}

/**
 * Where a partner's allocation stands: a bar of what is paid, claimed, approved and still available, and the
 * same amounts as text beside a legend, so that no figure depends on its colour.
 */
export function MdfBalance({ allocation, title }: { allocation: MdfBalance_AllocationFragment; title?: string }) {
  const { t, i18n } = useTranslation();
  const { amount, approved, claimed, paid, available } = allocation;
  const whole = amount.amountMinor;
  const values = {
    paid: paid.amountMinor,
    claimedUnpaid: claimed.amountMinor - paid.amountMinor,
    approvedUnclaimed: approved.amountMinor - claimed.amountMinor,
    available: available.amountMinor,
  };
  return (
    <Stack gap="xs" data-testid="mdf-balance" data-partner={allocation.partner?.id}>
      {title && <Text fw={600} className="break-anywhere">{title}</Text>}
      <Progress.Root size="xl" aria-hidden>
        {PARTS.map((part) => (
          <Progress.Section key={part.key} value={percent(values[part.key], whole)} color={part.colour} />
        ))}
      </Progress.Root>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="xs">
        <Figure label={t('mdf.balance.allocated')} money={amount} testId="mdf-allocated" />
        <Figure label={t('mdf.balance.approved')} money={approved} swatch="orange.6" testId="mdf-approved" />
        <Figure label={t('mdf.balance.claimed')} money={claimed} swatch="blue.7" testId="mdf-claimed" />
        <Figure label={t('mdf.balance.paid')} money={paid} swatch="teal.8" testId="mdf-paid" />
        <Figure label={t('mdf.balance.available')} money={available} swatch="gray.4" testId="mdf-available" />
      </SimpleGrid>
      {allocation.expired.amountMinor > 0 && (
        <Text size="xs" c="dimmed" data-testid="mdf-expired">{t('mdf.balance.expired', { amount: formatMoney(allocation.expired, i18n.language) })}</Text>
      )}
    </Stack>
  );
}
