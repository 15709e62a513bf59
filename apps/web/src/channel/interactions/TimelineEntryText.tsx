import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TimelineEntry_EntryFragment } from '../../gql/graphql';

graphql(`
  fragment TimelineEntry_entry on TimelineEntry {
    key
    at
    source
    action
    title
    detail
    subjectId
    actor {
      id
      displayName
    }
    interaction {
      id
      kind
      subject
      participants
      notes
      outcome
      shared
      occurredAt
      # FollowUp_task's fields, written out: the API's depth limit (10) counts each fragment spread as a level.
      tasks {
        id
        title
        dueOn
        doneAt
        doneBy {
          id
          displayName
        }
        assignee {
          id
          displayName
        }
      }
    }
  }
`);

/**
 * The channel portal's page of what an entry is about, where it has one: an order's and a service case's
 * pages, and a fund's for the MDF movements of an allocation alone (ALLOCATE, EXPIRE: their subject is the
 * fund). Leads and MDF requests have no page of their own, so their entries stay text.
 */
export function entryPath(entry: Pick<TimelineEntry_EntryFragment, 'source' | 'action' | 'subjectId'>): string | null {
  switch (entry.source) {
    case 'ORDER':
      return `/channel/orders/${entry.subjectId}`;
    case 'SERVICE_CASE':
      return `/channel/service/${entry.subjectId}`;
    case 'MDF':
      return entry.action === 'ALLOCATE' || entry.action === 'EXPIRE' ? `/channel/mdf/funds/${entry.subjectId}` : null;
    default:
      return null;
  }
}

/** Where each source's words for its steps are translated already (the lead, service, order and MDF pages'). */
const ACTION_KEYS: Record<string, string> = { LEAD: 'leads.action', SERVICE_CASE: 'service.action', ORDER: 'orders.action', MDF: 'mdf.kind' };

/**
 * What a timeline entry says: an interaction's kind, subject, people and outcome; another event's record and
 * step, its record linked to its page when `linked` (the channel portal's pages: analysts read the timeline too).
 */
export function TimelineEntryText({ entry, linked = false }: { entry: TimelineEntry_EntryFragment; linked?: boolean }) {
  const { t, i18n } = useTranslation();
  const interaction = entry.interaction;
  if (interaction) {
    return (
      <Stack gap={2}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} size="sm" className="break-anywhere">
            {t(`interactions.kind.${interaction.kind}`)}: {interaction.subject}
          </Text>
          <Badge size="xs" color={interaction.shared ? 'teal.9' : 'dark.6'} variant="outline">
            {interaction.shared ? t('interactions.shared') : t('interactions.internal')}
          </Badge>
        </Group>
        {interaction.participants.length > 0 && (
          <Text size="xs" c="dimmed" className="break-anywhere">{t('interactions.with', { names: interaction.participants.join(', ') })}</Text>
        )}
        {interaction.outcome && <Text size="sm" className="break-anywhere">{interaction.outcome}</Text>}
      </Stack>
    );
  }
  const key = ACTION_KEYS[entry.source] ? `${ACTION_KEYS[entry.source]}.${entry.action}` : '';
  const path = linked ? entryPath(entry) : null;
  const action = entry.action === 'REQUESTED' ? t('interactions.mdfRequested') : key && i18n.exists(key) ? String(t(key as never)) : entry.action;
  return (
    <Stack gap={2}>
      <Text fw={600} size="sm" className="break-anywhere">
        {entry.title && path ? (
          <>
            <Anchor component={Link} to={path} inherit data-testid="timeline-entry-link">{entry.title}</Anchor>: {action}
          </>
        ) : entry.title ? `${entry.title}: ${action}` : action}
      </Text>
      {entry.detail && <Text size="xs" c="dimmed" className="break-anywhere">{entry.detail}</Text>}
    </Stack>
  );
}
