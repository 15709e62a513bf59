import { lazy, Suspense, useState } from 'react';
import { Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';
import { formatNumber } from '../../ui/kpi';
import { formatMoney } from '../../ui/money';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { WideTable } from '../../ui/WideTable';
import { DocumentBody } from '../../programs/shared';
import { KindBadge } from '../../channel/incentives/badges';
import { currentAccrual, periodName, runText, termsText } from '../../channel/incentives/incentiveTerms';

// The chart library comes with the chart only.
const AccrualChart = lazy(() => import('./AccrualChart'));

graphql(`
  fragment PartnerStatements_connection on IncentiveStatementConnection {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        number
        program {
          id
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
  }
`);

export const PartnerIncentivesQuery = graphql(`
  query PartnerIncentives($first: Int!) {
    incentivePrograms(first: $first) {
      edges {
        node {
          ...IncentiveTerms_program
          myAccruals {
            periodStart
            periodEnd
            base {
              amount
              amountMinor
              currency
            }
            leadCount
            earned {
              amount
              amountMinor
              currency
            }
            toThreshold {
              amount
              currency
            }
            settled
          }
        }
      }
    }
    incentiveStatements(first: $first) {
      ...PartnerStatements_connection
    }
  }
`);

/** Older statements alone: asking for them does not read every incentive and its accruals again. */
const OlderPartnerStatementsQuery = graphql(`
  query OlderPartnerStatements($first: Int!, $after: String) {
    incentiveStatements(first: $first, after: $after) {
      ...PartnerStatements_connection
    }
  }
`);

type Data = ResultOf<typeof PartnerIncentivesQuery>;

/** The next page of statements after those shown; the incentives as they were. */
function appendStatements(shown: Data, { fetchMoreResult }: { fetchMoreResult: ResultOf<typeof OlderPartnerStatementsQuery> }): Data {
  const more = fetchMoreResult.incentiveStatements;
  return { ...shown, incentiveStatements: { ...more, edges: [...shown.incentiveStatements.edges, ...more.edges] } };
}
export type PartnerProgram = Data['incentivePrograms']['edges'][number]['node'];
type Accrual = PartnerProgram['myAccruals'][number];
type Statement = Data['incentiveStatements']['edges'][number]['node'];

/** Where this period stands, in words: "€12,400.00 of €100,000.00 — €87,600.00 to go". */
export function progressText(program: PartnerProgram, accrual: Accrual, t: TFunction, language: string): string {
  if (program.kind === 'LEAD_BONUS') return t('incentives.leadsSoFar', { count: accrual.leadCount });
  const base = formatMoney(accrual.base, language);
  if (program.threshold.amountMinor <= 0) return t('incentives.progressNoThreshold', { base });
  const threshold = formatMoney(program.threshold, language);
  return accrual.toThreshold
    ? t('incentives.progress', { base, threshold, missing: formatMoney(accrual.toThreshold, language) })
    : t('incentives.progressReached', { base, threshold });
}

function CurrentPeriod({ program }: { program: PartnerProgram }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const accrual = currentAccrual(program.myAccruals);
  if (!accrual) return <Text size="sm" c="dimmed" data-testid="incentive-progress">{t('incentives.noAccrualYet')}</Text>;
  const withThreshold = program.kind === 'REBATE' && program.threshold.amountMinor > 0;
  const percent = withThreshold ? Math.min(100, (accrual.base.amountMinor / program.threshold.amountMinor) * 100) : 0;
  return (
    <Stack gap={6} data-testid="incentive-current">
      <Text size="sm" fw={600}>{t('incentives.thisPeriod', { period: periodName(accrual.periodStart, program.period, t, lang) })}</Text>
      <Text size="sm" data-testid="incentive-progress">{progressText(program, accrual, t, lang)}</Text>
      {withThreshold && (
        <Progress.Root size="lg">
          {/* Its own aria values: the words say how far, not only a percentage. */}
          <Progress.Section value={percent} color={accrual.toThreshold ? 'blue' : 'green.8'} withAria={false} role="progressbar" aria-valuemin={0} aria-valuemax={100}
            aria-valuenow={Math.round(percent)} aria-label={t('incentives.progressLabel', { name: program.name })} aria-valuetext={progressText(program, accrual, t, lang)} />
        </Progress.Root>
      )}
      <Text size="sm" fw={600} data-testid="incentive-earned">{t('incentives.earnedSoFar', { amount: formatMoney(accrual.earned, lang) })}</Text>
    </Stack>
  );
}

function Statements({ program, statements }: { program: PartnerProgram; statements: Statement[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const titleId = `statements-${program.id}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId}>{t('incentives.partnerStatementsTitle')}</Title>
      {statements.length === 0 ? (
        <Text size="sm" c="dimmed">{t('incentives.partnerStatementsEmpty')}</Text>
      ) : (
        <WideTable minWidth={520} label={t('incentives.statementsLabel', { name: program.name })}>
          <Table striped verticalSpacing="xs" data-testid="partner-statements">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('incentives.col.number')}</Table.Th>
                <Table.Th scope="col">{t('incentives.col.period')}</Table.Th>
                <Table.Th scope="col" ta="right">{program.kind === 'LEAD_BONUS' ? t('incentives.col.leads') : t('incentives.col.base')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('incentives.col.earned')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statements.map((s) => (
                <Table.Tr key={s.id} data-testid="partner-statement">
                  <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>{s.number}</Table.Th>
                  <Table.Td>{periodName(s.periodStart, program.period, t, lang)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{program.kind === 'LEAD_BONUS' ? s.leadCount : formatMoney(s.base, lang)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatMoney(s.earned, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </WideTable>
      )}
    </Stack>
  );
}

function IncentiveCard({ program, statements }: { program: PartnerProgram; statements: Statement[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const titleId = `incentive-${program.id}`;
  return (
    <Paper component="li" withBorder p="md" data-testid="partner-incentive" data-incentive-id={program.id}>
      <Stack gap="sm" component="article" aria-labelledby={titleId}>
        <div>
          <Group gap="xs" wrap="wrap">
            <Title order={2} size="h4" id={titleId} className="break-anywhere" data-testid="incentive-name">{program.name}</Title>
            <KindBadge kind={program.kind} />
          </Group>
          <Text size="sm" className="break-anywhere" data-testid="incentive-terms">{termsText(program, t, lang)}</Text>
          <Text size="xs" c="dimmed">{runText(program, t, lang)}</Text>
        </div>
        {program.description && <DocumentBody body={program.description} />}
        <CurrentPeriod program={program} />
        {program.myAccruals.length > 0 && (
          <Suspense fallback={<LoadingState />}>
            <AccrualChart program={program} />
          </Suspense>
        )}
        <Statements program={program} statements={statements} />
      </Stack>
    </Paper>
  );
}

/** /partner/incentives: each incentive of the partner's audience, where this period stands, the periods before, and the statements. */
export default function PartnerIncentivesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('incentives.title'), t('portal.partner'), 'Trellis');
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnerIncentivesQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState<string | null>(null);
  const programs = data?.incentivePrograms.edges.map((e) => e.node) ?? [];
  const statements = data?.incentiveStatements.edges.map((e) => e.node) ?? [];
  const statementPage = data?.incentiveStatements;
  // Statements come 100 at a time, latest first, for every incentive at once: the older ones when asked.
  const showOlder = async () => {
    if (!statementPage) return;
    setLoadingMore(true);
    setMoreFailed(null);
    try {
      await fetchMore({ query: OlderPartnerStatementsQuery, variables: { first: 100, after: statementPage.pageInfo.endCursor }, updateQuery: appendStatements });
    } catch (failure) {
      setMoreFailed(describeError(failure));
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <Stack>
      <div>
        <Title order={1}>{t('incentives.title')}</Title>
        <Text c="dimmed">{t('incentives.partnerIntro')}</Text>
      </div>
      {!data && loading ? (
        <LoadingState />
      ) : !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : programs.length === 0 ? (
        <EmptyState title={t('incentives.partnerEmpty')} description={t('incentives.partnerEmptyText')} headingOrder={2} />
      ) : (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('incentives.listLabel')} data-testid="partner-incentives">
          {programs.map((program) => (
            <IncentiveCard key={program.id} program={program} statements={statements.filter((s) => s.program?.id === program.id)} />
          ))}
        </Stack>
      )}
      {programs.length > 0 && statementPage?.pageInfo.hasNextPage && (
        <Stack align="center" gap="xs">
          <Button variant="light" loading={loadingMore} onClick={() => void showOlder()} data-testid="older-statements">
            {t('incentives.olderStatements', { shown: formatNumber(statements.length, i18n.language, 0), total: formatNumber(statementPage.totalCount, i18n.language, 0) })}
          </Button>
          {moreFailed && <Text size="sm" c="red.8" role="alert">{moreFailed}</Text>}
        </Stack>
      )}
    </Stack>
  );
}
