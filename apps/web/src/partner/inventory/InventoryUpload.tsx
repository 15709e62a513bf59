import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Code, FileInput, Group, Loader, Paper, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { csvErrors, describeError, fieldErrors, type ServerCsvError } from '../../ui/errors';
import { CsvErrorTable } from '../../ui/CsvErrorTable';
import { readFileAsText, saveTextAsFile } from '../../ui/fileTransfer';
import { FormAlert } from '../../ui/states';
import { sendWithUploadProgress } from '../../ui/uploadWithProgress';
import { INVENTORY_LEVELS_QUERY } from './InventoryLevels';
import { countDayProblem, today } from './countDay';

const ImportInventoryMutation = graphql(`
  mutation ImportInventory($input: ImportInventoryInput!) {
    importInventory(input: $input) {
      report {
        changedCount
        unchangedCount
      }
    }
  }
`);

const COLUMNS = 'sku,on_hand';
/** The API's limit on the file's text (inventory.inputs.ts). */
const MAX_CHARS = 5_000_000;

type Stage =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'recording'; rows: number }
  | { kind: 'done'; changedCount: number; unchangedCount: number }
  | { kind: 'refused'; rows: ServerCsvError[] };

/** Rows of a CSV file below its header, as the API counts them (blank lines are skipped). */
const rowsOf = (csv: string) => Math.max(0, csv.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').length - 1);

/**
 * A whole count from a CSV file (sku,on_hand): a progress bar while the file travels, then the API checks
 * every row and records all of them or, with any bad row, none (each bad row listed with its line).
 */
export function InventoryUpload({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [day, setDay] = useState(today);
  const [dayError, setDayError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const running = stage.kind === 'uploading' || stage.kind === 'recording';
  // A page left during an upload stops it: nobody would see its answer.
  const upload = useRef<AbortController | null>(null);
  useEffect(() => () => upload.current?.abort(), []);

  async function run() {
    setFailure(null);
    setStage({ kind: 'idle' });
    const problem = countDayProblem(day);
    setDayError(problem ? t(`inventory.day_${problem}`) : null);
    if (problem) return;
    if (!file) return setFailure(t('inventory.chooseFirst'));
    const csv = await readFileAsText(file);
    if (csv.length > MAX_CHARS) return setFailure(t('inventory.tooLarge'));
    const rows = rowsOf(csv);
    const controller = new AbortController();
    upload.current = controller;
    setStage({ kind: 'uploading', percent: 0 });
    try {
      const data = await sendWithUploadProgress(client, ImportInventoryMutation, { input: { partnerId, countedOn: day, csv } }, {
        signal: controller.signal,
        onUploadProgress: ({ loaded, total }) => {
          if (total > 0) setStage({ kind: 'uploading', percent: Math.min(100, Math.round((loaded / total) * 100)) });
        },
        onUploaded: () => setStage({ kind: 'recording', rows }),
      });
      setStage({ kind: 'done', ...data.importInventory.report });
      await client.refetchQueries({ include: [INVENTORY_LEVELS_QUERY] });
    } catch (error) {
      if (controller.signal.aborted) return;
      const bad = csvErrors(error);
      const dayRefused = fieldErrors(error).find((f) => f.field.replace(/^input\./, '') === 'countedOn');
      setStage(bad.length > 0 ? { kind: 'refused', rows: bad } : { kind: 'idle' });
      if (dayRefused) setDayError(dayRefused.reason);
      else if (bad.length === 0) setFailure(describeError(error));
    } finally {
      if (upload.current === controller) upload.current = null;
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="inventory-upload-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="inventory-upload-title">{t('inventory.uploadTitle')}</Title>
          <Text size="sm" c="dimmed">{t('inventory.uploadIntro')}</Text>
          <Text size="sm" mt={4}>
            {t('inventory.columns')} <Code>{COLUMNS}</Code>
          </Text>
        </div>
        <FormAlert message={failure} />
        <Group align="flex-start" gap="xs" wrap="wrap">
          <FileInput
            label={t('inventory.file')}
            placeholder={t('images.choose')}
            accept=".csv,text/csv"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setFailure(null);
              if (!running) setStage({ kind: 'idle' });
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('inventory.clearFile') }}
            disabled={running}
            style={{ flex: '1 1 16rem' }}
            data-testid="inventory-upload-file"
          />
          <TextInput type="date" label={t('inventory.day')} required max={today()} value={day} w={200} disabled={running}
            onChange={(event) => setDay(event.currentTarget.value)} error={dayError} data-testid="inventory-upload-day" />
        </Group>
        <Group gap="xs">
          <Button onClick={() => void run()} loading={running} data-testid="inventory-upload-start">{t('inventory.uploadStart')}</Button>
          <Button variant="subtle" onClick={() => saveTextAsFile(`${COLUMNS}\n`, 'inventory-count.csv')}>{t('inventory.template')}</Button>
        </Group>
        <UploadStage stage={stage} />
      </Stack>
    </Paper>
  );
}

/** Where an upload stands: the bytes sent, the rows being recorded, or what came of it. */
function UploadStage({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  switch (stage.kind) {
    case 'idle':
      return null;
    case 'uploading':
      return (
        <Stack gap={4} data-testid="inventory-upload-progress">
          <Progress.Root size="lg" transitionDuration={100}>
            <Progress.Section value={stage.percent} aria-label={t('inventory.uploading')} />
          </Progress.Root>
          <Text size="sm" aria-live="polite">{t('inventory.uploadedPercent', { percent: stage.percent })}</Text>
        </Stack>
      );
    case 'recording':
      return (
        <Group gap="xs" role="status" data-testid="inventory-upload-recording">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('inventory.recording', { count: stage.rows })}</Text>
        </Group>
      );
    case 'done':
      return (
        <Alert color="green" title={t('inventory.recordedTitle')} role="status" data-testid="inventory-upload-done">
          {t('inventory.recorded', { changed: stage.changedCount, unchanged: stage.unchangedCount })}
        </Alert>
      );
    case 'refused':
      return (
        <Stack data-testid="inventory-upload-refused">
          <Alert color="red" title={t('inventory.refusedTitle')} role="alert">
            {t('inventory.refused', { count: stage.rows.length })}
          </Alert>
          <CsvErrorTable errors={stage.rows} />
        </Stack>
      );
  }
}
