import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MdfClaimStatus, MdfLedgerKind, MdfRequestStatus } from '@trellis/schema';

// Only colours whose light variant keeps 4.5:1 contrast (theme.ts).
const REQUEST_COLOUR: Record<MdfRequestStatus, string> = {
  SUBMITTED: 'blue',
  CHANGES_REQUESTED: 'orange',
  APPROVED: 'green',
  REJECTED: 'red',
  CLOSED: 'gray',
};

const CLAIM_COLOUR: Record<MdfClaimStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  APPROVED: 'green',
  PAID: 'trellis',
  REJECTED: 'red',
};

/** A request's status in words (the colour only repeats it). */
export function MdfRequestStatusBadge({ status, size }: { status: MdfRequestStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={REQUEST_COLOUR[status]} variant="light" size={size} miw="max-content" data-status={status} data-testid="mdf-request-status">
      {t(`mdf.requestStatus.${status}`)}
    </Badge>
  );
}

export function MdfClaimStatusBadge({ status }: { status: MdfClaimStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={CLAIM_COLOUR[status]} variant="light" miw="max-content" data-status={status} data-testid="mdf-claim-status">
      {t(`mdf.claimStatus.${status}`)}
    </Badge>
  );
}

export function MdfLedgerKindBadge({ kind }: { kind: MdfLedgerKind }) {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="light" miw="max-content" data-kind={kind} data-testid="mdf-ledger-kind">
      {t(`mdf.kind.${kind}`)}
    </Badge>
  );
}
