import { useState } from 'react';
import { Alert, Button, Code, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { csvErrors, describeError, type ServerCsvError } from '../ui/errors';
import { CsvErrorTable } from '../ui/CsvErrorTable';
import { readFileAsText } from '../ui/fileTransfer';
import { FormAlert } from '../ui/states';

const ImportOffersMutation = graphql(`
  mutation ImportOffers($input: ImportOffersInput!) {
    importOffers(input: $input) {
      result {
        createdCount
        updatedCount
      }
    }
  }
`);

const COLUMNS = 'sku,price,currency,stock,delivery_days,partner_sku,offered';

/** Many offers at once from CSV: the whole file or, with any bad row, nothing. */
export function OfferImport({ partnerId, onImported }: { partnerId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [rows, setRows] = useState<ServerCsvError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<{ createdCount: number; updatedCount: number } | null>(null);
  const [importOffers, { loading }] = useMutation(ImportOffersMutation);

  async function run() {
    setRows([]);
    setFailure(null);
    setDone(null);
    if (!file) {
      setFailure(t('productImport.chooseFirst'));
      return;
    }
    try {
      const csv = await readFileAsText(file);
      const { data } = await importOffers({ variables: { input: { partnerId, csv } } });
      if (data) {
        setDone(data.importOffers.result);
        onImported();
      }
    } catch (error) {
      const bad = csvErrors(error);
      if (bad.length > 0) setRows(bad);
      else setFailure(describeError(error));
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="offer-import-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="offer-import-title">
            {t('offers.importTitle')}
          </Title>
          <Text size="sm">
            {t('productImport.columns')} <Code className="break-anywhere">{COLUMNS}</Code>
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
              setRows([]);
              setDone(null);
            }}
            clearable
            style={{ flex: '1 1 16rem' }}
          />
          <Button onClick={() => void run()} loading={loading}>
            {t('offers.importStart')}
          </Button>
        </Group>
        {done && (
          <Alert color="green" title={t('productImport.doneTitle')} role="status">
            {t('productImport.done', { created: done.createdCount, updated: done.updatedCount })}
          </Alert>
        )}
        {rows.length > 0 && (
          <Stack data-testid="offer-import-failed">
            <Alert color="red" title={t('productImport.failedTitle')} role="alert">
              {t('productImport.failed')}
            </Alert>
            <CsvErrorTable errors={rows} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
