import { useState } from 'react';
import { Badge, Button, Card, Center, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ExportAllButton } from '../../ui/ExportAllButton';
import { MdfBalance } from '../../ui/MdfBalance';
import { mdfClaimColumns, mdfRequestColumns } from '../../ui/mdfExport';
import { MdfFact } from '../../ui/MdfRequestSummary';
import { canRequestMdf, formatDay } from '../../ui/mdf';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { useViewer } from '../../ui/viewer';
import { RequestForm } from './RequestForm';
import { PartnerRequestCard } from './PartnerRequestCard';

const PAGE_SIZE = 20;

export const PartnerMdfFunds = graphql(`
  query PartnerMdfFunds($first: Int!) {
    mdfFunds(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          purpose
          currency
          periodStart
          periodEnd
          claimDeadline
          expiredAt
          activityTypes
          allocations {
            ...MdfBalance_allocation
          }
        }
      }
    }
  }
`);

const PartnerMdfRequests = graphql(`
  query PartnerMdfRequests($first: Int!, $after: String, $filter: MdfRequestFilter) {
    mdfRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          ...MdfRequest_request
          claims {
            ...MdfClaim_claim
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export type PartnerFund = ResultOf<typeof PartnerMdfFunds>['mdfFunds']['edges'][number]['node'];
type RequestData = ResultOf<typeof PartnerMdfRequests>;

function appendPage(shown: RequestData, { fetchMoreResult }: { fetchMoreResult: RequestData }): RequestData {
  return { mdfRequests: { ...fetchMoreResult.mdfRequests, edges: [...shown.mdfRequests.edges, ...fetchMoreResult.mdfRequests.edges] } };
}

function FundCard({ fund, partnerId }: { fund: PartnerFund; partnerId: string }) {
  const { t, i18n } = useTranslation();
  const allocation = fund.allocations.find((a) => a.partner?.id === partnerId) ?? fund.allocations[0];
  return (
    <Card withBorder padding="md" component="article" data-testid="mdf-partner-fund" data-fund={fund.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Title order={3} size="h4" className="break-anywhere" data-testid="mdf-partner-fund-name">{fund.name}</Title>
            {fund.purpose && <Text size="sm" c="dimmed" className="break-anywhere">{fund.purpose}</Text>}
          </div>
          {fund.expiredAt && <Badge color="gray" variant="light">{t('mdf.expiredBadge')}</Badge>}
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <MdfFact label={t('mdf.period')}>{t('mdf.periodRange', { from: formatDay(fund.periodStart, i18n.language), to: formatDay(fund.periodEnd, i18n.language) })}</MdfFact>
          <MdfFact label={t('mdf.claimDeadline')}>{formatDay(fund.claimDeadline, i18n.language)}</MdfFact>
          <MdfFact label={t('mdf.activityTypes')}>{fund.activityTypes.map((a) => t(`mdf.activity.${a}`)).join(', ')}</MdfFact>
        </SimpleGrid>
        {allocation && <MdfBalance allocation={allocation} />}
      </Stack>
    </Card>
  );
}

/**
 * A partner's marketing development funds: its allocation in each fund and where that money stands, its requests
 * with their decisions, and (for its manager) a new request, changes asked for, claims with proof, closing.
 */
export default function PartnerMdfPage() {
  const { t } = useTranslation();
  usePageTitle(t('mdf.partnerTitle'), 'Trellis');
  const { viewer } = useViewer();
  const canRequest = canRequestMdf(viewer);
  const [asking, setAsking] = useState(false);
  const funds = useQuery(PartnerMdfFunds, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const partnerId = viewer?.partner?.id ?? '';
  const requests = useQuery(PartnerMdfRequests, {
    variables: { first: PAGE_SIZE, filter: { partnerId } },
    skip: !partnerId,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (!viewer?.partner) return <EmptyState title={t('partnerHome.noPartner')} />;
  const fundList = funds.data?.mdfFunds.edges.map((e) => e.node) ?? [];
  const openFunds = fundList.filter((f) => !f.expiredAt);
  const connection = requests.data?.mdfRequests;
  const list = connection?.edges.map((e) => e.node) ?? [];

  let fundsBody;
  if (!funds.data && funds.loading) fundsBody = <LoadingState />;
  else if (!funds.data) fundsBody = <ErrorState error={funds.error} onRetry={() => void funds.refetch()} />;
  else if (fundList.length === 0) fundsBody = <EmptyState title={t('mdf.noFundsTitle')} description={t('mdf.noFundsPartner')} headingOrder={3} />;
  else fundsBody = <Stack>{fundList.map((f) => <FundCard key={f.id} fund={f} partnerId={partnerId} />)}</Stack>;

  let requestsBody;
  if (!connection && requests.loading) requestsBody = <LoadingState />;
  else if (!connection) requestsBody = <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />;
  else if (list.length === 0) requestsBody = <EmptyState title={t('mdf.noRequestsTitle')} description={t('mdf.noRequestsPartner')} headingOrder={3} />;
  else requestsBody = <Stack data-testid="mdf-partner-requests">{list.map((r) => <PartnerRequestCard key={r.id} request={r} canAct={canRequest} />)}</Stack>;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('mdf.partnerTitle')}</Title>
        {canRequest && openFunds.length > 0 && !asking && (
          <Button onClick={() => setAsking(true)} data-testid="mdf-new-request">{t('mdf.newRequest')}</Button>
        )}
      </Group>
      <Text c="dimmed">{canRequest ? t('mdf.partnerIntro') : t('mdf.partnerIntroReadOnly')}</Text>
      {asking && (
        <Paper withBorder p="md" component="section" aria-labelledby="mdf-request-form-title">
          <Title order={2} size="h3" id="mdf-request-form-title" mb="sm">{t('mdf.newRequest')}</Title>
          <RequestForm funds={openFunds} partnerId={partnerId} onDone={() => setAsking(false)} />
        </Paper>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="mdf-partner-funds-title">
        <Title order={2} size="h3" id="mdf-partner-funds-title" mb="sm">{t('mdf.partnerFundsTitle')}</Title>
        {fundsBody}
      </Paper>
      <section aria-labelledby="mdf-partner-requests-title">
        <Stack>
          <Group justify="space-between" align="flex-end">
            <Title order={2} size="h3" id="mdf-partner-requests-title">{t('mdf.partnerRequestsTitle')}</Title>
            <Group gap="xs" align="center">
              <Text size="sm" c="dimmed" aria-live="polite" data-testid="mdf-request-count">
                {connection ? t('mdf.requestCount', { count: connection.totalCount }) : '\u00a0'}
              </Text>
              <ExportAllButton query={PartnerMdfRequests} variables={{ filter: { partnerId } }} connection={(d) => d.mdfRequests}
                columns={mdfRequestColumns(t)} name="mdf-requests" label={t('listExport.mdfRequests')} />
              {/* The claims come with their requests: a row per claim, paged by the requests. */}
              <ExportAllButton query={PartnerMdfRequests} variables={{ filter: { partnerId } }} columns={mdfClaimColumns(t)} name="mdf-claims" label={t('listExport.mdfClaims')}
                connection={(d) => ({
                  edges: d.mdfRequests.edges.flatMap((e) => e.node.claims.map((claim) => ({ node: { ...claim, request: e.node } }))),
                  pageInfo: d.mdfRequests.pageInfo,
                })} />
            </Group>
          </Group>
          {requestsBody}
          {connection?.pageInfo.hasNextPage && (
            <Center>
              <Button variant="light" loading={requests.loading}
                onClick={() => void requests.fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage })}>
                {t('partners.loadMore', { shown: list.length, total: connection.totalCount })}
              </Button>
            </Center>
          )}
        </Stack>
      </section>
    </Stack>
  );
}
