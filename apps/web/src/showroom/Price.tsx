import { Group, Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../ui/money';

interface PriceProps extends TextProps {
  price: { amount: string; currency: string };
  /** As the showroom shows its prices: with VAT (gross) or without (net). */
  gross: boolean;
  /** OCI mode: the net price that the transfer to the purchasing system carries. */
  transferred?: boolean;
}

/** A showroom price, always saying whether it is net or gross. */
export function Price({ price, gross, transferred, ...textProps }: PriceProps) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={6} align="baseline" wrap="nowrap">
      <Text span fw={700} {...textProps} data-testid="price">
        {formatMoney(price, i18n.language)}
      </Text>
      <Text span size="xs" c="dimmed">
        {transferred ? t('oci.netLabel') : gross ? t('showroom.gross') : t('showroom.net')}
      </Text>
    </Group>
  );
}
