import { ActionIcon, Button, Group, Indicator, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import type { Role } from '@trellis/schema';
import { formatDateTime } from './format';
import { describeError } from './errors';
import { FormAlert } from './states';

const NotificationList = graphql(`
  query NotificationList {
    notifications(first: 20) {
      id
      kind
      reference
      createdAt
      readAt
    }
    unreadNotificationCount
  }
`);

const MarkNotificationsRead = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
    }
  }
`);

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden>
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's notifications: the unread count on a bell, the latest twenty in a panel, kept live (ui/live.tsx). */
export function NotificationBell({ role }: { role: Role }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [opened, panel] = useDisclosure(false);
  const { data, error } = useQuery(NotificationList);
  const [markRead, marking] = useMutation(MarkNotificationsRead, { refetchQueries: ['NotificationList'], awaitRefetchQueries: true });
  const unread = data?.unreadNotificationCount ?? 0;
  const portal = role === 'PARTNER_MANAGER' || role === 'PARTNER_EMPLOYEE' ? '/partner' : '/channel';
  const pageOf = (kind: string) =>
    kind === 'CHANNEL_SIGNAL' ? '/channel/performance/signals'
      : kind === 'POLICY_PUBLISHED' ? `${portal}/policies`
        : kind === 'ANNOUNCEMENT_PUBLISHED' ? `${portal}/announcements`
          : `${portal}/${kind.startsWith('REGISTRATION') ? 'registrations' : 'leads'}`;
  const items = data?.notifications ?? [];
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="orange" offset={4}>
      <Popover opened={opened} onChange={panel.toggle} position="bottom-end" width={320} shadow="md" withinPortal>
        <Popover.Target>
          <ActionIcon variant="subtle" size="lg" onClick={panel.toggle} aria-label={t('notifications.open', { count: unread })} data-testid="notification-bell">
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs" data-testid="notification-panel">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={700} size="sm">{t('notifications.title')}</Text>
              <Button size="compact-xs" variant="subtle" disabled={unread === 0} loading={marking.loading}
                onClick={() => void markRead({ variables: { input: { all: true } } }).catch(() => undefined)}>
                {t('notifications.markAllRead')}
              </Button>
            </Group>
            <FormAlert message={error ?? marking.error ? describeError(error ?? marking.error) : null} />
            {items.length === 0 ? (
              <Text size="sm" c="dimmed" py="sm">{t('notifications.empty')}</Text>
            ) : (
              <Stack gap={2} component="ul" p={0} m={0} mah={360} style={{ listStyle: 'none', overflowY: 'auto' }}>
                {items.map((n) => (
                  <li key={n.id}>
                    <UnstyledButton
                      w="100%"
                      p={6}
                      data-unread={n.readAt ? undefined : true}
                      data-testid="notification"
                      style={{ borderRadius: 4, background: n.readAt ? undefined : 'var(--mantine-color-orange-light)' }}
                      onClick={() => {
                        panel.close();
                        if (!n.readAt) void markRead({ variables: { input: { notificationIds: [n.id] } } }).catch(() => undefined);
                        void navigate(pageOf(n.kind));
                      }}
                    >
                      <Text size="sm" fw={n.readAt ? 400 : 700}>{t(`notifications.kind.${n.kind}`, { reference: n.reference ?? '' })}</Text>
                      <Text size="xs" c="dimmed">{formatDateTime(n.createdAt, i18n.language)}</Text>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
