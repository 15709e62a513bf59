import { Anchor, Breadcrumbs, Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatUnit } from '../ui/format';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { usePublicQuery } from '../publicClient';
import { ErrorState, LoadingState } from '../ui/states';
import { usePageTitle } from '../ui/usePageTitle';
import { AddToBasketForm } from './AddToBasketForm';
import { Availability } from './Availability';
import { LocationForm } from './LocationForm';
import { NearbyPartners } from './NearbyPartners';
import { Price } from './Price';
import { ProductGallery } from './ProductGallery';
import { useShowroom } from './useShowroom';
import { useOciSession } from './oci';
import { useVisitorLocation } from './visitorLocation';

const ShowroomProductQuery = graphql(`
  query ShowroomProduct($slug: String, $sku: String!) {
    showroomProduct(slug: $slug, sku: $sku) {
      ...ProductCard_item
      description
      images
      partnerSku
      attributes {
        key
        value
      }
      category {
        id
        name
      }
    }
  }
`);

/** In the brand's showroom: which partners near the visitor offer this product, and how soon. */
function NearbyAvailability({ product }: { product: { id: string; sku: string } }) {
  const { t } = useTranslation();
  const location = useVisitorLocation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="nearby-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="nearby-title">
          {t('product.nearbyTitle')}
        </Title>
        <LocationForm submitLabel={t('locator.check')} />
        {location && <NearbyPartners location={location} product={product} />}
      </Stack>
    </Paper>
  );
}

export function ProductPage() {
  const { t } = useTranslation();
  const sku = useParams().sku ?? '';
  const { showroom, slug, base, isBrand } = useShowroom();
  const oci = useOciSession();
  const { data, loading, error, refetch } = usePublicQuery(ShowroomProductQuery, { slug, sku });
  const item = data?.showroomProduct;
  usePageTitle(item?.name, showroom.displayName);
  if (!data && loading) return <LoadingState />;
  if (!item) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="lg">
      <Breadcrumbs separatorMargin={6} styles={{ root: { flexWrap: 'wrap' } }}>
        <Anchor component={Link} to={base}>
          {t('showroom.products')}
        </Anchor>
        {item.category && (
          <Anchor component={Link} to={`${base}?category=${item.category.id}`}>
            {item.category.name}
          </Anchor>
        )}
        <Text span size="sm" className="break-anywhere" aria-current="page">
          {item.name}
        </Text>
      </Breadcrumbs>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <ProductGallery images={item.images.length ? item.images : item.imageUrl ? [item.imageUrl] : []} name={item.name} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Stack gap="sm">
            <Title order={1} className="break-anywhere">
              {item.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t('product.sku')}: <Text span ff="monospace" inherit>{item.sku}</Text>
              {item.partnerSku && item.partnerSku !== item.sku && (
                <>
                  {' · '}
                  {t('product.partnerSku')}: <Text span ff="monospace" inherit>{item.partnerSku}</Text>
                </>
              )}
            </Text>
            {oci ? <Price price={item.netPrice} gross={false} transferred fz="xl" /> : <Price price={item.price} gross={showroom.pricesGross} fz="xl" />}
            <Text size="xs" c="dimmed">
              {t('product.perUnit', { unit: formatUnit(item.unit) })}
              {oci ? ` · ${t('oci.netNote')}` : showroom.pricesGross && showroom.vatPercent > 0 ? ` · ${t('product.vatIncluded', { percent: showroom.vatPercent })}` : ''}
            </Text>
            <Availability available={item.available} stock={item.stock} deliveryDays={item.deliveryDays} showQuantity />
            <AddToBasketForm item={item} />
          </Stack>
        </Grid.Col>
      </Grid>
      {item.description && (
        <section aria-labelledby="description-title">
          <Title order={2} size="h4" id="description-title" mb="xs">
            {t('product.description')}
          </Title>
          <Text maw={760} style={{ whiteSpace: 'pre-line' }}>
            {item.description}
          </Text>
        </section>
      )}
      {item.attributes.length > 0 && (
        <section aria-labelledby="attributes-title">
          <Title order={2} size="h4" id="attributes-title" mb="xs">
            {t('product.attributes')}
          </Title>
          <Table maw={560} withTableBorder striped>
            <Table.Tbody>
              {item.attributes.map((attribute) => (
                <Table.Tr key={attribute.key}>
                  <Table.Th scope="row" w="40%">
                    {attribute.key}
                  </Table.Th>
                  <Table.Td className="break-anywhere">{attribute.value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}
      {isBrand && <NearbyAvailability product={{ id: item.id, sku: item.sku }} />}
    </Stack>
  );
}
