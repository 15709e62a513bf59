import { useState } from 'react';
import { Accordion, Badge, Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { formatNumber } from '../../ui/kpi';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import type { AnnouncementKind } from '@trellis/schema';
import { AnnouncementKindBadge, AnnouncementKindFilter, DocumentBody, PAGE_SIZE, ChoiceControl, useAnnouncementKind } from '../../programs/shared';

// Only what partner users may read: no receipts, no counts, no publisher.
export const PartnerAnnouncementsQuery = graphql(`
  query PartnerAnnouncements($filter: AnnouncementFilter, $first: Int!, $after: String) {
    announcements(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          kind
          title
          body
          publishedAt
          readAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** How many announcements the viewer has not read. */
export const UnreadAnnouncementCountQuery = graphql(`
  query UnreadAnnouncementCount {
    announcements(filter: { unread: true }, first: 1) {
      totalCount
    }
  }
`);

const MarkAnnouncementRead = graphql(`
  mutation MarkAnnouncementRead($input: MarkAnnouncementReadInput!) {
    markAnnouncementRead(input: $input) {
      announcement {
        id
        readAt
      }
    }
  }
`);

type InboxData = ResultOf<typeof PartnerAnnouncementsQuery>;
type Item = InboxData['announcements']['edges'][number]['node'];

function appendPage(shown: InboxData, { fetchMoreResult }: { fetchMoreResult: InboxData }): InboxData {
  return { announcements: { ...fetchMoreResult.announcements, edges: [...shown.announcements.edges, ...fetchMoreResult.announcements.edges] } };
}

function useInbox(unread: boolean, kind: AnnouncementKind | null, skip = false) {
  return useQuery(PartnerAnnouncementsQuery, {
    variables: { filter: { unread, kinds: kind ? [kind] : null }, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
    skip,
  });
}

/**
 * One part of the inbox (the unread, or the read): opening an announcement shows its text and, the first time,
 * marks it read; it stays where it is, now marked read, until the page is read again.
 */
function InboxSection({ unread, query, count, onFailure }: {
  unread: boolean;
  query: ReturnType<typeof useInbox>;
  /** The part's count as it is now (every kind's unread: fewer once one is opened); else the list's own, less those opened here. */
  count?: number;
  onFailure: (message: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState<string[]>([]);
  const [markRead] = useMutation(MarkAnnouncementRead, { refetchQueries: [UnreadAnnouncementCountQuery, 'PartnerProgramsSummary'] });
  const { data, loading, error, refetch, fetchMore } = query;
  const connection = data?.announcements;
  const items = connection?.edges.map((edge) => edge.node) ?? [];
  const id = unread ? 'inbox-unread-title' : 'inbox-read-title';

  const open = (values: string[]) => {
    const added = values.filter((value) => !opened.includes(value));
    setOpened(values);
    for (const announcementId of added) {
      const item = items.find((i) => i.id === announcementId);
      if (item && !item.readAt) {
        onFailure(null);
        markRead({ variables: { input: { announcementId } } }).catch((failure: unknown) => onFailure(t('programs.inbox.markFailed', { reason: describeError(failure) })));
      }
    }
  };

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (items.length === 0) body = <Text size="sm" c="dimmed">{unread ? t('programs.inbox.noneUnread') : t('programs.inbox.noneRead')}</Text>;
  else {
    body = (
      <Accordion multiple variant="separated" order={3} value={opened} onChange={open}
        data-testid={unread ? 'inbox-unread' : 'inbox-read'}>
        {items.map((item: Item) => (
          <Accordion.Item key={item.id} value={item.id} data-testid="inbox-item" data-announcement-id={item.id} data-read={item.readAt ? 'true' : 'false'}>
            <Accordion.Control>
              <Stack gap={4}>
                <Group gap="xs" wrap="wrap">
                  <Badge color={item.readAt ? 'gray' : 'orange'} variant="light" miw="max-content" data-testid="inbox-read-state">
                    {item.readAt ? t('programs.inbox.readBadge') : t('programs.inbox.unreadBadge')}
                  </Badge>
                  <AnnouncementKindBadge kind={item.kind} />
                </Group>
                <Text fw={item.readAt ? 500 : 700} className="break-anywhere" data-testid="inbox-title">{item.title}</Text>
                {item.publishedAt && <Text size="xs" c="dimmed">{t('programs.inbox.published', { date: formatDateTime(item.publishedAt, i18n.language) })}</Text>}
              </Stack>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <DocumentBody body={item.body} />
                {item.readAt && <Text size="xs" c="dimmed" data-testid="inbox-read-on">{t('programs.inbox.readOn', { date: formatDateTime(item.readAt, i18n.language) })}</Text>}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    );
  }
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={2} size="h4" id={id}>
        {unread ? t('programs.inbox.unreadTitle') : t('programs.inbox.readTitle')}
        {connection ? ` (${formatNumber(count ?? connection.totalCount - (unread ? items.filter((item) => item.readAt).length : 0), i18n.language, 0)})` : ''}
      </Title>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage }).catch(() => undefined)}>
            {t('programs.loadMore', { shown: items.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
    </Stack>
  );
}

/**
 * /partner/announcements: the brand's news and campaigns for the partner, the unread ones first and marked so;
 * only the unread ones (?show=unread), of one kind (?kind=CAMPAIGN), as chosen.
 */
export default function PartnerAnnouncementsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const show = params.get('show') === 'unread' ? 'unread' : 'all';
  const [kind, setKind] = useAnnouncementKind();
  const [failure, setFailure] = useState<string | null>(null);
  usePageTitle(t('programs.inbox.title'), t('portal.partner'), 'Trellis');
  const unreadQuery = useInbox(true, kind);
  const readQuery = useInbox(false, kind, show === 'unread');
  const unreadCount = useQuery(UnreadAnnouncementCountQuery, { fetchPolicy: 'cache-and-network' }).data?.announcements.totalCount;
  const nothing = show === 'all' && unreadQuery.data?.announcements.totalCount === 0 && readQuery.data?.announcements.totalCount === 0;
  return (
    <Stack>
      <div>
        <Title order={1}>{t('programs.inbox.title')}</Title>
        <Text c="dimmed">{t('programs.inbox.intro')}</Text>
      </div>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="inbox-show">{t('programs.inbox.showLabel')}</Text>
          <ChoiceControl
            value={show}
            aria-labelledby="inbox-show"
            data-testid="inbox-show"
            style={{ alignSelf: 'flex-start' }}
            onChange={(value) => {
              const next = new URLSearchParams(params);
              if (value === 'unread') next.set('show', 'unread');
              else next.delete('show');
              setParams(next, { replace: true });
            }}
            data={[
              { value: 'all', label: t('programs.inbox.showAll') },
              { value: 'unread', label: unreadCount === undefined ? t('programs.inbox.showUnread') : t('programs.inbox.showUnreadCount', { n: formatNumber(unreadCount, i18n.language, 0) }) },
            ]}
          />
        </Stack>
        <AnnouncementKindFilter kind={kind} onChange={setKind} />
      </Group>
      {failure && <Text size="sm" c="red.8" role="alert">{failure}</Text>}
      {nothing ? (
        <EmptyState headingOrder={2} title={kind ? t('programs.announcements.emptyKind') : t('programs.inbox.empty')} description={kind ? undefined : t('programs.inbox.emptyText')} />
      ) : (
        <>
          {/* Every kind's unread count is the one the menu shows; of one kind, the list's own less those opened. */}
          <InboxSection unread query={unreadQuery} count={kind ? undefined : unreadCount} onFailure={setFailure} />
          {show === 'all' && <InboxSection unread={false} query={readQuery} onFailure={setFailure} />}
        </>
      )}
    </Stack>
  );
}
