import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { usePublicMutation } from '../publicClient';
import { describeError, errorCode } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { OrderStatusBadge } from '../ui/OrderStatusBadge';
import { usePageTitle } from '../ui/usePageTitle';

const OrderStatusQuery = graphql(`
  query OrderStatus($number: String!, $email: String!) {
    orderStatus(number: $number, email: $email) {
      number
      status
      lastChangedAt
      steps {
        status
        at
      }
    }
  }
`);

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * A customer's own view of a sell-out order: its number and the email it was placed with show its status and
 * the dated steps, nothing else. Anything that does not match says the same "not found", whatever the reason.
 * A public page: its texts are in the public part (i18n/en.ts), and it imports nothing of the portals.
 */
export function OrderStatusPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('orderTracking.title'), 'Trellis');
  const [number, setNumber] = useState('');
  const [email, setEmail] = useState('');
  const [tried, setTried] = useState(false);
  // Always asked anew: a status changes, and nothing of one lookup is kept for another.
  const [lookUp, { data, loading, error }] = usePublicMutation(OrderStatusQuery);
  const [called, setCalled] = useState(false);
  const numberError = tried && !number.trim() ? t('orderTracking.numberRequired') : null;
  const emailError = tried && !EMAIL.test(email.trim()) ? t('validation.email') : null;
  // A malformed number or email is as unknown as a wrong one: the answer reveals nothing either way.
  const notFound = called && !loading && error && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCode(error) ?? '');
  const found = !loading && !error ? data?.orderStatus : undefined;

  return (
    <Stack maw={560} mx="auto">
      <Title order={1}>{t('orderTracking.title')}</Title>
      <Text c="dimmed">{t('orderTracking.intro')}</Text>
      <Card withBorder padding="md" component="form" noValidate data-testid="order-status-form"
        onSubmit={(event: React.FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          setTried(true);
          if (!number.trim() || !EMAIL.test(email.trim())) return;
          setCalled(true);
          void lookUp({ number: number.trim().toUpperCase(), email: email.trim() }).catch(() => undefined);
        }}
      >
        <Stack>
          <TextInput label={t('orderTracking.number')} placeholder={t('orderTracking.numberPlaceholder')} required maxLength={40} autoComplete="off"
            value={number} onChange={(e) => setNumber(e.currentTarget.value)} error={numberError} />
          <TextInput label={t('orderTracking.email')} type="email" required maxLength={254} autoComplete="email"
            value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={emailError} />
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              {t('orderTracking.check')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <div aria-live="polite">
        {notFound && (
          <Alert color="orange" title={<span data-testid="order-status-not-found-title">{t('orderTracking.notFoundTitle')}</span>} data-testid="order-status-not-found">
            <span data-testid="order-status-not-found-text">{t('orderTracking.notFound')}</span>
          </Alert>
        )}
        {called && !loading && error && !notFound && (
          <Alert color="red" title={t('states.errorTitle')} role="alert">
            {describeError(error)}
          </Alert>
        )}
        {found && (
          <Card withBorder padding="md" data-testid="order-status-result">
            <Stack>
              <Group justify="space-between" align="flex-start" wrap="wrap">
                <div>
                  <Title order={2} size="h3" data-testid="order-status-number">
                    {t('orderTracking.orderNumber', { number: found.number })}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('orderTracking.lastChanged', { date: formatDateTime(found.lastChangedAt, i18n.language) })}
                  </Text>
                </div>
                <OrderStatusBadge status={found.status} size="lg" />
              </Group>
              <Title order={3} size="h5">
                {t('orderTracking.steps')}
              </Title>
              <Timeline bulletSize={12} lineWidth={2} active={found.steps.length - 1} data-testid="order-status-steps">
                {found.steps.map((step) => (
                  <Timeline.Item key={`${step.status}-${step.at}`} title={<span data-testid="order-step-title">{t(`orderTracking.status.${step.status}`)}</span>}
                    data-status={step.status}>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(step.at, i18n.language)}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            </Stack>
          </Card>
        )}
      </div>
    </Stack>
  );
}
