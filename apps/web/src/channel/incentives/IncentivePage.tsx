import { useState } from 'react';
import { Anchor, Badge, Button, Center, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { IncentivePeriod } from '@trellis/schema';
import { graphql } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { ExportAllButton } from '../../ui/ExportAllButton';
import type { CsvColumn } from '../../ui/csv';
import { describeError } from '../../ui/errors';
import { formatDate, formatDateTime } from '../../ui/format';
import { formatMoney } from '../../ui/money';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { CHANNEL_ROLES, useViewer } from '../../ui/viewer';
import { usePageTitle } from '../../ui/usePageTitle';
import { WideTable } from '../../ui/WideTable';
import { AudienceText, DocumentBody } from '../../programs/shared';
import { IncentiveForm, draftValues, toIncentiveInput, type IncentiveValues } from './IncentiveForm';
import { ComputeButton } from './IncentivesPage';
import { KindBadge, StatusBadge } from './badges';
import { PAGE_SIZE, periodName, runText, termsText } from './incentiveTerms';

const ChannelIncentiveQuery = graphql(`
  query ChannelIncentive($id: ID!) {
    incentiveProgram(id: $id) {
      ...IncentiveTerms_program
      publishedAt
      computedAt
      createdAt
      audience {
        ...Audience_audience
      }
    }
  }
`);

export const IncentiveAccrualsQuery = graphql(`
  query IncentiveAccruals($programId: ID!, $partnerId: ID, $first: Int!, $after: String) {
    incentiveAccruals(programId: $programId, partnerId: $partnerId, first: $first, after: $after) {
      edges {
        node {
          partner {
            id
            name
          }
          periodStart
          periodEnd
          base {
            amount
            currency
          }
          leadCount
          earned {
            amount
            currency
          }
          toThreshold {
            amount
            currency
          }
          computedAt
          settled
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

const IncentiveStatementsQuery = graphql(`
  query IncentiveStatements($programId: ID, $partnerId: ID, $first: Int!, $after: String) {
    incentiveStatements(programId: $programId, partnerId: $partnerId, first: $first, after: $after) {
      edges {
        node {
          id
          number
          partner {
            id
            name
          }
          periodStart
          periodEnd
          base {
            amount
            currency
          }
          leadCount
          earned {
            amount
            currency
          }
          issuedAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

const UpdateIncentiveMutation = graphql(`
  mutation UpdateIncentiveProgram($input: UpdateIncentiveProgramInput!) {
    updateIncentiveProgram(input: $input) {
      program {
        ...IncentiveTerms_program
        audience {
          ...Audience_audience
        }
      }
    }
  }
`);

const PublishIncentiveMutation = graphql(`
  mutation PublishIncentiveProgram($input: PublishIncentiveProgramInput!) {
    publishIncentiveProgram(input: $input) {
      program {
        id
        status
        publishedAt
      }
    }
  }
`);

type AccrualsData = ResultOf<typeof IncentiveAccrualsQuery>;
type Accrual = AccrualsData['incentiveAccruals']['edges'][number]['node'];
type StatementsData = ResultOf<typeof IncentiveStatementsQuery>;

/** Reads a connection's next page onto the one shown; a failure is kept for an alert with a retry. */
function usePaging(fetchMore: (options: { variables: { after: string }; updateQuery: (shown: any, more: { fetchMoreResult: any }) => any }) => Promise<unknown>, key: string) {
  const [failed, setFailed] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = async (cursor: string | null | undefined) => {
    if (!cursor || busy) return;
    setFailed(null);
    setBusy(true);
    try {
      await fetchMore({
        variables: { after: cursor },
        updateQuery: (shown, { fetchMoreResult }) => ({ [key]: { ...fetchMoreResult[key], edges: [...shown[key].edges, ...fetchMoreResult[key].edges] } }),
      });
    } catch (failure) {
      setFailed(failure);
    } finally {
      setBusy(false);
    }
  };
  return { next, failed, busy };
}

function AccrualsSection({ programId, name, period }: { programId: string; name: string; period: IncentivePeriod }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, loading, error, refetch, fetchMore } = useQuery(IncentiveAccrualsQuery, {
    variables: { programId, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const paging = usePaging(fetchMore as never, 'incentiveAccruals');
  const connection = data?.incentiveAccruals;
  const columns: CsvColumn<Accrual>[] = [
    { header: t('incentives.col.partner'), value: (a) => a.partner?.name ?? '' },
    { header: t('incentives.csvPeriodStart'), value: (a) => a.periodStart },
    { header: t('incentives.csvPeriodEnd'), value: (a) => a.periodEnd },
    { header: t('incentives.csvCurrency'), value: (a) => a.base.currency },
    { header: t('incentives.col.base'), value: (a) => a.base.amount },
    { header: t('incentives.col.leads'), value: (a) => a.leadCount },
    { header: t('incentives.col.earned'), value: (a) => a.earned.amount },
    { header: t('incentives.col.toThreshold'), value: (a) => a.toThreshold?.amount ?? '' },
    { header: t('incentives.col.state'), value: (a) => (a.settled ? t('incentives.settled') : t('incentives.openPeriod')) },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="accruals-title" data-testid="incentive-accruals">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Title order={2} size="h4" id="accruals-title">{t('incentives.accrualsTitle')}</Title>
            <Text size="sm" c="dimmed">{t('incentives.accrualsText')}</Text>
          </div>
          {connection && connection.edges.length > 0 && (
            <ExportAllButton query={IncentiveAccrualsQuery} variables={{ programId }} connection={(d) => d.incentiveAccruals} columns={columns} name={t('incentives.csvName')} />
          )}
        </Group>
        {!data && loading ? (
          <LoadingState />
        ) : !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : connection.edges.length === 0 ? (
          <EmptyState title={t('incentives.accrualsEmpty')} description={t('incentives.accrualsEmptyText')} headingOrder={3} />
        ) : (
          <>
            <WideTable minWidth={760} label={t('incentives.accrualsLabel', { name })}>
              <Table striped verticalSpacing="xs" data-testid="accruals-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('incentives.col.partner')}</Table.Th>
                    <Table.Th scope="col">{t('incentives.col.period')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('incentives.col.base')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('incentives.col.leads')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('incentives.col.earned')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('incentives.col.toThreshold')}</Table.Th>
                    <Table.Th scope="col">{t('incentives.col.state')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.edges.map(({ node: a }) => (
                    <Table.Tr key={`${a.partner?.id ?? ''}-${a.periodStart}`} data-testid="accrual" data-partner-id={a.partner?.id} data-period-start={a.periodStart}>
                      <Table.Th scope="row" fw={500}>
                        {a.partner ? <Anchor component={Link} to={`/channel/partners/${a.partner.id}`} size="sm">{a.partner.name}</Anchor> : '—'}
                      </Table.Th>
                      <Table.Td>{periodName(a.periodStart, period, t, lang)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="accrual-base">{formatMoney(a.base, lang)}</Table.Td>
                      <Table.Td ta="right">{a.leadCount}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="accrual-earned">{formatMoney(a.earned, lang)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{a.toThreshold ? formatMoney(a.toThreshold, lang) : '—'}</Table.Td>
                      <Table.Td>
                        <Badge size="sm" variant="light" color={a.settled ? 'gray' : 'blue'} miw="max-content">
                          {a.settled ? t('incentives.settled') : t('incentives.openPeriod')}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </WideTable>
            <Text size="sm" c="dimmed" aria-live="polite">{t('incentives.shownOf', { shown: connection.edges.length, count: connection.totalCount })}</Text>
            {paging.failed ? <ErrorState error={paging.failed} onRetry={() => void paging.next(connection.pageInfo.endCursor)} /> : null}
            {connection.pageInfo.hasNextPage && (
              <Center>
                <Button variant="light" loading={paging.busy} onClick={() => void paging.next(connection.pageInfo.endCursor)} data-testid="accruals-more">
                  {t('incentives.loadMore')}
                </Button>
              </Center>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function StatementsSection({ programId, name, period }: { programId: string; name: string; period: IncentivePeriod }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, loading, error, refetch, fetchMore } = useQuery(IncentiveStatementsQuery, {
    variables: { programId, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const paging = usePaging(fetchMore as never, 'incentiveStatements');
  const connection: StatementsData['incentiveStatements'] | undefined = data?.incentiveStatements;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="statements-title" data-testid="incentive-statements">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="statements-title">{t('incentives.statementsTitle')}</Title>
          <Text size="sm" c="dimmed">{t('incentives.statementsText')}</Text>
        </div>
        {!data && loading ? (
          <LoadingState />
        ) : !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : connection.edges.length === 0 ? (
          <EmptyState title={t('incentives.statementsEmpty')} description={t('incentives.statementsEmptyText')} headingOrder={3} />
        ) : (
          <>
            <WideTable minWidth={680} label={t('incentives.statementsLabel', { name })}>
              <Table striped verticalSpacing="xs" data-testid="statements-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('incentives.col.number')}</Table.Th>
                    <Table.Th scope="col">{t('incentives.col.partner')}</Table.Th>
                    <Table.Th scope="col">{t('incentives.col.period')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('incentives.col.base')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('incentives.col.earned')}</Table.Th>
                    <Table.Th scope="col">{t('incentives.col.issued')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.edges.map(({ node: s }) => (
                    <Table.Tr key={s.id} data-testid="statement">
                      <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>{s.number}</Table.Th>
                      <Table.Td>{s.partner?.name ?? '—'}</Table.Td>
                      <Table.Td>{periodName(s.periodStart, period, t, lang)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatMoney(s.base, lang)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatMoney(s.earned, lang)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(s.issuedAt, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </WideTable>
            {paging.failed ? <ErrorState error={paging.failed} onRetry={() => void paging.next(connection.pageInfo.endCursor)} /> : null}
            {connection.pageInfo.hasNextPage && (
              <Center>
                <Button variant="light" loading={paging.busy} onClick={() => void paging.next(connection.pageInfo.endCursor)}>{t('incentives.loadMore')}</Button>
              </Center>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** /channel/incentives/:id: an incentive's terms (a draft's form and Publish), its accruals by partner and its statements. */
export function IncentivePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, loading, error, refetch } = useQuery(ChannelIncentiveQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const program = data?.incentiveProgram;
  usePageTitle(program?.name ?? t('incentives.title'), t('portal.channel'), 'Trellis');
  const [editing, setEditing] = useState(false);
  const { viewer } = useViewer();
  // Analysts read the terms, accruals and statements; channel writers alone change, publish and compute.
  const canWrite = Boolean(viewer && CHANNEL_ROLES.includes(viewer.role));
  const [update] = useMutation(UpdateIncentiveMutation);
  const [publish] = useMutation(PublishIncentiveMutation, { refetchQueries: ['ChannelIncentives'] });

  if (!data && loading) return <LoadingState />;
  if (!program) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const save = async (values: IncentiveValues) => {
    await update({ variables: { input: { programId: program.id, ...toIncentiveInput(values) } } });
    notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('common.saved') });
    setEditing(false);
  };
  const confirmPublish = async () => {
    try {
      await publish({ variables: { input: { programId: program.id } } });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('incentives.publishedNote', { name: program.name }) });
      return true;
    } catch (failure) {
      notifications.show({ color: 'red', closeButtonProps: { 'aria-label': t('common.close') }, message: describeError(failure) });
      return false;
    }
  };
  const draft = program.status === 'DRAFT';
  return (
    <Stack>
      <Anchor component={Link} to="/channel/incentives" size="sm">← {t('incentives.back')}</Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div style={{ minWidth: 0, flex: '1 1 18rem' }}>
          <Title order={1} className="break-anywhere" data-testid="incentive-title">{program.name}</Title>
          <Group gap="xs" mt={4} wrap="wrap">
            <KindBadge kind={program.kind} />
            <StatusBadge status={program.status} />
          </Group>
        </div>
        {canWrite && draft && !editing && (
          <Group gap="xs" wrap="wrap">
            <Button variant="default" onClick={() => setEditing(true)} data-testid="edit-incentive">{t('incentives.edit')}</Button>
            <ConfirmButton title={t('incentives.publishTitle', { name: program.name })} message={t('incentives.publishText')} confirmLabel={t('incentives.publishConfirm')}
              confirmColor="blue" onConfirm={confirmPublish} data-testid="publish-incentive">
              {t('incentives.publish')}
            </ConfirmButton>
          </Group>
        )}
      </Group>
      {editing ? (
        <Paper withBorder p="md" component="section" aria-labelledby="edit-incentive-title">
          <Title order={2} size="h3" mb="sm" id="edit-incentive-title">{t('incentives.editTitle')}</Title>
          <IncentiveForm initial={draftValues(program)} submitLabel={t('incentives.save')} save={save} onCancel={() => setEditing(false)} testId="incentive-edit-form" />
        </Paper>
      ) : (
        <Paper withBorder p="md" component="section" aria-labelledby="terms-title">
          <Stack gap={6}>
            <Title order={2} size="h4" id="terms-title">{t('incentives.termsTitle')}</Title>
            <Text className="break-anywhere" data-testid="incentive-terms">{termsText(program, t, lang)}</Text>
            <Text size="sm" c="dimmed">{runText(program, t, lang)}</Text>
            <AudienceText audience={program.audience} />
            {program.description && <DocumentBody body={program.description} />}
            <Text size="xs" c="dimmed">
              {program.publishedAt ? `${t('incentives.published', { date: formatDate(program.publishedAt, lang) })} · ` : ''}
              {program.computedAt ? t('incentives.computedAt', { date: formatDateTime(program.computedAt, lang) }) : t('incentives.neverComputed')}
            </Text>
          </Stack>
        </Paper>
      )}
      {!draft && (
        <>
          {canWrite && <ComputeButton />}
          <AccrualsSection programId={program.id} name={program.name} period={program.period} />
          <StatementsSection programId={program.id} name={program.name} period={program.period} />
        </>
      )}
    </Stack>
  );
}
