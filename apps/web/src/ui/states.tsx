import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, Button, Center, EmptyState as MantineEmptyState, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, errorCode } from './errors';
import { knownViewerHome } from './knownViewer';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text c="dimmed" size="sm">
          {label ?? t('states.loading')}
        </Text>
      </Stack>
    </Center>
  );
}

export function EmptyState(props: { title: string; description?: string; action?: ReactNode; headingOrder?: 1 | 2 | 3 | 4 }) {
  const { title, description, action, headingOrder } = props;
  return (
    <MantineEmptyState py="lg" data-testid="empty-state">
      <MantineEmptyState.Title order={headingOrder}>{title}</MantineEmptyState.Title>
      {description && <MantineEmptyState.Description>{description}</MantineEmptyState.Description>}
      {action && <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions>}
    </MantineEmptyState>
  );
}

/** A failed load: the server's message, and a retry when one makes sense. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (errorCode(error) === 'NOT_FOUND') return <NotFoundState />;
  return (
    <Alert color="red" title={t('states.errorTitle')} role="alert" my="md">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{describeError(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('states.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function NotFoundState() {
  const { t } = useTranslation();
  // Signed-in users go back to their portal; what the portals last loaded says whether someone is (no request for it).
  const home = knownViewerHome() ?? '/';
  return (
    <MantineEmptyState py="xl" data-testid="not-found">
      <MantineEmptyState.Title order={1}>{t('states.notFoundTitle')}</MantineEmptyState.Title>
      <MantineEmptyState.Description>{t('states.notFoundText')}</MantineEmptyState.Description>
      <MantineEmptyState.Actions>
        <Button component={Link} to={home} variant="light">
          {t('states.goHome')}
        </Button>
      </MantineEmptyState.Actions>
    </MantineEmptyState>
  );
}

/** An inline alert above a form, for failures no single field can show; brought into view when it appears. */
export function FormAlert({ message, title }: { message: string | null; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message]);
  if (!message) return null;
  return (
    <Alert ref={ref} color="red" title={title ?? t('states.formErrorTitle')} role="alert">
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {message}
      </Text>
    </Alert>
  );
}
