import { Avatar, Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { describeError } from './errors';
import type { Viewer } from './viewer';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

function initials(name: string): string {
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function UserMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutMutation);

  async function handleSignOut() {
    try {
      await signOut();
    } catch (error) {
      notifications.show({ color: 'red', title: t('states.errorTitle'), message: describeError(error) });
      return;
    }
    // Leave the signed-in pages first, then forget everything the previous user could see.
    navigate('/signin', { replace: true });
    await client.clearStore();
  }

  return (
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        {/* Named by its text, not an aria-label, so that speech input can say what sighted users read. */}
        <Button
          variant="subtle"
          color="gray"
          px={6}
          leftSection={
            <Avatar size="sm" color="trellis" aria-hidden>
              {initials(viewer.displayName)}
            </Avatar>
          }
        >
          <Text span size="sm" visibleFrom="sm" truncate maw={160}>
            {viewer.displayName}
          </Text>
          {/* Phones show only the initials; a screen reader still hears the name. */}
          <VisuallyHidden hiddenFrom="sm">{viewer.displayName}</VisuallyHidden>
          <VisuallyHidden>, {t('layout.userMenu')}</VisuallyHidden>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs" truncate>
            {viewer.email}
          </Text>
          <Text size="xs">{t(`role.${viewer.role}`)}</Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item onClick={() => void handleSignOut()} disabled={loading}>
          {t('layout.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
