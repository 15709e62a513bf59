import { Anchor, Breadcrumbs, Card, Grid, Group, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import type { OrderDetail_OrderFragment } from '../gql/graphql';
import { errorCode } from './errors';
import { formatDate, formatDateTime } from './format';
import { formatMoney } from './money';
import { ErrorState, LoadingState, NotFoundState } from './states';
import { OrderStatusBadge } from './OrderStatusBadge';
import { OrderActions } from './OrderActions';
import { WideTable } from './WideTable';
import { LiveOrders } from './live';
import { usePageTitle } from './usePageTitle';

graphql(`
  fragment OrderDetail_order on Order {
    id
    number
    kind
    status
    currency
    vatPercent
    createdAt
    statusChangedAt
    cancelledAt
    cancellationReason
    carrier
    trackingReference
    shippedAt
    deliveredAt
    invoiceNumber
    invoicedAt
    dueAt
    paidAt
    net {
      amount
      currency
    }
    vat {
      amount
      currency
    }
    gross {
      amount
      currency
    }
    customer {
      name
      company
      email
      phone
    }
    partner {
      id
      name
    }
    lead {
      id
      reference
    }
    createdBy {
      id
      displayName
    }
    lines {
      lineNo
      quantity
      unitPrice {
        amount
        currency
      }
      lineNet {
        amount
        currency
      }
      product {
        id
        sku
        name
        unit
      }
    }
    events {
      id
      action
      fromStatus
      toStatus
      note
      at
      actor {
        id
        displayName
      }
    }
  }
`);

const OrderDetailQuery = graphql(`
  query OrderDetail($id: ID!) {
    order(id: $id) {
      ...OrderDetail_order
    }
  }
`);

/** A label and its value, in a card's list of facts. */
function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" className="break-anywhere" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

function Lines({ order }: { order: OrderDetail_OrderFragment }) {
  const { t, i18n } = useTranslation();
  const money = (m: { amount: string; currency: string }) => formatMoney(m, i18n.language);
  const percent = new Intl.NumberFormat(i18n.language === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 2 }).format(order.vatPercent);
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">
        {t('orders.linesTitle')}
      </Title>
      <WideTable minWidth={560} label={t('orders.linesTitle')}>
        <Table verticalSpacing="xs" data-testid="order-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orders.product')}</Table.Th>
              <Table.Th ta="right">{t('orders.quantity')}</Table.Th>
              <Table.Th ta="right">{t('orders.unitPrice')}</Table.Th>
              <Table.Th ta="right">{t('orders.lineNet')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((line) => (
              <Table.Tr key={line.lineNo} data-testid="order-line">
                <Table.Td className="break-anywhere">
                  <Text size="sm" fw={600}>
                    {line.product?.name ?? t('orders.unknownProduct')}
                  </Text>
                  {line.product && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {line.product.sku}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" data-testid="line-quantity">{line.quantity}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="line-unit-price">{money(line.unitPrice)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="line-net">{money(line.lineNet)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={3} ta="right">{t('orders.net')}</Table.Th>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="order-net">{money(order.net)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th colSpan={3} ta="right">{t('orders.vat', { percent })}</Table.Th>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="order-vat">{money(order.vat)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th colSpan={3} ta="right">{t('orders.gross')}</Table.Th>
              <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="order-gross">{money(order.gross)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </WideTable>
    </Card>
  );
}

function OrderTimeline({ order }: { order: OrderDetail_OrderFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">
        {t('orders.timelineTitle')}
      </Title>
      <Timeline bulletSize={12} lineWidth={2} active={order.events.length - 1} data-testid="order-timeline">
        {order.events.map((e) => (
          <Timeline.Item key={e.id} title={<span data-testid="order-event-title">{t(`orders.action.${e.action}`)}</span>} data-action={e.action}
            data-testid="order-event">
            <Text size="xs" c="dimmed">
              {formatDateTime(e.at, i18n.language)}
              {e.actor ? ` · ${e.actor.displayName}` : ''}
            </Text>
            {e.note && (
              <Text size="sm" className="break-anywhere">
                {e.note}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}

function Customer({ order }: { order: OrderDetail_OrderFragment }) {
  const { t } = useTranslation();
  const customer = order.customer;
  return (
    <Card withBorder padding="md" data-testid="order-customer">
      <Title order={2} size="h4" mb="sm">
        {t('orders.customerTitle')}
      </Title>
      {customer ? (
        <Stack gap={4}>
          <Text size="sm" fw={600} className="break-anywhere">
            {customer.name}
            {customer.company ? ` · ${customer.company}` : ''}
          </Text>
          <Text size="sm" className="break-anywhere">
            <Anchor href={`mailto:${customer.email}`} size="sm">
              {customer.email}
            </Anchor>
            {customer.phone && (
              <>
                {' · '}
                <Anchor href={`tel:${customer.phone.replace(/[^+\d]/g, '')}`} size="sm">
                  {customer.phone}
                </Anchor>
              </>
            )}
          </Text>
        </Stack>
      ) : (
        <Text size="sm">{t('orders.sellInCustomer', { partner: order.partner?.name ?? '—' })}</Text>
      )}
    </Card>
  );
}

function Delivery({ order }: { order: OrderDetail_OrderFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="order-delivery">
      <Title order={2} size="h4" mb="sm">
        {t('orders.deliveryTitle')}
      </Title>
      {order.shippedAt ? (
        <SimpleGrid cols={2} spacing="sm">
          <Fact label={t('orders.carrier')} testId="order-carrier">{order.carrier ?? '—'}</Fact>
          <Fact label={t('orders.tracking')} testId="order-tracking">{order.trackingReference ?? '—'}</Fact>
          <Fact label={t('orders.shippedAt')}>{formatDateTime(order.shippedAt, i18n.language)}</Fact>
          <Fact label={t('orders.deliveredAt')}>{order.deliveredAt ? formatDateTime(order.deliveredAt, i18n.language) : t('orders.notDelivered')}</Fact>
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {t('orders.notShipped')}
        </Text>
      )}
    </Card>
  );
}

function Billing({ order }: { order: OrderDetail_OrderFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="order-billing">
      <Title order={2} size="h4" mb="sm">
        {t('orders.invoiceTitle')}
      </Title>
      {order.invoiceNumber ? (
        <SimpleGrid cols={2} spacing="sm">
          <Fact label={t('orders.invoiceNumber')} testId="order-invoice-number">{order.invoiceNumber}</Fact>
          <Fact label={t('orders.invoicedAt')}>{order.invoicedAt ? formatDate(order.invoicedAt, i18n.language) : '—'}</Fact>
          <Fact label={t('orders.dueAt')}>{order.dueAt ? formatDate(order.dueAt, i18n.language) : '—'}</Fact>
          <Fact label={t('orders.paidAt')} testId="order-paid">{order.paidAt ? formatDate(order.paidAt, i18n.language) : t('orders.unpaid')}</Fact>
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {t('orders.notInvoiced')}
        </Text>
      )}
    </Card>
  );
}

function OrderBody({ order, listPath, showPartner }: { order: OrderDetail_OrderFragment; listPath: string; showPartner: boolean }) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('orders.pageTitle', { number: order.number }), 'Trellis');
  const placed = formatDateTime(order.createdAt, i18n.language);
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to={listPath}>
          {t('orders.title')}
        </Anchor>
        <span>{order.number}</span>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div style={{ minWidth: 0 }}>
          <Title order={1} className="break-anywhere" data-testid="order-title">
            {t('orders.pageTitle', { number: order.number })}
          </Title>
          <Text c="dimmed" size="sm">
            {t(`orders.kindLong.${order.kind}`)}
            {showPartner && order.partner ? ` · ${order.partner.name}` : ''}
          </Text>
          <Text c="dimmed" size="sm" data-testid="order-placed">
            {order.createdBy ? t('orders.placedBy', { date: placed, name: order.createdBy.displayName }) : t('orders.placed', { date: placed })}
            {order.lead ? ` · ${t('orders.fromLead', { reference: order.lead.reference })}` : ''}
          </Text>
        </div>
        <OrderStatusBadge status={order.status} size="lg" />
      </Group>
      <OrderActions order={order} />
      {order.status === 'CANCELLED' && order.cancelledAt && (
        <Text size="sm" c="red.9" data-testid="order-cancelled">
          {t('orders.cancelledBecause', { date: formatDateTime(order.cancelledAt, i18n.language), reason: order.cancellationReason ?? '—' })}
        </Text>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Lines order={order} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Delivery order={order} />
              <Billing order={order} />
            </SimpleGrid>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <Customer order={order} />
            <OrderTimeline order={order} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** One order, for the partner's staff and for brand staff alike: the moves offered are the viewer's own. */
export function OrderDetail({ listPath, showPartner }: { listPath: string; showPartner: boolean }) {
  const id = useParams().id ?? '';
  const { data, loading, error, refetch } = useQuery(OrderDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  let body;
  if (!data && loading) body = <LoadingState />;
  // An id that is not even well-formed (a mistyped address) is as missing as one that names nothing.
  else if (!data && errorCode(error) === 'BAD_USER_INPUT') body = <NotFoundState />;
  else if (!data) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else body = <OrderBody order={data.order} listPath={listPath} showPartner={showPartner} />;
  return (
    <>
      <LiveOrders />
      {body}
    </>
  );
}
