import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerStatus } from '@trellis/schema';

const COLOUR: Record<PartnerStatus, string> = {
  PROSPECT: 'gray',
  ONBOARDING: 'blue',
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  TERMINATED: 'red',
};

/** The status in words; the colour only repeats it. */
export function PartnerStatusBadge({ status }: { status: PartnerStatus }) {
  const { t } = useTranslation();
  return (
    // max-content: a narrow table cell or card must not cut the word short.
    <Badge color={COLOUR[status]} variant="light" data-status={status} miw="max-content">
      {t(`status.${status}`)}
    </Badge>
  );
}
