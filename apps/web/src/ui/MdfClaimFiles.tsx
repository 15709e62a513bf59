import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './format';

export function formatFileSize(bytes: number, language: string): string {
  const format = (n: number) => new Intl.NumberFormat(language === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}

interface ClaimFile {
  id: string;
  fileName: string;
  byteSize: number;
  addedAt: string;
  url: string;
}

/** A claim's proof of performance, each file a link that downloads it (same-origin, with the session). */
export function MdfClaimFiles({ files }: { files: readonly ClaimFile[] }) {
  const { t, i18n } = useTranslation();
  if (files.length === 0) {
    return <Text size="sm" c="dimmed">{t('mdf.noFiles')}</Text>;
  }
  return (
    <List spacing={4} size="sm" listStyleType="none" data-testid="mdf-claim-files">
      {files.map((file) => (
        <List.Item key={file.id} data-testid="mdf-claim-file">
          <Anchor href={file.url} target="_blank" rel="noopener" size="sm" className="break-anywhere" data-testid="mdf-claim-file-link">
            {file.fileName}
          </Anchor>
          <Text span size="xs" c="dimmed">
            {' · '}
            {formatFileSize(file.byteSize, i18n.language)} · {formatDateTime(file.addedAt, i18n.language)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
