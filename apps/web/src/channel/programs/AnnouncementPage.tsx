import { useState } from 'react';
import { Anchor, Badge, Button, Center, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { applyServerErrors } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { formatNumber } from '../../ui/kpi';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { CHANNEL_ROLES, useViewer } from '../../ui/viewer';
import { AnnouncementKindBadge, AudienceText, DocumentBody, EVERY_PARTNER, PAGE_SIZE, audienceValues, toAudienceInput, ChoiceControl } from '../../programs/shared';
import { AnnouncementForm, type AnnouncementValues } from './AnnouncementForm';
import { AnnouncementStatusBadge } from './AnnouncementsPage';

export const ChannelAnnouncementQuery = graphql(`
  query ChannelAnnouncement($id: ID!) {
    announcement(id: $id) {
      id
      kind
      title
      body
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
`);

const ReadReceiptsQuery = graphql(`
  query AnnouncementReadReceipts($id: ID!, $read: Boolean, $first: Int!, $after: String) {
    announcement(id: $id) {
      id
      readReceipts(read: $read, first: $first, after: $after) {
        totalCount
        edges {
          node {
            readAt
            partner {
              id
              name
            }
            user {
              id
              displayName
            }
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const CreateAnnouncement = graphql(`
  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      announcement {
        id
        title
      }
    }
  }
