import { Card, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceCaseDetail_ServiceCaseFragment as ServiceCase } from '../gql/graphql';
import { formatDateTime } from './format';

/** Every step of a case, oldest first, each with its note. */
export function ServiceTimeline({ events }: { events: ServiceCase['events'] }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">
        {t('service.timelineTitle')}
      </Title>
      <Timeline bulletSize={12} lineWidth={2} active={events.length - 1} data-testid="service-timeline">
        {events.map((e) => (
          <Timeline.Item key={e.id} title={<span data-testid="service-event-title">{t(`service.action.${e.action}`)}</span>} data-action={e.action}
            data-testid="service-event">
            <Text size="xs" c="dimmed">
              {formatDateTime(e.at, i18n.language)}
            </Text>
            {e.note && (
              <Text size="sm" className="break-anywhere" data-testid="service-event-note">
                {e.note}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
