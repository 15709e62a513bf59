import { useState } from 'react';
import { Anchor, Button, Center, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PartnerApplicationStatus } from '../../gql/graphql';
import { graphql } from '../../gql';
import { formatDate } from '../../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { ApplicationStatusBadge, countryName } from './applicationParts';

export const PartnerApplicationsQuery = graphql(`
  query PartnerApplications($status: PartnerApplicationStatus, $first: Int!, $after: String) {
    partnerApplications(status: $status, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          number
          companyName
          kind
          country
          city
          contactName
          status
          createdAt
          duplicates {
            partner {
              id
            }
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

type ApplicationsData = ResultOf<typeof PartnerApplicationsQuery>;
type Application = ApplicationsData['partnerApplications']['edges'][number]['node'];

/** How many applications a page shows at first and each "Load more" adds. */
const PAGE_SIZE = 20;
const STATUSES: readonly PartnerApplicationStatus[] = ['SUBMITTED', 'APPROVED', 'REJECTED'];

function appendPage(shown: ApplicationsData, { fetchMoreResult }: { fetchMoreResult: ApplicationsData }): ApplicationsData {
  return { partnerApplications: { ...fetchMoreResult.partnerApplications, edges: [...shown.partnerApplications.edges, ...fetchMoreResult.partnerApplications.edges] } };
}

function ApplicationItem({ application }: { application: Application }) {
  const { t, i18n } = useTranslation();
  const duplicates = application.duplicates.length;
  return (
    <Paper component="li" withBorder p="sm" data-testid="application" data-application-id={application.id}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={4} style={{ flex: '1 1 14rem', minWidth: 0 }}>
          <Anchor component={Link} to={`/channel/applications/${application.id}`} fw={600} className="break-anywhere"
            aria-label={t('applications.open', { name: application.companyName })} data-testid="application-name">
            {application.companyName}
          </Anchor>
          <Text size="sm" className="break-anywhere">
            {application.number} · {t(`kind.${application.kind}`)} · {t('applications.place', { city: application.city, country: countryName(application.country, i18n.language) })}
          </Text>
          <Text size="xs" c="dimmed" className="break-anywhere">
            {application.contactName} · {t('applications.received', { date: formatDate(application.createdAt, i18n.language) })}
          </Text>
          {duplicates > 0 && (
            <Text size="sm" fw={600} c="red.9" data-testid="duplicate-flag">
              {t('applications.duplicateFlag', { count: duplicates })}
            </Text>
          )}
        </Stack>
        <ApplicationStatusBadge status={application.status} />
      </Group>
    </Paper>
  );
}

function ApplicationList({ status }: { status: PartnerApplicationStatus }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnerApplicationsQuery, {
    variables: { status, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [moreFailed, setMoreFailed] = useState<unknown>(null);
  const [fetching, setFetching] = useState(false);
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const connection = data.partnerApplications;
  const shown = connection.edges.map((e) => e.node);
  if (shown.length === 0) {
    return <EmptyState title={t(`applications.empty${status}`)} description={t('applications.emptyText')} headingOrder={2} />;
  }
  const loadMore = async () => {
    if (!connection.pageInfo.endCursor) return;
    setMoreFailed(null);
    setFetching(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage });
    } catch (failure) {
      setMoreFailed(failure);
    } finally {
      setFetching(false);
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="applications-shown">
        {t('applications.shown', { count: shown.length, total: connection.totalCount })}
      </Text>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('applications.listLabel')} data-testid="applications">
        {shown.map((application) => (
          <ApplicationItem key={application.id} application={application} />
        ))}
      </Stack>
      {moreFailed ? <ErrorState error={moreFailed} onRetry={() => void loadMore()} /> : null}
      {connection.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={fetching} onClick={() => void loadMore()}>
            {t('applications.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}

/** /channel/applications: the "Become a partner" applications of one status (?status=, waiting ones by default), newest first. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: PartnerApplicationStatus = STATUSES.includes(raw as PartnerApplicationStatus) ? (raw as PartnerApplicationStatus) : 'SUBMITTED';
  const choose = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'SUBMITTED') next.delete('status');
    else next.set('status', value);
    setParams(next, { replace: true });
  };
  return (
    <Stack>
      <div>
        <Title order={1}>{t('applications.title')}</Title>
        <Text c="dimmed">{t('applications.intro')}</Text>
      </div>
      <Stack gap={4} align="flex-start">
        <Text size="sm" fw={500} id="applications-status">{t('applications.statusLabel')}</Text>
        <SegmentedControl value={status} onChange={choose} aria-labelledby="applications-status" data-testid="applications-status"
          data={STATUSES.map((s) => ({ value: s, label: t(`applications.filter.${s}`) }))} />
      </Stack>
      <ApplicationList key={status} status={status} />
    </Stack>
  );
}
