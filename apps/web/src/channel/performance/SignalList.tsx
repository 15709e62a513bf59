import { useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SignalStatus } from '@trellis/schema';
import { graphql } from '../../gql';
import type { SignalItem_SignalFragment } from '../../gql/graphql';
import { describeError, fieldErrors } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { periodLabel } from '../../ui/kpi';
import { KpiSignalFacts } from '../../ui/KpiSignalFacts';
import { FormAlert } from '../../ui/states';

graphql(`
  fragment SignalItem_signal on ChannelSignal {
    id
    kind
    period
    status
    raisedAt
    note
    acknowledgedAt
    acknowledgedBy {
      id
      displayName
    }
    partner {
      id
      name
      code
    }
    facts {
      name
      value
      text
      series
    }
  }
`);

const AcknowledgeChannelSignal = graphql(`
  mutation AcknowledgeChannelSignal($input: AcknowledgeChannelSignalInput!) {
    acknowledgeChannelSignal(input: $input) {
      signal {
        ...SignalItem_signal
      }
    }
  }
`);

const STATUS_COLOR: Record<SignalStatus, string> = { OPEN: 'orange', ACKNOWLEDGED: 'blue', CLEARED: 'gray' };

/** Lists that show signals: asked again after an acknowledgement, since the signal leaves the open ones. */
export const SIGNAL_QUERIES = ['ChannelSignals', 'OpenSignals', 'ScorecardSignals'];

function AcknowledgeDialog({ signal, onClose }: { signal: SignalItem_SignalFragment; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [acknowledge, { loading, error }] = useMutation(AcknowledgeChannelSignal, { refetchQueries: SIGNAL_QUERIES, awaitRefetchQueries: true });
  const serverNoteError = fieldErrors(error).find((e) => e.field.endsWith('note'))?.reason;
  async function submit() {
    if (note.trim().length === 0) {
      setNoteError(t('performance.noteRequired'));
      return;
    }
    setNoteError(null);
    try {
      await acknowledge({ variables: { input: { id: signal.id, note: note.trim() } } });
      onClose();
    } catch {
      // shown below from the mutation's error
    }
  }
  return (
    <Modal opened onClose={onClose} title={t('performance.acknowledgeTitle')} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">
            {signal.partner?.name} · {t(`performance.signalKind.${signal.kind}`)} · {periodLabel(signal.period, i18n.language)}
          </Text>
          <KpiSignalFacts kind={signal.kind} facts={signal.facts} />
          <FormAlert message={error && !serverNoteError ? describeError(error) : null} />
          <Textarea
            label={t('performance.note')}
            description={t('performance.noteHint')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={noteError ?? serverNoteError}
            maxLength={2000}
            autosize
            minRows={3}
            required
            data-autofocus
            data-testid="acknowledge-note"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="acknowledge-submit">
              {t('performance.acknowledge')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** One signal: whose, which rule, which month, the numbers in words; acknowledged with a note by writers. */
export function SignalItem({ signal, canWrite, showPartner = true }: { signal: SignalItem_SignalFragment; canWrite: boolean; showPartner?: boolean }) {
  const { t, i18n } = useTranslation();
  const [acknowledging, setAcknowledging] = useState(false);
  return (
    <Paper withBorder p="sm" component="li" data-testid="signal-item" data-kind={signal.kind} data-status={signal.status}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0, flex: '1 1 260px' }}>
          <Group gap="xs" wrap="wrap">
            {showPartner && signal.partner && (
              <Anchor component={Link} to={`/channel/partners/${signal.partner.id}/scorecard`} fw={600} className="break-anywhere">
                {signal.partner.name}
              </Anchor>
            )}
            <Text fw={600} size="sm">
              {t(`performance.signalKind.${signal.kind}`)}
            </Text>
            <Text size="sm" c="dimmed">
              {periodLabel(signal.period, i18n.language)}
            </Text>
            <Badge color={STATUS_COLOR[signal.status]} variant="light">
              {t(`performance.signalStatus.${signal.status}`)}
            </Badge>
          </Group>
          <KpiSignalFacts kind={signal.kind} facts={signal.facts} />
          <Text size="xs" c="dimmed">
            {t('performance.raisedAt', { at: formatDateTime(signal.raisedAt, i18n.language) })}
          </Text>
          {signal.status === 'ACKNOWLEDGED' && (
            <Text size="sm" className="break-anywhere" data-testid="signal-note">
              {t('performance.acknowledgedBy', {
                by: signal.acknowledgedBy?.displayName ?? '—',
                at: signal.acknowledgedAt ? formatDateTime(signal.acknowledgedAt, i18n.language) : '',
              })}
              : {signal.note}
            </Text>
          )}
        </div>
        {canWrite && signal.status === 'OPEN' && (
          <Button size="xs" variant="light" onClick={() => setAcknowledging(true)} data-testid="acknowledge">
            {t('performance.acknowledge')}
          </Button>
        )}
      </Group>
      {acknowledging && <AcknowledgeDialog signal={signal} onClose={() => setAcknowledging(false)} />}
    </Paper>
  );
}

export function SignalItems({ signals, canWrite, showPartner }: { signals: readonly SignalItem_SignalFragment[]; canWrite: boolean; showPartner?: boolean }) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="signal-list">
      {signals.map((s) => (
        <SignalItem key={s.id} signal={s} canWrite={canWrite} showPartner={showPartner} />
      ))}
    </Stack>
  );
}
