import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServerCsvError } from './errors';

/** Every bad row of an uploaded CSV file, where it is and why, so that the file can be fixed in one go. */
export function CsvErrorTable({ errors }: { errors: readonly ServerCsvError[] }) {
  const { t } = useTranslation();
  return (
    // Native scrolling, focusable: a phone scrolls the table sideways, and a keyboard can too.
    <Table.ScrollContainer minWidth={420} maxHeight={420} type="native" tabIndex={0} aria-label={t('csv.errorCount', { count: errors.length })}>
      <Table striped stickyHeader data-testid="csv-errors">
        <Table.Caption>
          <Text span size="sm">{t('csv.errorCount', { count: errors.length })}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('csv.line')}</Table.Th>
            <Table.Th scope="col">{t('csv.field')}</Table.Th>
            <Table.Th scope="col">{t('csv.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error, i) => (
            <Table.Tr key={`${error.line}-${error.field}-${i}`} data-testid="csv-error">
              <Table.Td>{error.line}</Table.Td>
              <Table.Td ff="monospace">{error.field}</Table.Td>
              <Table.Td className="break-anywhere">{error.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
