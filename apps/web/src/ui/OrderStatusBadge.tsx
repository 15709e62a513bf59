import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrderStatus } from '@trellis/schema';
import { enumValues } from './enumValues';

/** The statuses in the lifecycle's order (a filter lists them so). */
export const ORDER_STATUSES = enumValues(OrderStatus, ['DRAFT', 'SUBMITTED', 'CONFIRMED', 'IN_FULFILMENT', 'SHIPPED', 'DELIVERED', 'CANCELLED']);

// Only colours whose light variant keeps 4.5:1 contrast (theme.ts).
const COLOUR: Record<OrderStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  CONFIRMED: 'trellis',
  IN_FULFILMENT: 'yellow',
  SHIPPED: 'orange',
  DELIVERED: 'green',
  CANCELLED: 'red',
};

/**
 * An order's status in words (the colour only repeats it). Its texts are in the public part, as the customer's
 * order-status page shows it too.
 */
export function OrderStatusBadge({ status, size }: { status: OrderStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOUR[status]} variant="light" size={size} data-status={status} miw="max-content" data-testid="order-status">
      {t(`orderTracking.status.${status}`)}
    </Badge>
  );
}
