import { Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { PartnerHistory_PartnerFragment } from '../gql/graphql';
import { formatDateTime } from '../ui/format';
import { EmptyState } from '../ui/states';

graphql(`
  fragment PartnerHistory_partner on Partner {
    id
    history {
      id
      kind
      summary
      at
      actor { id displayName }
    }
  }
`);

const KNOWN_KINDS = ['CREATED', 'PROFILE', 'STATUS', 'TIER', 'OWNER', 'PARENT', 'TERRITORIES', 'USER_INVITED', 'USER_DEACTIVATED'] as const;
type KnownKind = (typeof KNOWN_KINDS)[number];
const isKnown = (kind: string): kind is KnownKind => (KNOWN_KINDS as readonly string[]).includes(kind);

export function PartnerHistory({ partner }: { partner: PartnerHistory_PartnerFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="history-title">
      <Title order={2} size="h4" id="history-title" mb="sm">
        {t('history.title')}
      </Title>
      {partner.history.length === 0 ? (
        <EmptyState title={t('history.empty')} />
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={partner.history.length}>
          {partner.history.map((change) => (
            <Timeline.Item key={change.id} title={isKnown(change.kind) ? t(`history.kind.${change.kind}`) : change.kind}>
              <Text size="sm" className="break-anywhere">
                {change.summary}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(change.at, i18n.language)} · {change.actor?.displayName ?? t('history.system')}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
