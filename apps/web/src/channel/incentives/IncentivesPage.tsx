import { useState } from 'react';
import { Anchor, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { CHANNEL_ROLES, useViewer } from '../../ui/viewer';
import { usePageTitle } from '../../ui/usePageTitle';
import { AudienceText } from '../../programs/shared';
import { IncentiveForm, newIncentiveValues, toIncentiveInput, type IncentiveValues } from './IncentiveForm';
import { PAGE_SIZE, runText, termsText } from './incentiveTerms';
import { KindBadge, StatusBadge } from './badges';

export const ChannelIncentivesQuery = graphql(`
  query ChannelIncentives($first: Int!, $after: String) {
    incentivePrograms(first: $first, after: $after) {
      edges {
        node {
          ...IncentiveTerms_program
          publishedAt
          audience {
            ...Audience_audience
          }
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

const CreateIncentiveMutation = graphql(`
  mutation CreateIncentiveProgram($input: CreateIncentiveProgramInput!) {
    createIncentiveProgram(input: $input) {
      program {
        id
        name
      }
    }
  }
`);

const ComputeIncentivesMutation = graphql(`
  mutation ComputeIncentives {
    computeIncentives {
      computation {
        programs
        accruals
        statements
      }
    }
  }
`);

type ListData = ResultOf<typeof ChannelIncentivesQuery>;

function appendPage(shown: ListData, { fetchMoreResult }: { fetchMoreResult: ListData }): ListData {
  return { incentivePrograms: { ...fetchMoreResult.incentivePrograms, edges: [...shown.incentivePrograms.edges, ...fetchMoreResult.incentivePrograms.edges] } };
}

/**
 * "Compute now": brings every active incentive's accruals up to date (the hourly job, at once), says what it
 * did, and has the lists on screen read again.
 */
export function ComputeButton() {
  const { t } = useTranslation();
  const [compute, { loading }] = useMutation(ComputeIncentivesMutation, {
    refetchQueries: ['ChannelIncentives', 'ChannelIncentive', 'IncentiveAccruals', 'IncentiveStatements'],
    awaitRefetchQueries: true,
  });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setResult(null);
    try {
      const { data } = await compute();
      const c = data?.computeIncentives.computation;
      if (c) setResult({ ok: true, text: t('incentives.computed', { programs: c.programs, accruals: c.accruals, statements: c.statements }) });
    } catch (error) {
      setResult({ ok: false, text: describeError(error) });
    }
  };
  return (
    <Stack gap={4} align="flex-start">
      <Button variant="light" onClick={() => void run()} loading={loading} data-testid="compute-incentives">
        {t('incentives.compute')}
      </Button>
      <Text size="xs" c="dimmed">{t('incentives.computeHint')}</Text>
      <div aria-live="polite">
        {result && (
          <Text size="sm" c={result.ok ? undefined : 'red.8'} role={result.ok ? 'status' : 'alert'} data-testid="compute-result">
            {result.text}
          </Text>
        )}
      </div>
    </Stack>
  );
}

type Program = ListData['incentivePrograms']['edges'][number]['node'];

function IncentiveItem({ program }: { program: Program }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm" data-testid="incentive" data-incentive-id={program.id}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <KindBadge kind={program.kind} />
          <StatusBadge status={program.status} />
          <Anchor component={Link} to={`/channel/incentives/${program.id}`} fw={600} className="break-anywhere" data-testid="incentive-name">
            {program.name}
          </Anchor>
        </Group>
        <Text size="sm" className="break-anywhere" data-testid="incentive-terms">{termsText(program, t, i18n.language)}</Text>
        <Text size="xs" c="dimmed">{runText(program, t, i18n.language)}</Text>
        <AudienceText audience={program.audience} size="xs" />
      </Stack>
    </Paper>
  );
}

/** /channel/incentives: every incentive by name, a new one's form, and "Compute now". */
export function IncentivesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('incentives.title'), t('portal.channel'), 'Trellis');
  const [creating, setCreating] = useState(false);
  const { viewer } = useViewer();
  const { data, loading, error, refetch, fetchMore } = useQuery(ChannelIncentivesQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [create] = useMutation(CreateIncentiveMutation, { refetchQueries: ['ChannelIncentives'] });
  const [moreFailed, setMoreFailed] = useState<unknown>(null);

  const save = async (values: IncentiveValues) => {
    const { data: created } = await create({ variables: { input: toIncentiveInput(values) } });
    const program = created?.createIncentiveProgram.program;
    if (!program) return;
    notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('incentives.created', { name: program.name }) });
    setCreating(false);
    void navigate(`/channel/incentives/${program.id}`);
  };

  const loadMore = async () => {
    const cursor = data?.incentivePrograms.pageInfo.endCursor;
    if (!cursor) return;
    setMoreFailed(null);
    try {
      await fetchMore({ variables: { after: cursor }, updateQuery: appendPage });
    } catch (failure) {
      setMoreFailed(failure);
    }
  };

  const programs = data?.incentivePrograms.edges.map((e) => e.node) ?? [];
  // Analysts read the incentives; channel writers alone create and compute them.
  const canWrite = Boolean(viewer && CHANNEL_ROLES.includes(viewer.role));
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div style={{ minWidth: 0, flex: '1 1 18rem' }}>
          <Title order={1}>{t('incentives.title')}</Title>
          <Text c="dimmed">{t('incentives.intro')}</Text>
        </div>
        {canWrite && !creating && (
          <Button onClick={() => setCreating(true)} data-testid="new-incentive">
            {t('incentives.newIncentive')}
          </Button>
        )}
      </Group>
      {creating && (
        <Paper withBorder p="md" component="section" aria-labelledby="new-incentive-title">
          <Title order={2} size="h3" mb="sm" id="new-incentive-title">{t('incentives.newTitle')}</Title>
          <IncentiveForm initial={newIncentiveValues()} submitLabel={t('incentives.create')} save={save} onCancel={() => setCreating(false)} testId="incentive-form" />
        </Paper>
      )}
      {canWrite && <ComputeButton />}
      {!data && loading ? (
        <LoadingState />
      ) : !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : programs.length === 0 ? (
        <EmptyState title={t('incentives.empty')} description={t('incentives.emptyText')} headingOrder={2} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">{t('incentives.shown', { count: data.incentivePrograms.totalCount })}</Text>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('incentives.listLabel')} data-testid="incentives">
            {programs.map((program) => (
              <IncentiveItem key={program.id} program={program} />
            ))}
          </Stack>
          {moreFailed ? <ErrorState error={moreFailed} onRetry={() => void loadMore()} /> : null}
          {data.incentivePrograms.pageInfo.hasNextPage && (
            <Center>
              <Button variant="light" loading={loading} onClick={() => void loadMore()}>{t('incentives.loadMore')}</Button>
            </Center>
          )}
        </Stack>
      )}
    </Stack>
  );
}
