import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerApplicationStatus } from '../../gql/graphql';

const COLOUR: Record<PartnerApplicationStatus, string> = { SUBMITTED: 'blue', APPROVED: 'green', REJECTED: 'red' };

/** An application's status in words; the colour only repeats it. */
export function ApplicationStatusBadge({ status }: { status: PartnerApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOUR[status]} variant="light" miw="max-content" data-status={status} data-testid="application-status">
      {t(`applications.status.${status}`)}
    </Badge>
  );
}

/** A country's name in the reader's language (the code when the browser cannot name it). */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
