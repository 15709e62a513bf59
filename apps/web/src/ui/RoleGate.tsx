import type { ReactNode } from 'react';
import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '@trellis/schema';
import { homeOf, useViewer } from './viewer';

/** Shows its children only to the given roles; others get a friendly way back to their own portal. */
export function RoleGate({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { viewer } = useViewer();
  if (!viewer) return null; // the authenticated layout redirects anonymous visitors before this renders
  if (!roles.includes(viewer.role)) return <NotForYourRole role={viewer.role} />;
  return <>{children}</>;
}

export function NotForYourRole({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <EmptyState py="xl" data-testid="not-for-your-role">
      <EmptyState.Title order={1}>{t('notForRole.title')}</EmptyState.Title>
      <EmptyState.Description>{t('notForRole.text', { role: t(`role.${role}`) })}</EmptyState.Description>
      <EmptyState.Actions>
        <Button component={Link} to={homeOf(role)}>
          {t('notForRole.goHome')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
