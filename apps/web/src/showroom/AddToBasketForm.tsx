import { useState } from 'react';
import { Anchor, Button, Group, NumberInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatUnit } from '../ui/format';
import { Link } from 'react-router';
import type { ProductCard_ItemFragment } from '../gql/graphql';
import { allowsFraction } from './basket';
import { useAddToBasket } from './ProductCard';
import { useShowroom } from './useShowroom';

/** Quantity and "Add to basket" on a product page; afterwards, the way to the basket. */
export function AddToBasketForm({ item }: { item: ProductCard_ItemFragment }) {
  const { t } = useTranslation();
  const { base } = useShowroom();
  const add = useAddToBasket();
  const [quantity, setQuantity] = useState<number | string>(1);
  const [added, setAdded] = useState(false);
  const fraction = allowsFraction(item.unit);
  const valid = typeof quantity === 'number' && quantity > 0;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        add(item, quantity);
        setAdded(true);
      }}
    >
      <Group align="flex-end" gap="xs">
        <NumberInput
          label={t('basket.quantityUnit', { unit: formatUnit(item.unit) })}
          value={quantity}
          onChange={(value) => {
            setQuantity(value);
            setAdded(false);
          }}
          min={fraction ? 0.001 : 1}
          max={999999}
          step={1}
          decimalScale={fraction ? 3 : 0}
          allowDecimal={fraction}
          allowNegative={false}
          w={130}
          error={valid ? undefined : t('basket.quantityInvalid')}
          data-testid="product-quantity"
        />
        <Button type="submit">{t('basket.add')}</Button>
      </Group>
      <Text size="sm" mt="xs" role="status" mih={22}>
        {added && (
          <>
            {t('basket.addedShort')}{' '}
            <Anchor component={Link} to={`${base}/basket`}>
              {t('basket.open')}
            </Anchor>
          </>
        )}
      </Text>
    </form>
  );
}
