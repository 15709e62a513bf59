import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { PartnerStatusBadge } from '../ui/PartnerStatusBadge';
import { formatDateTime } from '../ui/format';
import { CHANNEL_ROLES, useViewer } from '../ui/viewer';
import { HomePerformance } from './performance/HomePerformance';
import { localToday } from './interactions/followUps';

const OnboardingPartnersQuery = graphql(`
  query OnboardingPartners($first: Int!, $filter: PartnerFilter) {
    partners(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          id
          code
          name
          status
          city
          country
        }
      }
    }
  }
`);

const RecentPartnerChangesQuery = graphql(`
  query RecentPartnerChanges($first: Int!) {
    recentPartnerChanges(first: $first) {
      id
      kind
      summary
      at
      actor {
        id
        displayName
      }
      partner {
        id
        name
      }
    }
  }
`);

// The viewer's overdue follow-ups: their number only.
const OverdueFollowUpsQuery = graphql(`
  query OverdueFollowUps($dueBefore: String!) {
    interactionTasks(open: true, dueBefore: $dueBefore, mine: true, first: 1) {
      totalCount
    }
  }
`);

function OverdueFollowUps() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OverdueFollowUpsQuery, { variables: { dueBefore: localToday() }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const count = data?.interactionTasks.totalCount ?? 0;
  const text = count > 0 ? t('followups.overdueCount', { count }) : t('followups.noneOverdue');
  return (
    <Stack gap="xs" align="flex-start">
      <Text fw={count > 0 ? 600 : undefined} data-testid="overdue-follow-ups">{text}</Text>
      <Anchor component={Link} to={count > 0 ? '/channel/follow-ups?show=overdue' : '/channel/follow-ups'} size="sm">
        {count > 0 ? t('followups.showOverdue') : t('followups.showAll')}
      </Anchor>
    </Stack>
  );
}

// The applications waiting for a decision: their number only.
const WaitingApplicationsQuery = graphql(`
  query WaitingApplications {
    partnerApplications(status: SUBMITTED, first: 1) {
      totalCount
    }
  }
`);

function WaitingApplications() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(WaitingApplicationsQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const count = data?.partnerApplications.totalCount ?? 0;
  return (
    <Stack gap="xs" align="flex-start">
      <Text fw={count > 0 ? 600 : undefined} data-testid="waiting-applications">
        {count > 0 ? t('applications.waiting', { count }) : t('applications.noneWaiting')}
      </Text>
      <Anchor component={Link} to="/channel/applications" size="sm">
        {t('applications.review')}
      </Anchor>
    </Stack>
  );
}

function OnboardingPartners() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OnboardingPartnersQuery, {
    variables: { first: 10, filter: { statuses: ['ONBOARDING'] } },
  });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const partners = data?.partners.edges.map((e) => e.node) ?? [];
  if (partners.length === 0) return <EmptyState title={t('channelHome.noOnboarding')} />;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {partners.map((p) => (
        <Group key={p.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/channel/partners/${p.id}`} fw={600}>
              {p.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {p.code} · {p.city}, {p.country}
            </Text>
          </div>
          <PartnerStatusBadge status={p.status} />
        </Group>
      ))}
      {data && data.partners.totalCount > partners.length && (
        <Text size="sm" c="dimmed">
          {t('channelHome.moreOnboarding', { count: data.partners.totalCount - partners.length })}
        </Text>
      )}
    </Stack>
  );
}

function RecentChanges() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RecentPartnerChangesQuery, { variables: { first: 15 } });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const changes = data?.recentPartnerChanges ?? [];
  if (changes.length === 0) return <EmptyState title={t('channelHome.noChanges')} />;
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {changes.map((c) => (
        <li key={c.id}>
          {c.partner ? (
            <Anchor component={Link} to={`/channel/partners/${c.partner.id}`} fw={600}>
              {c.partner.name}
            </Anchor>
          ) : null}
          <Text size="sm" className="break-anywhere">
            {c.summary}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(c.at, i18n.language)} · {c.actor?.displayName ?? t('history.system')}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

export function ChannelHome() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <Stack>
      <Title order={1}>{t('channelHome.title')}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} style={{ alignItems: 'start' }}>
        <Paper withBorder p="md" component="section" aria-labelledby="onboarding-title">
          <Title order={2} size="h4" mb="sm" id="onboarding-title">
            {t('channelHome.onboarding')}
          </Title>
          <OnboardingPartners />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="changes-title">
          <Title order={2} size="h4" mb="sm" id="changes-title">
            {t('channelHome.recentChanges')}
          </Title>
          <RecentChanges />
        </Paper>
        {viewer && CHANNEL_ROLES.includes(viewer.role) && (
          <Paper withBorder p="md" component="section" aria-labelledby="follow-ups-title">
            <Title order={2} size="h4" mb="sm" id="follow-ups-title">
              {t('followups.homeTitle')}
            </Title>
            <OverdueFollowUps />
          </Paper>
        )}
        {viewer && CHANNEL_ROLES.includes(viewer.role) && (
          <Paper withBorder p="md" component="section" aria-labelledby="applications-title">
            <Title order={2} size="h4" mb="sm" id="applications-title">
              {t('applications.homeTitle')}
            </Title>
            <WaitingApplications />
          </Paper>
        )}
        <HomePerformance canWrite={viewer ? CHANNEL_ROLES.includes(viewer.role) : false} />
      </SimpleGrid>
    </Stack>
  );
}
