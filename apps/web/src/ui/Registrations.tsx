import { useState } from 'react';
import { Badge, Button, Card, Center, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSearchParams } from 'react-router';
import { RegistrationStatus } from '@trellis/schema';
import { graphql } from '../gql';
import type { RegistrationCard_RegistrationFragment, RegistrationsQuery } from '../gql/graphql';
import type { CsvColumn } from './csv';
import { enumValues } from './enumValues';
import { ExportAllButton } from './ExportAllButton';
import { formatDateTime } from './format';
import { toAmount } from './money';
import { describeError } from './errors';
import { EmptyState, ErrorState, FormAlert, LoadingState } from './states';
import { useSaveForm } from './useSaveForm';

const STATUSES = enumValues(RegistrationStatus, ['PENDING', 'APPROVED', 'REJECTED']);
const STATUS_COLOUR: Record<RegistrationStatus, string> = { PENDING: 'orange', APPROVED: 'green', REJECTED: 'red' };

graphql(`
  fragment RegistrationCard_registration on DealRegistration {
    id
    reference
    status
    customerCompany
    customerContact
    customerEmail
    customerTaxId
    expectedValue {
      amount
      currency
    }
    expectedCloseDate
    notes
    createdAt
    decidedAt
    decisionReason
    protectedUntil
    partner {
      id
      name
    }
  }
`);

const RegistrationsQuery = graphql(`
  query Registrations($first: Int!, $after: String, $statuses: [RegistrationStatus!], $withConflicts: Boolean!) {
    dealRegistrations(first: $first, after: $after, statuses: $statuses) {
      totalCount
      edges {
        node {
          ...RegistrationCard_registration
          conflicts @include(if: $withConflicts) {
            kind
            matchedOn
            partner {
              id
              name
            }
            registration {
              id
              reference
              status
              customerCompany
              customerEmail
              customerTaxId
              createdAt
            }
            lead {
              id
              reference
              status
              company
              email
              createdAt
            }
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const RegisterDeal = graphql(`
  mutation RegisterDeal($input: RegisterDealInput!) {
    registerDeal(input: $input) {
      registration {
        ...RegistrationCard_registration
      }
    }
  }
`);

const ApproveRegistration = graphql(`
  mutation ApproveRegistration($input: DealRegistrationInput!) {
    approveDealRegistration(input: $input) {
      registration {
        id
        status
      }
    }
  }
`);

const RejectRegistration = graphql(`
  mutation RejectRegistration($input: RejectDealRegistrationInput!) {
    rejectDealRegistration(input: $input) {
      registration {
        id
        status
      }
    }
  }
`);

const reload = { refetchQueries: ['Registrations'], awaitRefetchQueries: true };

function money(amount: string, currency: string, language: string): string {
  return new Intl.NumberFormat(language === 'pl' ? 'pl-PL' : 'en-GB', { style: 'currency', currency }).format(Number(amount));
}

type RegistrationNode = RegistrationsQuery['dealRegistrations']['edges'][number]['node'];
type Conflict = NonNullable<RegistrationNode['conflicts']>[number];

function Details({ r }: { r: RegistrationCard_RegistrationFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Title order={2} size="h5" className="break-anywhere">{r.customerCompany}</Title>
          <Text size="xs" c="dimmed">
            <span data-testid="registration-reference">{r.reference}</span> · {r.partner?.name} · {formatDateTime(r.createdAt, i18n.language)}
          </Text>
        </div>
        <Badge color={STATUS_COLOUR[r.status]} variant="light" miw="max-content" data-status={r.status}>
          {t(`registrations.status.${r.status}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {money(r.expectedValue.amount, r.expectedValue.currency, i18n.language)} · {t('registrations.closeBy', { date: r.expectedCloseDate })}
      </Text>
      {(r.customerContact || r.customerEmail || r.customerTaxId) && (
        <Text size="sm" c="dimmed" className="break-anywhere">
          {[r.customerContact, r.customerEmail, r.customerTaxId && `${t('registrations.taxId')}: ${r.customerTaxId}`].filter(Boolean).join(' · ')}
        </Text>
      )}
      {r.notes && <Text size="sm" style={{ whiteSpace: 'pre-line' }} className="break-anywhere">{r.notes}</Text>}
      {r.protectedUntil && <Text size="sm" c="green">{t('registrations.protectedUntil', { date: formatDateTime(r.protectedUntil, i18n.language) })}</Text>}
      {r.decisionReason && <Text size="sm" c="red">{t('registrations.reason', { reason: r.decisionReason })}</Text>}
    </Stack>
  );
}

