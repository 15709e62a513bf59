import { Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toCsv, type CsvColumn } from './csv';

interface CsvExportButtonProps<Row> extends Omit<ButtonProps, 'onClick' | 'children'> {
  /** The file's name; ".csv" is added when missing. */
  fileName: string;
  columns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
  /** The button's text; "Download CSV" by default. */
  label?: string;
}

/** Saves rows as a CSV file (see csv.ts), built in the browser: nothing is asked of the server. */
export function downloadCsv<Row>(fileName: string, columns: readonly CsvColumn<Row>[], rows: readonly Row[]): void {
  const url = URL.createObjectURL(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.toLowerCase().endsWith('.csv') ? fileName : `${fileName}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click's task: the download has taken the blob by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads a table view's rows as a CSV file; a paged list exports through ExportAllButton instead. */
export function CsvExportButton<Row>({ fileName, columns, rows, label, ...buttonProps }: CsvExportButtonProps<Row>) {
  const { t } = useTranslation();
  return (
    <Button variant="default" {...buttonProps} onClick={() => downloadCsv(fileName, columns, rows)}>
      {label ?? t('csvExport.download')}
    </Button>
  );
}
