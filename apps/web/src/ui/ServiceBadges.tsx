import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ServiceCaseStatus, ServiceSeverity } from '@trellis/schema';
import { enumValues } from './enumValues';

/** The statuses in the lifecycle's order (the filter lists them so). */
export const SERVICE_STATUSES = enumValues(ServiceCaseStatus, ['OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED']);
/** The severities from the mildest. */
export const SERVICE_SEVERITIES = enumValues(ServiceSeverity, ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);

// Only colours whose light variant keeps 4.5:1 contrast (theme.ts).
const STATUS_COLOUR: Record<ServiceCaseStatus, string> = {
  OPEN: 'blue',
  IN_PROGRESS: 'yellow',
  WAITING_FOR_CUSTOMER: 'orange',
  RESOLVED: 'green',
  CLOSED: 'gray',
};

const SEVERITY_COLOUR: Record<ServiceSeverity, string> = {
  LOW: 'gray',
  MEDIUM: 'blue',
  HIGH: 'orange',
  CRITICAL: 'red',
};

/** A case's status in words (the colour only repeats it). */
export function ServiceStatusBadge({ status, size }: { status: ServiceCaseStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOUR[status]} variant="light" size={size} data-status={status} miw="max-content" data-testid="service-status">
      {t(`service.status.${status}`)}
    </Badge>
  );
}

export function ServiceSeverityBadge({ severity }: { severity: ServiceSeverity }) {
  const { t } = useTranslation();
  return (
    <Badge color={SEVERITY_COLOUR[severity]} variant="light" miw="max-content" data-severity={severity} data-testid="service-severity">
      {t(`service.severity.${severity}`)}
    </Badge>
  );
}
