import type { ReactNode } from 'react';
import { Anchor, Breadcrumbs, Grid, Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { errorCode } from '../../ui/errors';
import { ErrorState, LoadingState, NotFoundState } from '../../ui/states';
import { ProductForm } from './ProductForm';
import { ProductImages } from './ProductImages';

const CatalogProductQuery = graphql(`
  query CatalogProduct($id: ID!) {
    product(id: $id) {
      id
      name
      ...ProductForm_product
      ...ProductImages_product
    }
  }
`);

function Frame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/channel/catalog">
          {t('catalog.title')}
        </Anchor>
        <span className="break-anywhere">{title}</span>
      </Breadcrumbs>
      <Title order={1} className="break-anywhere">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function NewProductPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Frame title={t('catalog.newProduct')}>
      <Paper withBorder p="md">
        <ProductForm
          product={null}
          onSaved={(product) => {
            notifications.show({ color: 'green', message: t('productForm.created') });
            // Pictures need the product's id: they are added on its page.
            navigate(`/channel/catalog/products/${product.id}`, { replace: true });
          }}
        />
      </Paper>
    </Frame>
  );
}

export function ProductEditPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { data, loading, error, refetch } = useQuery(CatalogProductQuery, { variables: { id } });
  if (!data && loading) return <LoadingState />;
  if (!data && errorCode(error) === 'BAD_USER_INPUT') return <NotFoundState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const product = data.product;
  return (
    <Frame title={product.name}>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md">
            <ProductForm product={product} onSaved={() => notifications.show({ color: 'green', message: t('common.saved') })} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ProductImages product={product} />
        </Grid.Col>
      </Grid>
    </Frame>
  );
}
