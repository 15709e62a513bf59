import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface AvailabilityProps {
  available: boolean;
  /** Units on hand: only a partner's own showroom tells them. */
  stock?: number | null;
  deliveryDays?: number | null;
  /** The product page says how many are on hand; a result card only whether. */
  showQuantity?: boolean;
}

/** Whether the product can be had and how soon; the words carry it, the colour only repeats them. */
export function Availability({ available, stock, deliveryDays, showQuantity }: AvailabilityProps) {
  const { t } = useTranslation();
  const ownStock = stock !== null && stock !== undefined;
  const label = ownStock
    ? stock > 0
      ? showQuantity ? t('availability.inStockCount', { count: stock }) : t('availability.inStock')
      : t('availability.outOfStock')
    : available ? t('availability.atPartners') : t('availability.onRequest');
  const inStock = ownStock ? stock > 0 : available;
  return (
    <Group gap="xs" wrap="wrap" data-testid="availability">
      <Badge color={inStock ? 'green' : 'gray'} variant="light" tt="none" miw="max-content">
        {label}
      </Badge>
      {deliveryDays !== null && deliveryDays !== undefined && (
        <Text span size="sm" c="dimmed">
          {t('availability.delivery', { count: deliveryDays })}
        </Text>
      )}
    </Group>
  );
}
