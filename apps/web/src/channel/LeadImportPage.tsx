import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Code, FileInput, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { describeError } from '../ui/errors';
import { CsvErrorTable } from '../ui/CsvErrorTable';
import { readFileAsText } from '../ui/fileTransfer';
import { formatDateTime } from '../ui/format';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '../ui/states';
import { usePageTitle } from '../ui/usePageTitle';

graphql(`
  fragment LeadImportState_import on LeadImport {
    id
    status
    fileName
    dispatch
    totalRows
    processedRows
    createdCount
    dispatchedCount
    errorCount
    errors {
      line
      field
      reason
    }
    createdAt
    createdBy {
      id
      displayName
    }
  }
`);

const StartLeadImportMutation = graphql(`
  mutation StartLeadImport($input: StartLeadImportInput!) {
    startLeadImport(input: $input) {
      leadImport {
        ...LeadImportState_import
      }
    }
  }
`);

const LeadImportQuery = graphql(`
  query LeadImport($id: ID!) {
    leadImport(id: $id) {
      ...LeadImportState_import
    }
  }
`);

const LeadImportsQuery = graphql(`
  query LeadImports {
    leadImports(first: 10) {
      ...LeadImportState_import
    }
  }
`);

const POLL_MS = 1000;
const MAX_BYTES = 5 * 1024 * 1024;
const COLUMNS = 'name,email,consentText,company,phone,postalCode,country,message';

/** Where a started import stands: progress while it runs, then its counts or every bad row. */
function ImportProgress({ id, onFinished }: { id: string; onFinished: () => void }) {
  const { t } = useTranslation();
  const { data, error, stopPolling } = useQuery(LeadImportQuery, { variables: { id }, pollInterval: POLL_MS, fetchPolicy: 'network-only' });
  const state = data?.leadImport;
  const finished = state && state.status !== 'RUNNING';
  useEffect(() => {
    if (!finished) return;
    stopPolling();
    onFinished();
  }, [finished, stopPolling, onFinished]);
  if (!state) return error ? <FormAlert message={describeError(error)} /> : <LoadingState />;
  if (state.status === 'DONE') {
    return (
      <Alert color="green" title={t('leadImport.doneTitle')} role="status" data-testid="lead-import-done">
        <Stack gap={6} align="flex-start">
          <Text size="sm">
            {state.dispatch
              ? t('leadImport.doneDispatched', { created: state.createdCount, dispatched: state.dispatchedCount })
              : t('leadImport.done', { count: state.createdCount })}
          </Text>
          {state.errors.map((e) => <Text key={e.field} size="sm">{e.reason}</Text>)}
          <Anchor component={Link} to="/channel/leads">{t('leadImport.toBoard')}</Anchor>
        </Stack>
      </Alert>
    );
  }
  if (state.status === 'FAILED') {
    return (
      <Stack data-testid="lead-import-failed">
        <Alert color="red" title={t('leadImport.failedTitle')} role="alert">
          {t('leadImport.failed', { count: state.errorCount })}
          {state.errorCount > state.errors.length && ` ${t('leadImport.firstShown', { shown: state.errors.length })}`}
        </Alert>
        <CsvErrorTable errors={state.errors} />
      </Stack>
    );
  }
  const writing = state.processedRows < state.totalRows || !state.dispatch;
  const percent = state.totalRows > 0 ? Math.round((state.processedRows / state.totalRows) * 100) : 0;
  return (
    <Stack gap={6} data-testid="lead-import-running">
      <Progress.Root size="lg">
        <Progress.Section value={writing ? percent : 100} aria-label={t('leadImport.progress')} animated />
      </Progress.Root>
      <Text size="sm" aria-live="polite">
        {writing
          ? t('leadImport.rows', { processed: state.processedRows, total: state.totalRows })
          : t('leadImport.dispatching', { dispatched: state.dispatchedCount, total: state.createdCount })}
      </Text>
    </Stack>
  );
}

