import { Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { ProductCard_ItemFragment } from '../gql/graphql';
import { Availability } from './Availability';
import { Price } from './Price';
import { ProductPicture } from './ProductPicture';
import { useBasket } from './basket';
import { showBasketNotice } from './basketNotice';
import { useShowroom } from './useShowroom';
import { useOciSession } from './oci';

graphql(`
  fragment ProductCard_item on ShowroomItem {
    id
    sku
    name
    unit
    price {
      amount
      currency
    }
    netPrice {
      amount
      currency
    }
    available
    stock
    deliveryDays
    imageUrl
  }
`);

/** Puts one unit of a showroom product in the basket and says so. */
export function useAddToBasket() {
  const { t } = useTranslation();
  const { slug } = useShowroom();
  const basket = useBasket(slug);
  return (item: ProductCard_ItemFragment, quantity = 1) => {
    basket.add({ productId: item.id, sku: item.sku, name: item.name, unit: item.unit, price: item.price, netPrice: item.netPrice, imageUrl: item.imageUrl ?? null }, quantity);
    showBasketNotice(t('basket.added', { name: item.name }));
  };
}

export function ProductCard({ item }: { item: ProductCard_ItemFragment }) {
  const { t } = useTranslation();
  const { showroom, base } = useShowroom();
  const add = useAddToBasket();
  const oci = useOciSession();
  const href = `${base}/p/${encodeURIComponent(item.sku)}`;
  return (
    <Card withBorder padding="sm" component="li" className="product-card" data-testid="product-card">
      {/* The picture repeats the name's link for pointer users; keyboards and screen readers get one stop. */}
      <Link to={href} tabIndex={-1} aria-hidden className="product-card-picture">
        <ProductPicture src={item.imageUrl} alt="" />
      </Link>
      <Stack gap={6} className="product-card-body">
        <Title order={3} fz="md" fw={600} className="break-anywhere">
          <Anchor component={Link} to={href} inherit>
            {item.name}
          </Anchor>
        </Title>
        <Text size="xs" c="dimmed" ff="monospace">
          {item.sku}
        </Text>
        {oci ? <Price price={item.netPrice} gross={false} transferred /> : <Price price={item.price} gross={showroom.pricesGross} />}
        <Availability available={item.available} stock={item.stock} deliveryDays={item.deliveryDays} />
        <Button mt="auto" variant="light" onClick={() => add(item)} aria-label={t('basket.addNamed', { name: item.name })}>
          {t('basket.add')}
        </Button>
      </Stack>
    </Card>
  );
}
