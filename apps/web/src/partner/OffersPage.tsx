import { useEffect, useState } from 'react';
import { Badge, Button, Center, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { WideTable } from '../ui/WideTable';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { OfferRow_OfferFragment } from '../gql/graphql';
import type { CsvColumn } from '../ui/csv';
import { ExportAllButton } from '../ui/ExportAllButton';
import { formatMoney } from '../ui/money';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { useViewer } from '../ui/viewer';
import { OfferForm } from './OfferForm';
import { OfferImport } from './OfferImport';

const PAGE_SIZE = 50;

graphql(`
  fragment OfferRow_offer on Offer {
    partnerId
    productId
    price {
      amount
      currency
    }
    stock
    deliveryDays
    partnerSku
    offered
    updatedAt
    product {
      id
      sku
      name
    }
  }
`);

const PartnerOffersQuery = graphql(`
  query PartnerOffers($partnerId: ID!, $search: String, $first: Int!, $after: String) {
    offers(partnerId: $partnerId, search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...OfferRow_offer
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The partner's terms per product: its managers maintain them, its employees read them. */
/** The table's columns as a file: the price as a number beside its currency, the state as true or false. */
function offerColumns(t: TFunction): CsvColumn<OfferRow_OfferFragment>[] {
  return [
    { header: t('listExport.columns.productId'), value: (o) => o.productId },
    { header: t('listExport.columns.sku'), value: (o) => o.product?.sku },
    { header: t('offers.product'), value: (o) => o.product?.name },
    { header: t('offers.partnerSku'), value: (o) => o.partnerSku },
    { header: t('offers.price'), value: (o) => Number(o.price.amount) },
    { header: t('listExport.columns.currency'), value: (o) => o.price.currency },
    { header: t('offers.stock'), value: (o) => o.stock },
    { header: t('offers.deliveryDays'), value: (o) => o.deliveryDays },
    { header: t('listExport.columns.offered'), value: (o) => o.offered },
    { header: t('listExport.columns.updatedAt'), value: (o) => o.updatedAt },
  ];
}

export function OffersPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const partnerId = viewer?.partner?.id ?? '';
  const canEdit = viewer?.role === 'PARTNER_MANAGER';
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [typed, setTyped] = useState(search);
  const [debounced] = useDebouncedValue(typed, 300);
  useEffect(() => {
    if (debounced.trim() !== search) setParams(debounced.trim() ? { q: debounced.trim() } : {}, { replace: true });
  }, [debounced]);
  const [editing, setEditing] = useState<OfferRow_OfferFragment | 'new' | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnerOffersQuery, {
    variables: { partnerId, search: search || null, first: PAGE_SIZE },
    skip: !partnerId,
    notifyOnNetworkStatusChange: true,
  });
  if (!viewer?.partner) return <EmptyState title={t('partnerHome.noPartner')} />;
  const connection = data?.offers;
  const offers = connection?.edges.map((e) => e.node) ?? [];

  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (offers.length === 0) body = <EmptyState title={t('offers.emptyTitle')} description={canEdit ? t('offers.emptyText') : undefined} />;
  else
    body = (
      <WideTable minWidth={760} label={t('offers.title')}>
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('offers.product')}</Table.Th>
              <Table.Th>{t('offers.partnerSku')}</Table.Th>
              <Table.Th>{t('offers.price')}</Table.Th>
              <Table.Th>{t('offers.stock')}</Table.Th>
              <Table.Th>{t('offers.deliveryDays')}</Table.Th>
              <Table.Th>{t('offers.state')}</Table.Th>
              {canEdit && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {offers.map((offer) => (
              <Table.Tr key={offer.productId} data-testid="offer-row">
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {offer.product?.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {offer.product?.sku}
                  </Text>
                </Table.Td>
                <Table.Td ff="monospace">{offer.partnerSku ?? '—'}</Table.Td>
                <Table.Td>{formatMoney(offer.price, i18n.language)}</Table.Td>
                <Table.Td>{offer.stock}</Table.Td>
                <Table.Td>{offer.deliveryDays}</Table.Td>
                <Table.Td>
                  <Badge color={offer.offered ? 'green' : 'gray'} variant="light" miw="max-content">
                    {offer.offered ? t('offers.offeredBadge') : t('offers.withdrawnBadge')}
                  </Badge>
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setEditing(offer)} aria-label={t('settings.editNamed', { name: offer.product?.name ?? offer.productId })}>
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
    );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('offers.title')}</Title>
        {canEdit && <Button onClick={() => setEditing('new')}>{t('offers.new')}</Button>}
      </Group>
      <Text c="dimmed">{canEdit ? t('offers.intro') : t('offers.readOnly')}</Text>
      {canEdit && <OfferImport partnerId={partnerId} onImported={() => void refetch()} />}
      <TextInput
        label={t('partners.search')}
        placeholder={t('catalog.searchPlaceholder')}
        type="search"
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        maw={420}
      />
      <Group justify="space-between" align="center" gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite">
          {connection ? t('offers.count', { count: connection.totalCount }) : '\u00a0'}
        </Text>
        <ExportAllButton query={PartnerOffersQuery} variables={{ partnerId, search: search || null }} connection={(d) => d.offers} columns={offerColumns(t)} name="offers" />
      </Group>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
            {t('partners.loadMore', { shown: offers.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('offers.new') : t('offers.edit')} size="lg">
        {editing !== null && <OfferForm partnerId={partnerId} offer={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