/** The last imports, newest first, with what each came to. */
function RecentImports({ reloadKey }: { reloadKey: number }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(LeadImportsQuery, { fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    if (reloadKey > 0) void refetch();
  }, [reloadKey, refetch]);
  if (!data && loading) return <LoadingState />;
  if (!data) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null;
  if (data.leadImports.length === 0) return <EmptyState title={t('leadImport.noImports')} headingOrder={3} />;
  const colour = { DONE: 'green', FAILED: 'red', RUNNING: 'blue' } as const;
  return (
    // Native scrolling, focusable: on a phone the table scrolls sideways, by keyboard too.
    <Table.ScrollContainer minWidth={600} type="native" tabIndex={0} aria-label={t('leadImport.recent')}>
      <Table striped data-testid="lead-imports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('leadImport.when')}</Table.Th>
            <Table.Th scope="col">{t('leadImport.file')}</Table.Th>
            <Table.Th scope="col">{t('leadImport.status')}</Table.Th>
            <Table.Th scope="col">{t('leadImport.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.leadImports.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{formatDateTime(i.createdAt, i18n.language)}<Text size="xs" c="dimmed">{i.createdBy?.displayName}</Text></Table.Td>
              <Table.Td className="break-anywhere">{i.fileName ?? '—'}</Table.Td>
              <Table.Td><Badge color={colour[i.status]} variant="light">{t(`leadImport.statuses.${i.status}`)}</Badge></Table.Td>
              <Table.Td>
                {i.status === 'FAILED'
                  ? t('leadImport.problems', { count: i.errorCount })
                  : t('leadImport.outcomeCounts', { created: i.createdCount, total: i.totalRows, dispatched: i.dispatchedCount })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Leads from a CSV file: checked whole first, then written all together in the background, or not at all. */
export function LeadImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('leadImport.title'));
  const [file, setFile] = useState<File | null>(null);
  const [dispatch, setDispatch] = useState(false);
  const [importId, setImportId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The recent imports are read again when one starts and when it ends (the board reads its leads itself).
  const [reload, setReload] = useState(0);
  const reloadRecent = useCallback(() => setReload((n) => n + 1), []);
  const [start, { loading }] = useMutation(StartLeadImportMutation, { onCompleted: reloadRecent });

  async function run() {
    if (!file) return setFailure(t('leadImport.chooseFirst'));
    if (file.size > MAX_BYTES) return setFailure(t('leadImport.tooLarge'));
    setFailure(null);
    setImportId(null);
    try {
      const csv = await readFileAsText(file);
      const { data } = await start({ variables: { input: { csv, dispatch, fileName: file.name.slice(0, 200) } } });
      if (data) setImportId(data.startLeadImport.leadImport.id);
    } catch (error) {
      setFailure(describeError(error));
    }
  }

  return (
    <Stack maw={900}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('leadImport.title')}</Title>
        <Anchor component={Link} to="/channel/leads">{t('leadImport.toBoard')}</Anchor>
      </Group>
      <Paper withBorder p="md" component="section" aria-labelledby="lead-import-title">
        <Stack>
          <div>
            <Title order={2} size="h3" id="lead-import-title">{t('leadImport.upload')}</Title>
            <Text size="sm" c="dimmed">{t('leadImport.intro')}</Text>
            <Text size="sm" mt={4}>
              {t('leadImport.columns')} <Code className="break-anywhere">{COLUMNS}</Code>
            </Text>
          </div>
          <FormAlert message={failure} />
          <FileInput
            label={t('leadImport.file')}
            placeholder={t('images.choose')}
            accept=".csv,text/csv"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setImportId(null);
              setFailure(null);
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('leadImport.clearFile') }}
            data-testid="lead-import-file"
          />
          <Checkbox label={t('leadImport.dispatch')} description={t('leadImport.dispatchHint')} checked={dispatch}
            onChange={(e) => setDispatch(e.currentTarget.checked)} />
          <Group>
            <Button onClick={() => void run()} loading={loading}>{t('leadImport.start')}</Button>
          </Group>
          {importId && <ImportProgress key={importId} id={importId} onFinished={reloadRecent} />}
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="lead-imports-title">
        <Stack>
          <Title order={2} size="h3" id="lead-imports-title">{t('leadImport.recent')}</Title>
          <RecentImports reloadKey={reload} />
        </Stack>
      </Paper>
    </Stack>
  );
}
