import { useState } from 'react';
import { Anchor, Card, FileInput, List, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ServiceCaseDetail_ServiceCaseFragment } from '../gql/graphql';
import { describeError } from './errors';
import { readFileAsBase64 } from './fileTransfer';
import { formatDateTime } from './format';

const AddServiceCaseAttachment = graphql(`
  mutation AddServiceCaseAttachment($input: AddServiceCaseAttachmentInput!) {
    addServiceCaseAttachment(input: $input) {
      attachment {
        id
      }
    }
  }
`);

/** What the API takes (it reads the type from the bytes, and refuses the rest anyway). */
const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/plain'];
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_FILES = 10;

function formatSize(bytes: number, language: string): string {
  const format = (n: number) => new Intl.NumberFormat(language === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}

/**
 * The files of a case (a photo of the fault, a receipt, a log), each a link to download it; the partner's people
 * add one by choosing it, until the case is closed. The case is read again afterwards: the file is a step of
 * its timeline too.
 */
export function ServiceAttachments({ serviceCase, canAdd }: { serviceCase: ServiceCaseDetail_ServiceCaseFragment; canAdd: boolean }) {
  const { t, i18n } = useTranslation();
  const [add, adding] = useMutation(AddServiceCaseAttachment, { refetchQueries: ['ServiceCaseDetail'], awaitRefetchQueries: true });
  const [problem, setProblem] = useState<string | null>(null);
  const files = serviceCase.attachments;
  const full = files.length >= MAX_FILES;

  const upload = async (file: File | null) => {
    setProblem(null);
    if (!file) return;
    if (file.type && !ATTACHMENT_TYPES.includes(file.type)) return setProblem(t('service.fileType'));
    if (file.size > MAX_BYTES) return setProblem(t('service.fileSize'));
    try {
      const contentBase64 = await readFileAsBase64(file);
      await add({ variables: { input: { caseId: serviceCase.id, fileName: file.name, contentBase64 } } });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('service.fileAdded', { name: file.name }) });
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  return (
    <Card withBorder padding="md" data-testid="service-attachments">
      <Title order={2} size="h4" mb="sm">
        {t('service.filesTitle')}
      </Title>
      <Stack gap="sm">
        {files.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('service.noFiles')}
          </Text>
        ) : (
          <List spacing={4} size="sm" listStyleType="none" data-testid="attachment-list">
            {files.map((file) => (
              <List.Item key={file.id} data-testid="attachment">
                <Anchor href={file.url} target="_blank" rel="noopener" size="sm" className="break-anywhere" data-testid="attachment-link">
                  {file.fileName}
                </Anchor>
                <Text span size="xs" c="dimmed">
                  {' · '}
                  {formatSize(file.byteSize, i18n.language)} · {formatDateTime(file.addedAt, i18n.language)}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {canAdd && (
          <FileInput
            label={t('service.addFile')}
            description={full ? t('service.filesFull', { max: MAX_FILES }) : t('service.addFileHint')}
            placeholder={t('service.chooseFile')}
            accept={ATTACHMENT_TYPES.join(',')}
            value={null}
            onChange={(file) => void upload(file)}
            disabled={adding.loading || full}
            error={problem}
            data-testid="attachment-input"
          />
        )}
        {adding.loading && (
          <Text size="sm" c="dimmed" role="status">
            {t('service.uploading')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
