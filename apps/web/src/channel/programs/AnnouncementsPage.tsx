import { Anchor, Badge, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnnouncementStatus } from '@trellis/schema';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/format';
import { formatNumber } from '../../ui/kpi';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { CHANNEL_ROLES, useViewer } from '../../ui/viewer';
import { AnnouncementKindBadge, AnnouncementKindFilter, AudienceText, PAGE_SIZE, useAnnouncementKind } from '../../programs/shared';

export const ChannelAnnouncementsQuery = graphql(`
  query ChannelAnnouncements($filter: AnnouncementFilter, $first: Int!, $after: String) {
    announcements(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          kind
          title
          status
          createdAt
          updatedAt
          publishedAt
          publishedBy {
            id
            displayName
          }
          audience {
            ...Audience_audience
          }
          readSummary {
            partners
            partnersRead
            users
            usersRead
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

type AnnouncementsData = ResultOf<typeof ChannelAnnouncementsQuery>;
type Row = AnnouncementsData['announcements']['edges'][number]['node'];

function appendPage(shown: AnnouncementsData, { fetchMoreResult }: { fetchMoreResult: AnnouncementsData }): AnnouncementsData {
  return { announcements: { ...fetchMoreResult.announcements, edges: [...shown.announcements.edges, ...fetchMoreResult.announcements.edges] } };
}

export function AnnouncementStatusBadge({ status }: { status: AnnouncementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'PUBLISHED' ? 'green' : 'gray'} variant="light" miw="max-content" data-testid="announcement-status" data-status={status}>
      {t(`programs.announcements.status.${status}`)}
    </Badge>
  );
}

function AnnouncementItem({ announcement: a }: { announcement: Row }) {
  const { t, i18n } = useTranslation();
  const s = a.readSummary;
  return (
    <Paper component="li" withBorder p="sm" data-testid="announcement" data-announcement-id={a.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={2} size="h5" style={{ flex: '1 1 14rem', minWidth: 0 }} className="break-anywhere">
            <Anchor component={Link} inherit to={`/channel/announcements/${a.id}`} data-testid="announcement-title">{a.title}</Anchor>
          </Title>
          <Group gap={4} wrap="wrap">
            <AnnouncementKindBadge kind={a.kind} />
            <AnnouncementStatusBadge status={a.status} />
          </Group>
        </Group>
        <Text size="sm">
          {a.publishedAt
            ? a.publishedBy
              ? t('programs.announcements.publishedBy', { date: formatDateTime(a.publishedAt, i18n.language), name: a.publishedBy.displayName })
              : t('programs.announcements.published', { date: formatDateTime(a.publishedAt, i18n.language) })
            : t('programs.announcements.draftSince', { date: formatDateTime(a.updatedAt, i18n.language) })}
        </Text>
        <AudienceText audience={a.audience} size="xs" />
        {a.status === 'PUBLISHED' && (
          <Text size="sm" data-testid="announcement-reach">
            {t('programs.announcements.reach', {
              count: s.users, users: formatNumber(s.users, i18n.language, 0), usersRead: formatNumber(s.usersRead, i18n.language, 0),
              partners: formatNumber(s.partners, i18n.language, 0), partnersRead: formatNumber(s.partnersRead, i18n.language, 0),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** /channel/announcements: news and campaigns, drafts and published, latest first; of one kind if chosen (?kind=CAMPAIGN). */
export function AnnouncementsPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const canWrite = Boolean(viewer && CHANNEL_ROLES.includes(viewer.role));
  const [kind, setKind] = useAnnouncementKind();
  usePageTitle(t('programs.announcements.title'), t('portal.channel'), 'Trellis');
  const { data, loading, error, refetch, fetchMore } = useQuery(ChannelAnnouncementsQuery, {
    variables: { filter: kind ? { kinds: [kind] } : null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.announcements;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (rows.length === 0) {
    body = (
      <EmptyState
        headingOrder={2}
        title={kind ? t('programs.announcements.emptyKind') : t('programs.announcements.empty')}
        description={canWrite && !kind ? t('programs.announcements.emptyText') : undefined}
      />
    );
  } else {
    body = (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('programs.announcements.listLabel')} data-testid="announcements">
        {rows.map((row) => <AnnouncementItem key={row.id} announcement={row} />)}
      </Stack>
    );
  }
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>{t('programs.announcements.title')}</Title>
          <Text c="dimmed">{t('programs.announcements.intro')}</Text>
        </div>
        {canWrite && <Button component={Link} to="/channel/announcements/new">{t('programs.announcements.new')}</Button>}
      </Group>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <AnnouncementKindFilter kind={kind} onChange={setKind} />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="announcement-count">
          {connection ? t('programs.announcements.count', { count: connection.totalCount, n: formatNumber(connection.totalCount, i18n.language, 0) }) : '\u00a0'}
        </Text>
      </Group>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage }).catch(() => undefined)}>
            {t('programs.loadMore', { shown: rows.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
