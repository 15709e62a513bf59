import { useId } from 'react';
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
  const identityId = useId();

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

  // A menu (role="menu") may own only items, groups and separators. Two things inside it were not: Mantine's
  // initial-focus placeholder (a tabbable role="presentation" div, which axe's aria-required-children rejects;
  // without it, opening the menu focuses its first item, as the menu button pattern has it) and the identity
  // above the items. The identity stays on screen as plain text in a presentational label (spans, no
  // paragraphs) and is the menu's description, so a screen reader says who is signed in when the menu opens.
  return (
    <Menu position="bottom-end" width={220} withInitialFocusPlaceholder={false}>
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
      <Menu.Dropdown aria-describedby={identityId}>
        <Menu.Label role="presentation" id={identityId} data-testid="user-menu-identity">
          <Text span display="block" size="xs" truncate>
            {viewer.email}
          </Text>{' '}
          <Text span display="block" size="xs">
            {t(`role.${viewer.role}`)}
          </Text>
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