function ConflictList({ conflicts }: { conflicts: Conflict[] }) {
  const { t, i18n } = useTranslation();
  if (!conflicts.length) return <Text size="sm" c="dimmed" data-testid="no-conflicts">{t('registrations.noConflicts')}</Text>;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="conflicts">
      {conflicts.map((c) => {
        const other = c.registration ?? c.lead;
        return (
          <Card key={other?.id} component="li" withBorder padding="xs" bg="var(--mantine-color-orange-light)" data-testid="conflict">
            <Text size="sm" fw={700}>
              {c.partner?.name} · {t(`registrations.conflictKind.${c.kind}`)} {other?.reference}
            </Text>
            <Text size="xs">
              {c.registration ? c.registration.customerCompany : c.lead ? [c.lead.company, c.lead.email].filter(Boolean).join(' · ') : ''}
              {' · '}
              {other ? t(c.registration ? `registrations.status.${c.registration.status}` : `leads.status.${c.lead!.status}`) : ''}
              {other ? ` · ${formatDateTime(other.createdAt, i18n.language)}` : ''}
            </Text>
            <Text size="xs" c="dimmed">{t('registrations.matchedOn', { what: c.matchedOn.map((m) => t(`registrations.match.${m}`)).join(', ') })}</Text>
          </Card>
        );
      })}
    </Stack>
  );
}

