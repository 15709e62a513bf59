import { useEffect, useRef, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import type { CsvColumn } from './csv';
import { downloadCsv } from './CsvExportButton';
import { describeError } from './errors';
import { collectAllRows, datedFileName, EXPORT_PAGE_SIZE, EXPORT_ROW_CAP, ExportCancelled } from './exportAll';
import { formatNumber } from './kpi';

/** What a list query's connection gives the export: its rows and where the next page starts. */
export interface ExportConnection<Row> {
  edges: readonly { node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface PagedVariables {
  first: number;
  after?: string | null;
}

interface ExportAllButtonProps<Data, Variables extends PagedVariables, Row> {
  /** The list's own query: the export asks the same question as the screen. */
  query: TypedDocumentNode<Data, Variables>;
  /** The list's current variables (its filters); `first` and `after` are the export's own. */
  variables: Omit<Variables, 'first' | 'after'>;
  connection: (data: Data) => ExportConnection<Row> | null | undefined;
  columns: readonly CsvColumn<Row>[];
  /** The list's name in the file's: "partners" gives partners-2026-12-01.csv. */
  name: string;
  /** The button's text where "Download CSV" would not say which list (two on one page). */
  label?: string;
}

type Outcome = { kind: 'capped' } | { kind: 'failed'; reason: string } | null;

/**
 * Exports every row of a paged list that matches its current filters, not only the pages on screen: it
 * pages through the list's query at the API's largest page size, counting the rows on the button, and
 * can be cancelled. Small (xs) and wrapping, so that it fits beside a list's count on a 360px phone.
 */
export function ExportAllButton<Data, Variables extends PagedVariables, Row>({ query, variables, connection, columns, name, label }: ExportAllButtonProps<Data, Variables, Row>) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const running = useRef<AbortController | null>(null);
  // Leaving the page stops an export still under way.
  useEffect(() => () => running.current?.abort(), []);

  async function run() {
    const controller = new AbortController();
    running.current = controller;
    setOutcome(null);
    setProgress(0);
    try {
      const { rows, capped } = await collectAllRows(
        async (after) => {
          // no-cache: up to 50,000 rows kept in the normalised cache for the tab's life would be memory for
          // nothing, and a list cached at this page size would grow by every page read here.
          const { data } = await client.query({
            query,
            variables: { ...variables, first: EXPORT_PAGE_SIZE, after } as unknown as Variables,
            fetchPolicy: 'no-cache',
            context: { fetchOptions: { signal: controller.signal } },
          });
          const page = data ? connection(data as Data) : null;
          if (!page) throw new Error(t('errors.network'));
          return { rows: page.edges.map((edge) => edge.node), hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor };
        },
        { signal: controller.signal, onProgress: setProgress },
      );
      downloadCsv(datedFileName(name), columns, rows);
      if (capped) setOutcome({ kind: 'capped' });
    } catch (error) {
      if (!(error instanceof ExportCancelled)) setOutcome({ kind: 'failed', reason: describeError(error) });
    } finally {
      if (running.current === controller) {
        running.current = null;
        setProgress(null);
      }
    }
  }

  return (
    <Group gap="xs" wrap="wrap" justify="flex-end" data-testid="export-all">
      {/* data-disabled, not disabled: a disabled button drops the keyboard's focus, which then could not reach Cancel beside it. */}
      <Button variant="default" size="xs" data-disabled={progress !== null || undefined} aria-disabled={progress !== null}
        onClick={() => progress === null && void run()} data-testid="export-all-button">
        {progress === null ? (label ?? t('csvExport.download')) : t('listExport.progress', { rows: formatNumber(progress, i18n.language, 0) })}
      </Button>
      {progress !== null && (
        <Button variant="subtle" size="xs" onClick={() => running.current?.abort()} data-testid="export-all-cancel">
          {t('listExport.cancel')}
        </Button>
      )}
      {outcome?.kind === 'capped' && (
        <Text size="xs" c="orange.9" role="status" data-testid="export-all-capped">
          {t('listExport.capped', { max: formatNumber(EXPORT_ROW_CAP, i18n.language, 0) })}
        </Text>
      )}
      {outcome?.kind === 'failed' && (
        <Text size="xs" c="red.8" role="alert" data-testid="export-all-error">
          {t('listExport.failed', { reason: outcome.reason })}
        </Text>
      )}
    </Group>
  );
}
