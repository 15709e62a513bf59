import { useState } from 'react';
import { Anchor, Box, Button, Group, NumberInput, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatUnit } from '../ui/format';
import { Link } from 'react-router';
import { formatMoney } from '../ui/money';
import { allowsFraction, type BasketLine } from './basket';
import { Price } from './Price';
import { ProductPicture } from './ProductPicture';

interface Props {
  lines: readonly BasketLine[];
  base: string;
  gross: boolean;
  /** OCI mode: the lines are priced net, as the transfer carries them. */
  transferred?: boolean;
  onQuantity: (productId: string, quantity: number) => void;
  onRemove: (productId: string) => void;
}

/** Sums in minor units, per currency (a showroom has one, but a basket must not add zł to €). */
export function basketTotals(lines: readonly BasketLine[]): { amount: string; currency: string }[] {
  const totals = new Map<string, number>();
  for (const line of lines) {
    const minor = Math.round(Number(line.price.amount) * 100) * line.quantity;
    totals.set(line.price.currency, (totals.get(line.price.currency) ?? 0) + minor);
  }
  return [...totals].map(([currency, minor]) => ({ currency, amount: (Math.round(minor) / 100).toFixed(2) }));
}

function BasketLineRow({ line, base, gross, transferred, onQuantity, onRemove }: Omit<Props, 'lines'> & { line: BasketLine }) {
  const { t, i18n } = useTranslation();
  const fraction = allowsFraction(line.unit);
  // What is typed may be empty for a moment; the basket keeps the last valid quantity.
  const [typed, setTyped] = useState<number | string>(line.quantity);
  const lineTotal = basketTotals([line])[0]!;
  return (
    <Group component="li" align="flex-start" wrap="nowrap" gap="sm" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} data-testid="basket-line">
      <Box w={72} style={{ flexShrink: 0 }}>
        <ProductPicture src={line.imageUrl} alt="" compact />
      </Box>
      <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`${base}/p/${encodeURIComponent(line.sku)}`} fw={600} className="break-anywhere">
              {line.name}
            </Anchor>
            <Text size="xs" c="dimmed" ff="monospace">
              {line.sku}
            </Text>
          </div>
          <Price price={line.price} gross={gross} transferred={transferred} size="sm" />
        </Group>
        <Group gap="xs" align="flex-end" justify="space-between">
          <Group gap="xs" align="flex-end">
            <NumberInput
              label={
                <>
                  {t('basket.quantityUnit', { unit: formatUnit(line.unit) })}
                  <VisuallyHidden>, {line.name}</VisuallyHidden>
                </>
              }
              size="xs"
              w={110}
              value={typed}
              min={fraction ? 0.001 : 1}
              max={999999}
              decimalScale={fraction ? 3 : 0}
              allowDecimal={fraction}
              allowNegative={false}
              onChange={(value) => {
                setTyped(value);
                if (typeof value === 'number' && value > 0) onQuantity(line.productId, value);
              }}
              // An emptied field goes back to the quantity the basket keeps.
              onBlur={() => setTyped(line.quantity)}
              data-testid="basket-quantity"
            />
            <Button size="xs" variant="subtle" color="red" onClick={() => onRemove(line.productId)} aria-label={t('basket.removeNamed', { name: line.name })}>
              {t('basket.remove')}
            </Button>
          </Group>
          <Text size="sm" fw={600} data-testid="line-total">
            {formatMoney(lineTotal, i18n.language)}
          </Text>
        </Group>
      </Stack>
    </Group>
  );
}

/** The basket's lines: quantities to change, lines to take out, and what it comes to. */
export function BasketLines({ lines, base, gross, transferred, onQuantity, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={0}>
      <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('basket.lines')}>
        {lines.map((line) => (
          <BasketLineRow key={line.productId} line={line} base={base} gross={gross} transferred={transferred} onQuantity={onQuantity} onRemove={onRemove} />
        ))}
      </Stack>
      <Group justify="flex-end" gap="xs" pt="sm">
        <Text fw={700}>{gross ? t('basket.totalGross') : t('basket.totalNet')}</Text>
        <Text fw={700} data-testid="basket-total">
          {basketTotals(lines).map((total) => formatMoney(total, i18n.language)).join(' + ')}
        </Text>
      </Group>
      {transferred && (
        <Text size="xs" c="dimmed" ta="right" data-testid="basket-net-note">
          {t('oci.netNote')}
        </Text>
      )}
    </Stack>
  );
}