function Decision({ id }: { id: string }) {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [approve, approving] = useMutation(ApproveRegistration, reload);
  const [reject, rejected] = useMutation(RejectRegistration, reload);
  const busy = approving.loading || rejected.loading;
  return (
    <Stack gap="xs">
      {rejecting ? (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput label={t('registrations.rejectReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} required style={{ flex: '1 1 14rem' }} />
          <Button color="red" disabled={reason.trim().length < 2} loading={rejected.loading}
            onClick={() => void reject({ variables: { input: { registrationId: id, reason: reason.trim() } } }).catch(() => undefined)}>
            {t('registrations.rejectConfirm')}
          </Button>
          <Button variant="default" onClick={() => setRejecting(false)}>{t('common.cancel')}</Button>
        </Group>
      ) : (
        <Group gap="xs">
          <Button loading={approving.loading} disabled={busy} onClick={() => void approve({ variables: { input: { registrationId: id } } }).catch(() => undefined)}>
            {t('registrations.approve')}
          </Button>
          <Button variant="default" disabled={busy} onClick={() => setRejecting(true)}>{t('registrations.reject')}</Button>
        </Group>
      )}
      <FormAlert message={approving.error ?? rejected.error ? describeError(approving.error ?? rejected.error) : null} />
    </Stack>
  );
}

/** A registration's facts as a file's columns: codes, ISO dates, the expected value as a number beside its currency. */
function registrationColumns(t: TFunction): CsvColumn<RegistrationCard_RegistrationFragment>[] {
  return [
    { header: t('listExport.columns.id'), value: (r) => r.id },
    { header: t('listExport.columns.reference'), value: (r) => r.reference },
    { header: t('listExport.columns.status'), value: (r) => r.status },
    { header: t('listExport.columns.partnerId'), value: (r) => r.partner?.id },
    { header: t('listExport.columns.partner'), value: (r) => r.partner?.name },
    { header: t('listExport.columns.company'), value: (r) => r.customerCompany },
    { header: t('listExport.columns.contactName'), value: (r) => r.customerContact },
    { header: t('listExport.columns.email'), value: (r) => r.customerEmail },
    { header: t('listExport.columns.taxId'), value: (r) => r.customerTaxId },
    { header: t('listExport.columns.expectedValue'), value: (r) => Number(r.expectedValue.amount) },
    { header: t('listExport.columns.currency'), value: (r) => r.expectedValue.currency },
    { header: t('listExport.columns.expectedCloseDate'), value: (r) => r.expectedCloseDate },
    { header: t('listExport.columns.createdAt'), value: (r) => r.createdAt },
    { header: t('listExport.columns.decidedAt'), value: (r) => r.decidedAt },
    { header: t('listExport.columns.protectedUntil'), value: (r) => r.protectedUntil },
  ];
}

/**
 * Deal registrations, newest first, by status (in the address, ?status=). Brand staff decide pending ones
 * and see each beside the other partners' records for the same customer; a partner sees its own.
 */
export function RegistrationList({ brand, canDecide = false, defaultStatus }: { brand: boolean; canDecide?: boolean; defaultStatus: RegistrationStatus | null }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: RegistrationStatus | null = raw === 'ALL' ? null : raw && STATUSES.includes(raw as RegistrationStatus) ? (raw as RegistrationStatus) : defaultStatus;
  const { data, loading, error, refetch, fetchMore } = useQuery(RegistrationsQuery, {
    variables: { first: 20, statuses: status ? [status] : null, withConflicts: brand },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.dealRegistrations;
  const nodes = connection?.edges.map((e) => e.node) ?? [];
  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!nodes.length) body = <EmptyState title={t('registrations.emptyTitle')} description={t(brand ? 'registrations.emptyBrand' : 'registrations.emptyPartner')} />;
  else
    body = (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {nodes.map((r) => (
          <Card key={r.id} withBorder padding="md" component="li" data-testid="registration">
            {brand ? (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <Stack gap="sm">
                  <Details r={r} />
                  {canDecide && r.status === 'PENDING' && <Decision id={r.id} />}
                </Stack>
                <Stack gap={4}>
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed">{t('registrations.conflicts')}</Text>
                  <ConflictList conflicts={r.conflicts ?? []} />
                </Stack>
              </SimpleGrid>
            ) : (
              <Details r={r} />
            )}
          </Card>
        ))}
      </Stack>
    );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <NativeSelect label={t('leads.statusFilter')} value={status ?? 'ALL'} w={220}
          onChange={(event) => setParams({ status: event.currentTarget.value }, { replace: true })}
          data={[{ value: 'ALL', label: t('leads.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`registrations.status.${s}`) }))]} />
        <Group gap="xs" align="center">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="registration-count">
            {connection ? t('registrations.count', { count: connection.totalCount }) : '\u00a0'}
          </Text>
          {/* The conflicts are the queue's reading aid, not a column: the export leaves them out. */}
          <ExportAllButton query={RegistrationsQuery} variables={{ statuses: status ? [status] : null, withConflicts: false }}
            connection={(d) => d.dealRegistrations} columns={registrationColumns(t)} name="deal-registrations" />
        </Group>
      </Group>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
            {t('partners.loadMore', { shown: nodes.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
    </Stack>
  );
}

interface RegisterValues {
  customerCompany: string;
  customerContact: string;
  customerEmail: string;
  customerTaxId: string;
  amount: string;
  currency: string;
  expectedCloseDate: string;
  notes: string;
}

/** A partner registers an opportunity; it waits for the brand's decision. */
export function RegisterDealForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [register, registering] = useMutation(RegisterDeal, reload);
  const today = new Date().toISOString().slice(0, 10);
  const form = useForm<RegisterValues>({
    initialValues: { customerCompany: '', customerContact: '', customerEmail: '', customerTaxId: '', amount: '', currency: 'PLN', expectedCloseDate: '', notes: '' },
    validate: {
      customerCompany: (v) => (v.trim().length >= 2 ? null : t('validation.nameLength')),
      customerEmail: (v) => (!v.trim() || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.trim()) ? null : t('validation.email')),
      amount: (v) => (toAmount(v) !== null ? null : t('validation.amount')),
      currency: (v) => (/^[A-Z]{3}$/.test(v) ? null : t('validation.currency')),
      expectedCloseDate: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && v >= today ? null : t('registrations.closeDateError')),
    },
  });
  const { submit, failure } = useSaveForm(form, async (v) => {
    await register({
      variables: {
        input: {
          customerCompany: v.customerCompany.trim(), customerContact: v.customerContact.trim() || null, customerEmail: v.customerEmail.trim() || null,
          customerTaxId: v.customerTaxId.trim() || null, expectedValue: { amount: toAmount(v.amount)!, currency: v.currency },
          expectedCloseDate: v.expectedCloseDate, notes: v.notes.trim(), items: [],
        },
      },
    });
  }, onDone);
  return (
    <form onSubmit={submit} noValidate data-testid="register-deal-form">
      <Stack>
        <FormAlert message={failure} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('registrations.customerCompany')} required data-autofocus {...form.getInputProps('customerCompany')} />
          <TextInput label={t('registrations.customerContact')} {...form.getInputProps('customerContact')} />
          <TextInput label={t('registrations.customerEmail')} type="email" {...form.getInputProps('customerEmail')} />
          <TextInput label={t('registrations.taxId')} {...form.getInputProps('customerTaxId')} />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput label={t('registrations.expectedValue')} required inputMode="decimal" style={{ flex: 1 }} {...form.getInputProps('amount')} />
            <TextInput label={t('productForm.currency')} required maxLength={3} w={80} {...form.getInputProps('currency')}
              onChange={(e) => form.setFieldValue('currency', e.currentTarget.value.toUpperCase())} />
          </Group>
          <TextInput label={t('registrations.expectedCloseDate')} type="date" required min={today} {...form.getInputProps('expectedCloseDate')} />
        </SimpleGrid>
        <Textarea label={t('registrations.notes')} autosize minRows={2} maxLength={4000} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={registering.loading}>{t('registrations.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
