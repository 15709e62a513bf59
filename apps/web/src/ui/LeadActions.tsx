import { useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { LeadTiming } from '@trellis/schema';
import type { LeadStatus } from '../gql/graphql';
import { enumValues } from './enumValues';
import { toAmount } from './money';
import { describeError, errorCode } from './errors';
import { newIdempotencyKey } from './orderMoves';
import { FormAlert } from './states';
import { CandidateTable } from './LeadHistory';
import { ConfirmButton } from './ConfirmButton';
import { PartnerSearchSelect } from './PartnerSearchSelect';

/** Who is looking at a lead card: brand staff dispatch, a partner's manager accepts or declines. */
export type LeadActor = 'dispatcher' | 'partnerManager' | 'partnerEmployee' | null;

const DispatchLead = graphql(`
  mutation DispatchLead($input: DispatchLeadInput!) {
    dispatchLead(input: $input) {
      lead {
        id
        status
      }
    }
  }
`);

const EraseLeadPersonalData = graphql(`
  mutation EraseLeadPersonalData($input: LeadReasonInput!) {
    eraseLeadPersonalData(input: $input) {
      lead {
        id
        erasedAt
        contactName
        company
        email
        phone
        postalCode
        message
      }
    }
  }
`);

const AutoDispatchLeads = graphql(`
  mutation AutoDispatchLeads($input: AutoDispatchLeadsInput!) {
    autoDispatchLeads(input: $input) {
      dispatched {
        id
        status
        partner {
          id
          name
        }
      }
      notDispatched {
        leadId
        reason
        status
      }
    }
  }
`);

const DispatchRanking = graphql(`
  query DispatchRanking($leadId: ID!) {
    dispatchCandidates(leadId: $leadId) {
      considered
      candidates {
        ...DispatchCandidateRow_candidate
      }
    }
  }
`);

const AcceptLead = graphql(`
  mutation AcceptLead($input: LeadInput!) {
    acceptLead(input: $input) {
      lead {
        id
        status
      }
    }
  }
`);

const DeclineLead = graphql(`
  mutation DeclineLead($input: LeadReasonInput!) {
    declineLead(input: $input) {
      lead {
        id
      }
    }
  }
`);

const QualifyLead = graphql(`
  mutation QualifyLead($input: QualifyLeadInput!) {
    qualifyLead(input: $input) {
      lead {
        id
        status
      }
    }
  }
`);

const ConvertLead = graphql(`
  mutation ConvertLead($input: ConvertLeadInput!) {
    convertLead(input: $input) {
      lead {
        id
        status
      }
    }
  }
`);

const MarkLeadLost = graphql(`
  mutation MarkLeadLost($input: LeadReasonInput!) {
    markLeadLost(input: $input) {
      lead {
        id
        status
      }
    }
  }
`);

const AssignLead = graphql(`
  mutation AssignLead($input: AssignLeadInput!) {
    assignLead(input: $input) {
      lead {
        id
        assignee {
          id
          displayName
        }
      }
    }
  }
`);

const FulfilLead = graphql(`
  mutation FulfilLead($input: FulfilLeadInput!) {
    fulfilLead(input: $input) {
      order {
        id
        number
        status
      }
    }
  }
`);

const PartnerStaff = graphql(`
  query LeadAssignees($partnerId: ID!) {
    partner(id: $partnerId) {
      id
      users {
        id
        displayName
        active
        role
      }
    }
  }
`);

const TIMINGS = enumValues(LeadTiming, ['NOW', 'WITHIN_3_MONTHS', 'WITHIN_12_MONTHS', 'LATER']);

interface LeadActionsProps {
  lead: { id: string; reference: string; status: LeadStatus; partner: { id: string } | null; assignee: { id: string } | null };
  actor: LeadActor;
  ownPartnerId: string | null;
}

/** The moves this viewer may make on this lead now; nothing when there are none. The inbox reloads after each. */
export function LeadActions({ lead, actor, ownPartnerId }: LeadActionsProps) {
  const waitsForPartner = lead.status === 'NEW' || lead.status === 'DISPATCHED';
  if (actor === 'dispatcher' && lead.status === 'UNASSIGNED') return <DispatchForm leadId={lead.id} />;
  const own = lead.partner?.id === ownPartnerId;
  if (actor === 'partnerManager' && waitsForPartner && own) return <AcceptOrDecline leadId={lead.id} />;
  const staff = actor === 'partnerManager' || actor === 'partnerEmployee';
  if (staff && own && (lead.status === 'ACCEPTED' || lead.status === 'QUALIFIED')) {
    return (
      <Stack gap="xs">
        {actor === 'partnerManager' && ownPartnerId && <AssignSelect leadId={lead.id} partnerId={ownPartnerId} assigneeId={lead.assignee?.id ?? null} />}
        <WorkOnLead leadId={lead.id} status={lead.status} />
        {actor === 'partnerManager' && <FulfilLeadButton leadId={lead.id} reference={lead.reference} />}
      </Stack>
    );
  }
  return null;
}

const reload = { refetchQueries: ['LeadInbox', 'LeadHistory', 'LeadCount'], awaitRefetchQueries: true };

/** Dispatch of a selection by the rules; the inbox reloads after it. */
export function useAutoDispatch() {
  return useMutation(AutoDispatchLeads, reload);
}

function DispatchForm({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [dispatch, { loading: sending, error: dispatchError }] = useMutation(DispatchLead, reload);
  const [autoDispatch, auto] = useAutoDispatch();
  const [rank, ranking] = useLazyQuery(DispatchRanking, { fetchPolicy: 'network-only' });
  const [noCandidate, setNoCandidate] = useState(false);
  const error = dispatchError ?? auto.error ?? ranking.error;
  const busy = sending || auto.loading;
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs" wrap="wrap">
        <PartnerSearchSelect
          label={t('leads.dispatchTo')}
          activeOnly
          value={partnerId}
          onChange={setPartnerId}
          style={{ flex: '1 1 16rem' }}
          data-testid="dispatch-partner"
        />
        <Button
          disabled={!partnerId || busy}
          loading={sending}
          onClick={() => {
            setNoCandidate(false);
            if (partnerId) void dispatch({ variables: { input: { leadId, partnerId } } }).catch(() => undefined);
          }}
        >
          {t('leads.dispatch')}
        </Button>
      </Group>
      <Group gap="xs">
        <Button
          variant="light"
          loading={auto.loading}
          disabled={busy}
          data-testid="auto-dispatch"
          onClick={() =>
            void autoDispatch({ variables: { input: { leadIds: [leadId] } } }).then(
              (r) => setNoCandidate(r.data?.autoDispatchLeads.notDispatched.some((n) => n.reason === 'NO_CANDIDATE') ?? false),
              () => undefined,
            )
          }
        >
          {t('dispatch.byRulesButton')}
        </Button>
        <Button variant="subtle" loading={ranking.loading} onClick={() => {
          setNoCandidate(false);
          void rank({ variables: { leadId } }).catch(() => undefined);
        }} data-testid="show-ranking">
          {t('dispatch.showRanking')}
        </Button>
      </Group>
      {noCandidate && (
        <Alert color="orange" variant="light" role="status" data-testid="no-candidate">
          {t('dispatch.noCandidate')}
        </Alert>
      )}
      {ranking.data &&
        (ranking.data.dispatchCandidates.candidates.length === 0 ? (
          <Text size="sm" c="dimmed">{t('dispatch.noCandidate')}</Text>
        ) : (
          <Stack gap={4}>
            <Text size="xs">{t('dispatch.considered', { count: ranking.data.dispatchCandidates.considered })}</Text>
            <CandidateTable
              candidates={ranking.data.dispatchCandidates.candidates}
              action={(c) =>
                c.partner && (
                  <Button size="compact-xs" variant="default" aria-label={t('dispatch.chooseNamed', { name: c.partner.name })} onClick={() => setPartnerId(c.partner!.id)}>
                    {t('dispatch.choose')}
                  </Button>
                )
              }
            />
          </Stack>
        ))}
      <FormAlert message={error ? describeError(error) : null} />
    </Stack>
  );
}

function AcceptOrDecline({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [accept, accepting] = useMutation(AcceptLead, reload);
  const [decline, declined] = useMutation(DeclineLead, reload);
  const error = accepting.error ?? declined.error;
  // One move at a time: while one is on its way, the other waits.
  const busy = accepting.loading || declined.loading;
  const tooShort = reason.trim().length < 2;
  return (
    <Stack gap="xs">
      {declining ? (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('leads.declineReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={500}
            required
            style={{ flex: '1 1 16rem' }}
          />
          <Button color="red" disabled={tooShort || accepting.loading} loading={declined.loading}
            onClick={() => void decline({ variables: { input: { leadId, reason: reason.trim() } } }).catch(() => undefined)}>
            {t('leads.declineConfirm')}
          </Button>
          <Button variant="default" onClick={() => setDeclining(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      ) : (
        <Group gap="xs">
          <Button loading={accepting.loading} disabled={busy && !accepting.loading} onClick={() => void accept({ variables: { input: { leadId } } }).catch(() => undefined)}>
            {t('leads.accept')}
          </Button>
          <Button variant="default" disabled={busy} onClick={() => setDeclining(true)}>
            {t('leads.decline')}
          </Button>
        </Group>
      )}
      <FormAlert message={error ? describeError(error) : null} />
    </Stack>
  );
}

type Work = 'qualify' | 'convert' | 'lost' | null;

/** An accepted lead is qualified, then converted (with its value); either may turn out lost, with a reason. */
function WorkOnLead({ leadId, status }: { leadId: string; status: 'ACCEPTED' | 'QUALIFIED' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Work>(null);
  const [score, setScore] = useState<number | string>(50);
  const [checks, setChecks] = useState({ budgetConfirmed: false, authorityConfirmed: false, needConfirmed: false });
  const [timing, setTiming] = useState<LeadTiming>('WITHIN_3_MONTHS');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('PLN');
  const [reason, setReason] = useState('');
  const [qualify, qualifying] = useMutation(QualifyLead, reload);
  const [convert, converting] = useMutation(ConvertLead, reload);
  const [lose, losing] = useMutation(MarkLeadLost, reload);
  const error = qualifying.error ?? converting.error ?? losing.error;
  const busy = qualifying.loading || converting.loading || losing.loading;
  const scoreOk = typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= 100;
  const amountOk = toAmount(amount) !== null && /^[A-Z]{3}$/.test(currency);
  const run = (promise: Promise<unknown>) => void promise.then(() => setOpen(null), () => undefined);

  let form = null;
  if (open === 'qualify') {
    form = (
      <Stack gap="xs" data-testid="qualify-form">
        <NumberInput label={t('leads.score')} min={0} max={100} value={score} onChange={setScore} w={160}
          error={scoreOk ? null : t('validation.range', { min: 0, max: 100 })} />
        <Group gap="md">
          {(['budgetConfirmed', 'authorityConfirmed', 'needConfirmed'] as const).map((key) => (
            <Checkbox key={key} label={t(`leads.${key}`)} checked={checks[key]} onChange={(e) => setChecks({ ...checks, [key]: e.currentTarget.checked })} />
          ))}
        </Group>
        <NativeSelect label={t('leads.timing')} value={timing} onChange={(e) => setTiming(e.currentTarget.value as LeadTiming)}
          data={TIMINGS.map((value) => ({ value, label: t(`leads.timings.${value}`) }))} w={240} />
        <Group gap="xs">
          <Button disabled={!scoreOk} loading={qualifying.loading}
            onClick={() => run(qualify({ variables: { input: { leadId, score: Number(score), ...checks, timing } } }))}>
            {t('leads.qualifySave')}
          </Button>
          <Button variant="default" onClick={() => setOpen(null)}>{t('common.cancel')}</Button>
        </Group>
      </Stack>
    );
  } else if (open === 'convert') {
    form = (
      <Group align="flex-end" gap="xs" wrap="wrap" data-testid="convert-form">
        <TextInput label={t('leads.convertedValue')} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} inputMode="decimal" w={160}
          error={amount && toAmount(amount) === null ? t('validation.amount') : null} />
        <TextInput label={t('productForm.currency')} value={currency} maxLength={3} w={90}
          onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())} error={/^[A-Z]{3}$/.test(currency) ? null : t('validation.currency')} />
        <Button disabled={!amountOk} loading={converting.loading}
          onClick={() => run(convert({ variables: { input: { leadId, value: { amount: toAmount(amount)!, currency } } } }))}>
          {t('leads.convertSave')}
        </Button>
        <Button variant="default" onClick={() => setOpen(null)}>{t('common.cancel')}</Button>
      </Group>
    );
  } else if (open === 'lost') {
    form = (
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput label={t('leads.lostReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} required style={{ flex: '1 1 16rem' }} />
        <Button color="red" disabled={reason.trim().length < 2} loading={losing.loading}
          onClick={() => run(lose({ variables: { input: { leadId, reason: reason.trim() } } }))}>
          {t('leads.lostSave')}
        </Button>
        <Button variant="default" onClick={() => setOpen(null)}>{t('common.cancel')}</Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      {form ?? (
        <Group gap="xs">
          {status === 'ACCEPTED' ? (
            <Button disabled={busy} onClick={() => setOpen('qualify')}>{t('leads.qualify')}</Button>
          ) : (
            <Button disabled={busy} onClick={() => setOpen('convert')}>{t('leads.convert')}</Button>
          )}
          <Button variant="default" disabled={busy} onClick={() => setOpen('lost')}>{t('leads.markLost')}</Button>
        </Group>
      )}
      <FormAlert message={error ? describeError(error) : null} />
    </Stack>
  );
}

/**
 * The partner's manager turns an accepted or qualified lead into a submitted order for its customer (its
 * basket at the partner's prices), then goes to that order. One key per lead card: a retry (a double click,
 * a lost answer) finds the same order. A lead fulfilled before links to its order.
 */
function FulfilLeadButton({ leadId, reference }: { leadId: string; reference: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [key] = useState(newIdempotencyKey);
  const [fulfil, { error }] = useMutation(FulfilLead, reload);
  const ext = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
  const fulfilled = errorCode(error) === 'CONFLICT' && typeof ext?.orderId === 'string' ? { id: ext.orderId, number: String(ext.orderNumber ?? '') } : null;
  return (
    <Stack gap={4} align="flex-start">
      <ConfirmButton
        variant="light"
        title={t('orders.fulfilTitle', { reference })}
        message={t('orders.fulfilText')}
        confirmLabel={t('orders.fulfilConfirm')}
        confirmColor="trellis"
        data-testid="fulfil-lead"
        // The dialog closes either way: a refusal shows below the button, where it stays readable.
        onConfirm={() => fulfil({ variables: { input: { leadId, idempotencyKey: key } } }).then(
          (result) => {
            const order = result.data?.fulfilLead.order;
            if (order) void navigate(`/partner/orders/${order.id}`);
            return true;
          },
          () => true,
        )}
      >
        {t('orders.fulfil')}
      </ConfirmButton>
      {fulfilled ? (
        <Text size="sm" data-testid="lead-fulfilled">
          {t('orders.fulfilledBy', { number: fulfilled.number })}{' '}
          <Anchor component={Link} to={`/partner/orders/${fulfilled.id}`} size="sm">
            {t('orders.openOrder', { number: fulfilled.number })}
          </Anchor>
        </Text>
      ) : (
        <FormAlert message={error ? describeError(error) : null} />
      )}
    </Stack>
  );
}

/** The manager hands the lead to a member of its staff (active ones only); the inbox card shows who works it. */
function AssignSelect({ leadId, partnerId, assigneeId }: { leadId: string; partnerId: string; assigneeId: string | null }) {
  const { t } = useTranslation();
  const staff = useQuery(PartnerStaff, { variables: { partnerId } });
  const [assign, { loading, error }] = useMutation(AssignLead);
  const people = (staff.data?.partner.users ?? []).filter((u) => u.active);
  return (
    <Stack gap={4}>
      <NativeSelect
        label={t('leads.assignee')}
        value={assigneeId ?? ''}
        disabled={loading || staff.loading}
        onChange={(e) => {
          const userId = e.currentTarget.value;
          if (userId) void assign({ variables: { input: { leadId, userId } } }).catch(() => undefined);
        }}
        data={[{ value: '', label: t('leads.nobody'), disabled: true }, ...people.map((u) => ({ value: u.id, label: u.displayName }))]}
        w={260}
      />
      <FormAlert message={error ?? staff.error ? describeError(error ?? staff.error) : null} />
    </Stack>
  );
}

/** Brand staff erase the customer's personal data of a lead on request (the lead stays, anonymised). */
export function EraseLeadButton({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const [erase, { error }] = useMutation(EraseLeadPersonalData, reload);
  return (
    <Stack gap={4}>
      <ConfirmButton
        size="compact-sm"
        variant="subtle"
        color="red"
        title={t('leads.eraseTitle')}
        message={t('leads.eraseMessage')}
        confirmLabel={t('leads.eraseConfirm')}
        withReason
        onConfirm={(reason) => erase({ variables: { input: { leadId, reason: reason ?? t('leads.eraseDefaultReason') } } }).then(() => true, () => false)}
      >
        {t('leads.erase')}
      </ConfirmButton>
      <FormAlert message={error ? describeError(error) : null} />
    </Stack>
  );
}
