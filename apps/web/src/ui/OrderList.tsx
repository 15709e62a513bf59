import { useEffect, useState } from 'react';
import { Anchor, Button, Center, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link, useSearchParams } from 'react-router';
import { OrderKind, OrderStatus } from '@trellis/schema';
import { graphql } from '../gql';
import type { OrderRow_OrderFragment } from '../gql/graphql';
import type { CsvColumn } from './csv';
import { ExportAllButton } from './ExportAllButton';
import { enumValues } from './enumValues';
import { formatDate } from './format';
import { formatMoney } from './money';
import { EmptyState, ErrorState, LoadingState } from './states';
import { ORDER_STATUSES, OrderStatusBadge } from './OrderStatusBadge';
import { PartnerSearchSelect } from './PartnerSearchSelect';
import { WideTable } from './WideTable';
import { LiveOrders } from './live';

const PAGE_SIZE = 20;
const KINDS = enumValues(OrderKind, ['SELL_OUT', 'SELL_IN']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

graphql(`
  fragment OrderRow_order on Order {
    id
    number
    kind
    status
    createdAt
    gross {
      amount
      currency
    }
    customer {
      name
      company
    }
    partner {
      id
      name
    }
  }
`);

const OrderListQuery = graphql(`
  query OrderList($first: Int!, $after: String, $filter: OrderFilter) {
    orders(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...OrderRow_order
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The table's columns as a file: ISO times, codes, and the gross as a decimal number beside its currency. */
function orderColumns(t: TFunction): CsvColumn<OrderRow_OrderFragment>[] {
  return [
    { header: t('listExport.columns.id'), value: (o) => o.id },
    { header: t('orders.number'), value: (o) => o.number },
    { header: t('listExport.columns.createdAt'), value: (o) => o.createdAt },
    { header: t('listExport.columns.partnerId'), value: (o) => o.partner?.id },
    { header: t('orders.partner'), value: (o) => o.partner?.name },
    { header: t('orders.kindColumn'), value: (o) => o.kind },
    { header: t('orders.customer'), value: (o) => o.customer?.name },
    { header: t('listExport.columns.company'), value: (o) => o.customer?.company },
    { header: t('orders.statusColumn'), value: (o) => o.status },
    { header: t('listExport.columns.gross'), value: (o) => Number(o.gross.amount) },
    { header: t('listExport.columns.currency'), value: (o) => o.gross.currency },
  ];
}

interface OrderListProps {
  /** Where this portal's order pages live: each number links to `${basePath}/${id}`. */
  basePath: string;
  /** Brand staff see every partner's orders: a partner column and filter. */
  showPartner: boolean;
  /** What the list says when the viewer has no order at all. */
  emptyText: string;
  /** A partner's own id: a distributor's list names the reseller of each order that is not its own. */
  ownPartnerId?: string;
}

/** The orders the viewer may see, newest first, with their filters kept in the address (?status=, ?kind=, ?q=, ?partner=). */
export function OrderList({ basePath, showPartner, emptyText, ownPartnerId }: OrderListProps) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status = rawStatus && ORDER_STATUSES.includes(rawStatus as OrderStatus) ? (rawStatus as OrderStatus) : null;
  const rawKind = params.get('kind');
  const kind = rawKind && KINDS.includes(rawKind as OrderKind) ? (rawKind as OrderKind) : null;
  const partner = showPartner && UUID.test(params.get('partner') ?? '') ? params.get('partner') : null;
  const search = (params.get('q') ?? '').trim().slice(0, 100);
  const [typed, setTyped] = useState(search);
  const [debounced] = useDebouncedValue(typed, 300);
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if (debounced.trim() !== search) setParam('q', debounced.trim());
  }, [debounced]);
  const filtered = Boolean(status || kind || partner || search);
  const filter = { status, kind, partnerId: partner, search: search || null };
  const { data, loading, error, refetch, fetchMore } = useQuery(OrderListQuery, {
    variables: { first: PAGE_SIZE, filter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.orders;
  const orders = connection?.edges.map((e) => e.node) ?? [];

  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (orders.length === 0) body = <EmptyState title={t('orders.emptyTitle')} description={filtered ? t('orders.emptyFiltered') : emptyText} />;
  else
    body = (
      <WideTable minWidth={showPartner ? 860 : 720} label={t('orders.title')}>
        <Table highlightOnHover verticalSpacing="sm" data-testid="order-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orders.number')}</Table.Th>
              <Table.Th>{t('orders.date')}</Table.Th>
              {showPartner && <Table.Th>{t('orders.partner')}</Table.Th>}
              <Table.Th>{t('orders.kindColumn')}</Table.Th>
              <Table.Th>{t('orders.customer')}</Table.Th>
              <Table.Th>{t('orders.statusColumn')}</Table.Th>
              <Table.Th ta="right">{t('orders.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {orders.map((order) => (
              <Table.Tr key={order.id} data-testid="order-row">
                <Table.Td>
                  <Anchor component={Link} to={`${basePath}/${order.id}`} ff="monospace" size="sm" fw={600} data-testid="order-number">
                    {order.number}
                  </Anchor>
                  {!showPartner && ownPartnerId && order.partner && order.partner.id !== ownPartnerId && (
                    <Text size="xs" c="dimmed" className="break-anywhere">
                      {order.partner.name}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(order.createdAt, i18n.language)}</Table.Td>
                {showPartner && <Table.Td className="break-anywhere">{order.partner?.name ?? '—'}</Table.Td>}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`orders.kind.${order.kind}`)}</Table.Td>
                <Table.Td className="break-anywhere">
                  {order.customer ? (
                    <>
                      <Text size="sm">{order.customer.name}</Text>
                      {order.customer.company && (
                        <Text size="xs" c="dimmed">
                          {order.customer.company}
                        </Text>
                      )}
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('orders.brandOwnerCustomer', { partner: order.partner?.name ?? '—' })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <OrderStatusBadge status={order.status} />
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="order-total">
                  {formatMoney(order.gross, i18n.language)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
    );

  return (
    <Stack>
      <LiveOrders />
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('orders.statusFilter')}
            value={status ?? ''}
            onChange={(event) => setParam('status', event.currentTarget.value)}
            data={[{ value: '', label: t('orders.allStatuses') }, ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`orderTracking.status.${s}`) }))]}
            w={190}
            data-testid="order-status-filter"
          />
          <NativeSelect
            label={t('orders.kindFilter')}
            value={kind ?? ''}
            onChange={(event) => setParam('kind', event.currentTarget.value)}
            data={[{ value: '', label: t('orders.allKinds') }, ...KINDS.map((k) => ({ value: k, label: t(`orders.kind.${k}`) }))]}
            w={160}
          />
          {showPartner && (
            <PartnerSearchSelect label={t('orders.partnerFilter')} placeholder={t('orders.anyPartner')} clearable w={220}
              value={partner} onChange={(id) => setParam('partner', id ?? '')} />
          )}
          <TextInput
            label={t('orders.search')}
            placeholder={t('orders.searchPlaceholder')}
            type="search"
            value={typed}
            maxLength={100}
            onChange={(event) => setTyped(event.currentTarget.value)}
            w={240}
          />
        </Group>
        <Group gap="xs" align="center">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="order-count">
            {connection ? t('orders.count', { count: connection.totalCount }) : '\u00a0'}
          </Text>
          <ExportAllButton query={OrderListQuery} variables={{ filter }} connection={(d) => d.orders} columns={orderColumns(t)} name="orders" />
        </Group>
      </Group>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
            {t('partners.loadMore', { shown: orders.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
