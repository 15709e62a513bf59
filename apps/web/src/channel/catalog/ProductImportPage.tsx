import { useEffect, useState } from 'react';
import { Alert, Button, Code, FileInput, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { TRANSLATED_LANGUAGES } from '../../ui/catalogLanguages';
import { describeError } from '../../ui/errors';
import { CsvErrorTable } from '../../ui/CsvErrorTable';
import { readFileAsText } from '../../ui/fileTransfer';
import { FormAlert } from '../../ui/states';
import { CatalogNav } from './CatalogNav';
import { forgetProductLists } from './catalogCache';

graphql(`
  fragment ProductImportState_import on ProductImport {
    id
    status
    totalRows
    processedRows
    createdCount
    updatedCount
    errors {
      line
      field
      reason
    }
  }
`);

const StartProductImportMutation = graphql(`
  mutation StartProductImport($input: StartProductImportInput!) {
    startProductImport(input: $input) {
      productImport {
        ...ProductImportState_import
      }
    }
  }
`);

const ProductImportQuery = graphql(`
  query ProductImport($id: ID!) {
    productImport(id: $id) {
      ...ProductImportState_import
    }
  }
`);

const POLL_MS = 500;
const COLUMNS = 'sku,name,description,unit,list_price,currency,category_code,active,attributes,image_url';
/** The texts in the catalog's other languages, each optional: name_pl,description_pl,attributes_pl,name_de,... */
const LANGUAGE_COLUMNS = TRANSLATED_LANGUAGES.flatMap((l) => ['name', 'description', 'attributes'].map((column) => `${column}_${l.toLowerCase()}`)).join(',');

/** Where a started import stands: progress while it runs, then its counts or every bad row. */
function ImportProgress({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, stopPolling } = useQuery(ProductImportQuery, { variables: { id }, pollInterval: POLL_MS, fetchPolicy: 'network-only' });
  const state = data?.productImport;
  const finished = state && state.status !== 'RUNNING';
  useEffect(() => {
    if (finished) stopPolling();
  }, [finished]);
  if (!state) return error ? <FormAlert message={describeError(error)} /> : null;
  if (state.status === 'DONE') {
    return (
      <Alert color="green" title={t('productImport.doneTitle')} role="status" data-testid="import-done">
        {t('productImport.done', { created: state.createdCount, updated: state.updatedCount })}
      </Alert>
    );
  }
  if (state.status === 'FAILED') {
    return (
      <Stack data-testid="import-failed">
        <Alert color="red" title={t('productImport.failedTitle')} role="alert">
          {t('productImport.failed')}
        </Alert>
        <CsvErrorTable errors={state.errors} />
      </Stack>
    );
  }
  const percent = state.totalRows > 0 ? Math.round((state.processedRows / state.totalRows) * 100) : 0;
  return (
    <Stack gap={6}>
      <Progress.Root size="lg">
        <Progress.Section value={percent} aria-label={t('productImport.progress')} animated />
      </Progress.Root>
      <Text size="sm" aria-live="polite">
        {t('productImport.rows', { processed: state.processedRows, total: state.totalRows })}
      </Text>
    </Stack>
  );
}

/** Products from a CSV file by SKU: checked whole first, then written all together, or nothing at all. */
export function ProductImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [start, { loading }] = useMutation(StartProductImportMutation, { update: forgetProductLists });

  async function run() {
    if (!file) {
      setFailure(t('productImport.chooseFirst'));
      return;
    }
    setFailure(null);
    setImportId(null);
    try {
      const csv = await readFileAsText(file);
      const { data } = await start({ variables: { input: { csv } } });
      if (data) setImportId(data.startProductImport.productImport.id);
    } catch (error) {
      setFailure(describeError(error));
    }
  }

  return (
    <Stack>
      <Title order={1}>{t('catalog.title')}</Title>
      <CatalogNav />
      <Paper withBorder p="md" component="section" aria-labelledby="import-title">
        <Stack>
          <div>
            <Title order={2} size="h3" id="import-title">
              {t('productImport.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('productImport.intro')}
            </Text>
            <Text size="sm" mt={4}>
              {t('productImport.columns')} <Code className="break-anywhere">{COLUMNS}</Code>
            </Text>
            <Text size="sm" mt={4}>
              {t('productImport.languageColumns')} <Code className="break-anywhere">{LANGUAGE_COLUMNS}</Code>
            </Text>
            <Text size="sm" c="dimmed" mt={4}>
              {t('productImport.languageColumnsHint')}
            </Text>
          </div>
          <FormAlert message={failure} />
          <Group align="flex-end" gap="xs">
            <FileInput
              label={t('productImport.file')}
              placeholder={t('images.choose')}
              accept=".csv,text/csv"
              value={file}
              onChange={(chosen) => {
                setFile(chosen);
                setImportId(null);
                setFailure(null);
              }}
              clearable
              style={{ flex: '1 1 16rem' }}
              data-testid="import-file"
            />
            <Button onClick={() => void run()} loading={loading}>
              {t('productImport.start')}
            </Button>
          </Group>
          {importId && <ImportProgress key={importId} id={importId} />}
        </Stack>
      </Paper>
    </Stack>
  );
}