`);

const UpdateAnnouncement = graphql(`
  mutation UpdateAnnouncement($input: UpdateAnnouncementInput!) {
    updateAnnouncement(input: $input) {
      announcement {
        id
        kind
        title
        body
        updatedAt
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
  }
`);

const PublishAnnouncement = graphql(`
  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {
    publishAnnouncement(input: $input) {
      announcement {
        id
        status
        publishedAt
        publishedBy {
          id
          displayName
        }
      }
    }
  }
`);

type ReceiptsData = ResultOf<typeof ReadReceiptsQuery>;
type Announcement = ResultOf<typeof ChannelAnnouncementQuery>['announcement'];

const SHOW = ['unread', 'read', 'all'] as const;
type Show = (typeof SHOW)[number];

function appendReceipts(shown: ReceiptsData, { fetchMoreResult }: { fetchMoreResult: ReceiptsData }): ReceiptsData {
  return {
    announcement: {
      ...fetchMoreResult.announcement,
      readReceipts: { ...fetchMoreResult.announcement.readReceipts, edges: [...shown.announcement.readReceipts.edges, ...fetchMoreResult.announcement.readReceipts.edges] },
    },
  };
}

/** Who of the audience read it: the counts, and the users (not read / read / all) with when. */
function ReadReceipts({ announcement }: { announcement: Announcement }) {
  const { t, i18n } = useTranslation();
  const [show, setShow] = useState<Show>('all');
  const read = show === 'all' ? null : show === 'read';
  const { data, loading, error, refetch, fetchMore } = useQuery(ReadReceiptsQuery, {
    variables: { id: announcement.id, read, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const s = announcement.readSummary;
  const connection = data?.announcement.readReceipts;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const n = (value: number) => formatNumber(value, i18n.language, 0);

  let list;
  if (!data && loading) list = <LoadingState />;
  else if (!connection) list = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (rows.length === 0) list = <EmptyState headingOrder={3} title={t(`programs.receipts.empty.${show}`)} />;
  else {
    list = (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('programs.receipts.listLabel')} data-testid="receipts">
        {rows.map((row, index) => (
          <Paper component="li" withBorder p="sm" key={`${row.partner?.id}-${row.user?.id ?? index}`} data-testid="receipt" data-read={row.readAt ? 'true' : 'false'}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
              <Stack gap={2} style={{ flex: '1 1 12rem', minWidth: 0 }}>
                <Text fw={600} className="break-anywhere" data-testid="receipt-user">{row.user?.displayName ?? t('programs.receipts.unknownUser')}</Text>
                <Text size="sm" className="break-anywhere" data-testid="receipt-partner">{row.partner?.name ?? ''}</Text>
                <Text size="sm" data-testid="receipt-text">
                  {row.readAt ? t('programs.receipts.readOn', { date: formatDateTime(row.readAt, i18n.language) }) : t('programs.receipts.notRead')}
                </Text>
              </Stack>
              <Badge color={row.readAt ? 'green' : 'orange'} variant="light" miw="max-content">
                {row.readAt ? t('programs.receipts.badgeRead') : t('programs.receipts.badgeUnread')}
              </Badge>
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="receipts-title" data-testid="read-receipts">
      <Stack>
        <Title order={2} size="h4" id="receipts-title">{t('programs.receipts.title')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Stack gap={4}>
            <Text fw={600} data-testid="receipts-partners">{t('programs.receipts.partners', { count: s.partners, read: n(s.partnersRead), total: n(s.partners) })}</Text>
            <Progress value={s.partners ? (100 * s.partnersRead) / s.partners : 0} aria-hidden />
          </Stack>
          <Stack gap={4}>
            <Text fw={600} data-testid="receipts-users">{t('programs.receipts.users', { count: s.users, read: n(s.usersRead), total: n(s.users) })}</Text>
            <Progress value={s.users ? (100 * s.usersRead) / s.users : 0} aria-hidden />
          </Stack>
        </SimpleGrid>
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="receipts-show">{t('programs.receipts.showLabel')}</Text>
            <ChoiceControl value={show} onChange={(v) => setShow(v as Show)} aria-labelledby="receipts-show" data-testid="receipts-show"
              data={SHOW.map((value) => ({ value, label: t(`programs.receipts.show.${value}`) }))} />
          </Stack>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="receipts-count">
            {connection ? t('programs.receipts.count', { count: connection.totalCount, n: n(connection.totalCount) }) : '\u00a0'}
          </Text>
        </Group>
        {list}
        {connection?.pageInfo.hasNextPage && (
          <Center>
            <Button variant="light" loading={loading}
              onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendReceipts }).catch(() => undefined)}>
              {t('programs.loadMore', { shown: rows.length, total: connection.totalCount })}
            </Button>
          </Center>
        )}
      </Stack>
    </Paper>
  );
}

/** A draft, for channel writers: change it, or publish it behind a confirmation that says how many partners it reaches. */
function DraftEditor({ announcement }: { announcement: Announcement }) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateAnnouncement);
  const [publish] = useMutation(PublishAnnouncement, {
    refetchQueries: [ChannelAnnouncementQuery],
    awaitRefetchQueries: true,
    update: (cache) => cache.evict({ fieldName: 'announcements' }),
  });
  const save = async (values: AnnouncementValues) => {
    await update({ variables: { input: { announcementId: announcement.id, kind: values.kind, title: values.title, body: values.body, audience: toAudienceInput(values.audience) } } });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="announcement-edit-title">
      <Stack>
        <Title order={2} size="h4" id="announcement-edit-title">{t('programs.announcements.editTitle')}</Title>
        <AnnouncementForm
          testId="announcement-edit-form"
          initial={{ kind: announcement.kind, title: announcement.title, body: announcement.body, audience: audienceValues(announcement.audience) }}
          submitLabel={t('programs.announcements.save')}
          save={async (values) => {
            await save(values);
            notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('programs.announcements.saved') });
          }}
          extra={(form, setFailure) => (
            <ConfirmButton
              variant="light"
              title={t('programs.announcements.confirmTitle', { title: announcement.title })}
              message={t('programs.announcements.confirmText', { count: announcement.readSummary.partners })}
              confirmLabel={t('programs.announcements.confirm')}
              confirmColor="trellis"
              data-testid="publish-announcement"
              onConfirm={async () => {
                setFailure(null);
                if (form.validate().hasErrors) return true;
                try {
                  // What the editor holds is what goes out.
                  if (form.isDirty()) await save(form.getValues());
                  await publish({ variables: { input: { announcementId: announcement.id } } });
                  notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('programs.announcements.publishedNote') });
                } catch (error) {
                  setFailure(applyServerErrors(form, error));
                }
                return true;
              }}
            >
              {t('programs.announcements.publish')}
            </ConfirmButton>
          )}
        />
      </Stack>
    </Paper>
  );
}

/** /channel/announcements/:id: an announcement; a draft's editor, or a published one's read receipts. */
export function AnnouncementPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const canWrite = Boolean(viewer && CHANNEL_ROLES.includes(viewer.role));
  const { data, loading, error, refetch } = useQuery(ChannelAnnouncementQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const a = data?.announcement;
  usePageTitle(a?.title ?? t('programs.announcements.title'), t('portal.channel'), 'Trellis');
  if (!a && loading) return <LoadingState />;
  if (!a) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const draft = a.status === 'DRAFT';
  return (
    <Stack>
      <Anchor component={Link} to="/channel/announcements" size="sm">{t('programs.announcements.back')}</Anchor>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <AnnouncementKindBadge kind={a.kind} />
          <AnnouncementStatusBadge status={a.status} />
        </Group>
        <Title order={1} className="break-anywhere" data-testid="announcement-heading">{a.title}</Title>
        <Text size="sm">
          {a.publishedAt
            ? a.publishedBy
              ? t('programs.announcements.publishedBy', { date: formatDateTime(a.publishedAt, i18n.language), name: a.publishedBy.displayName })
              : t('programs.announcements.published', { date: formatDateTime(a.publishedAt, i18n.language) })
            : t('programs.announcements.draftSince', { date: formatDateTime(a.updatedAt, i18n.language) })}
        </Text>
        <AudienceText audience={a.audience} />
      </Stack>
      {draft && canWrite ? (
        <DraftEditor key={a.id} announcement={a} />
      ) : (
        <Paper withBorder p="md" component="section" aria-labelledby="announcement-text-title">
          <Stack gap="xs">
            <Title order={2} size="h4" id="announcement-text-title">{t('programs.announcements.text')}</Title>
            <DocumentBody body={a.body} />
          </Stack>
        </Paper>
      )}
      {draft ? <Text size="sm" c="dimmed">{t('programs.receipts.draftNote')}</Text> : <ReadReceipts announcement={a} />}
    </Stack>
  );
}

/** /channel/announcements/new: a draft; nothing reaches partners until it is published. */
export function NewAnnouncementPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('programs.announcements.newTitle'), t('portal.channel'), 'Trellis');
  const [create] = useMutation(CreateAnnouncement, { update: (cache) => cache.evict({ fieldName: 'announcements' }) });
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/channel/announcements" size="sm">{t('programs.announcements.back')}</Anchor>
      <div>
        <Title order={1}>{t('programs.announcements.newTitle')}</Title>
        <Text c="dimmed">{t('programs.announcements.newIntro')}</Text>
      </div>
      <AnnouncementForm
        testId="new-announcement-form"
        initial={{ kind: 'NEWS', title: '', body: '', audience: EVERY_PARTNER }}
        submitLabel={t('programs.announcements.create')}
        onCancel={() => void navigate('/channel/announcements')}
        save={async (values) => {
          const { data } = await create({ variables: { input: { kind: values.kind, title: values.title, body: values.body, audience: toAudienceInput(values.audience) } } });
          if (data) {
            notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('programs.announcements.created', { title: data.createAnnouncement.announcement.title }) });
            void navigate(`/channel/announcements/${data.createAnnouncement.announcement.id}`);
          }
        }}
      />
    </Stack>
  );
}
