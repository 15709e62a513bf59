import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncentiveKind, IncentiveStatus } from '@trellis/schema';

export function KindBadge({ kind }: { kind: IncentiveKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kind === 'REBATE' ? 'blue' : 'orange'} variant="light" miw="max-content" data-testid="incentive-kind-badge">
      {t(`incentives.kind.${kind}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: IncentiveStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'ACTIVE' ? 'green' : 'gray'} variant="light" miw="max-content" data-testid="incentive-status" data-status={status}>
      {t(`incentives.status.${status}`)}
    </Badge>
  );
}
