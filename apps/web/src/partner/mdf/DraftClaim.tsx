import { useEffect, useRef, useState } from 'react';
import { Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';
import { readFileAsBase64 } from '../../ui/fileTransfer';
import type { MdfClaimItem } from '../../ui/MdfRequestSummary';
import { MDF_FILE_TYPES, MDF_MAX_FILE_BYTES, MDF_MAX_FILES } from '../../ui/mdf';
import { sendWithUploadProgress } from '../../ui/uploadWithProgress';
import { FormAlert } from '../../ui/states';

const AddMdfClaimFile = graphql(`
  mutation AddMdfClaimFile($input: AddMdfClaimFileInput!) {
    addMdfClaimFile(input: $input) {
      file {
        id
        fileName
      }
    }
  }
`);

const SubmitMdfClaim = graphql(`
  mutation SubmitMdfClaim($input: MdfClaimIdInput!) {
    submitMdfClaim(input: $input) {
      claim {
        ...MdfClaim_claim
      }
    }
  }
`);

interface Upload {
  id: number;
  name: string;
  percent: number;
  state: 'waiting' | 'uploading' | 'saving' | 'done' | 'failed';
  problem?: string;
}

let nextUpload = 0;

/** One file's way to the server: a bar of the bytes sent, then what came of it, in words too. */
function UploadRow({ upload }: { upload: Upload }) {
  const { t } = useTranslation();
  const colour = upload.state === 'failed' ? 'red.8' : upload.state === 'done' ? 'teal.8' : 'blue.7';
  const words = upload.state === 'failed' ? upload.problem ?? '' : t(`mdf.upload.${upload.state}`, { percent: upload.percent });
  return (
    <Stack gap={2} data-testid="mdf-upload" data-file={upload.name} data-state={upload.state} data-percent={upload.percent}>
      <Text size="sm" className="break-anywhere">
        <Text span fw={600}>{upload.name}</Text>
        {': '}
        <Text span c={upload.state === 'failed' ? 'red.8' : undefined} data-testid="mdf-upload-state">{words}</Text>
      </Text>
      <Progress.Root size="sm" transitionDuration={100}>
        <Progress.Section value={upload.percent} color={colour} aria-label={t('mdf.uploadOf', { name: upload.name })} />
      </Progress.Root>
    </Stack>
  );
}

/**
 * A draft claim of the partner manager: proof added file by file, each with a real upload progress bar (sent
 * with XMLHttpRequest), then submitted for a decision (the API takes it with at least one file).
 */
export function DraftClaim({ claim }: { claim: MdfClaimItem }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [submit, submitting] = useMutation(SubmitMdfClaim, { refetchQueries: ['PartnerMdfRequests', 'PartnerMdfFunds'], awaitRefetchQueries: true });
  const running = uploads.some((u) => u.state === 'waiting' || u.state === 'uploading' || u.state === 'saving');
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const full = claim.files.length >= MDF_MAX_FILES;

  const update = (id: number, change: Partial<Upload>) => setUploads((all) => all.map((u) => (u.id === id ? { ...u, ...change } : u)));

  const add = async (files: File[]) => {
    setFailure(null);
    if (files.length === 0) return;
    const room = MDF_MAX_FILES - claim.files.length;
    const chosen = files.slice(0, Math.max(0, room));
    if (files.length > chosen.length) setFailure(t('mdf.filesFull', { max: MDF_MAX_FILES }));
    const queued = chosen.map((file) => ({ file, upload: { id: nextUpload++, name: file.name, percent: 0, state: 'waiting' as const } }));
    setUploads((all) => [...all, ...queued.map((q) => q.upload)]);
    const abort = new AbortController();
    controller.current = abort;
    for (const { file, upload } of queued) {
      if (file.type && !MDF_FILE_TYPES.includes(file.type)) {
        update(upload.id, { state: 'failed', problem: t('mdf.fileType') });
        continue;
      }
      if (file.size > MDF_MAX_FILE_BYTES) {
        update(upload.id, { state: 'failed', problem: t('mdf.fileSize') });
        continue;
      }
      try {
        update(upload.id, { state: 'uploading' });
        const contentBase64 = await readFileAsBase64(file);
        await sendWithUploadProgress(client, AddMdfClaimFile, { input: { claimId: claim.id, fileName: file.name, contentBase64 } }, {
          signal: abort.signal,
          onUploadProgress: ({ loaded, total }) => {
            if (total > 0) update(upload.id, { percent: Math.min(100, Math.round((loaded / total) * 100)) });
          },
          onUploaded: () => update(upload.id, { percent: 100, state: 'saving' }),
        });
        update(upload.id, { percent: 100, state: 'done' });
      } catch (error) {
        if (abort.signal.aborted) return;
        update(upload.id, { state: 'failed', problem: describeError(error) });
      }
    }
    await client.refetchQueries({ include: ['PartnerMdfRequests'] });
  };

  const send = async () => {
    setFailure(null);
    try {
      await submit({ variables: { input: { claimId: claim.id } } });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('mdf.claimSubmitted', { number: claim.number }) });
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  return (
    <Stack gap="sm" data-testid="mdf-draft-claim">
      <FileInput
        label={t('mdf.addFiles')}
        description={full ? t('mdf.filesFull', { max: MDF_MAX_FILES }) : t('mdf.addFilesHint')}
        placeholder={t('mdf.chooseFiles')}
        accept={MDF_FILE_TYPES.join(',')}
        multiple
        value={[]}
        onChange={(files) => void add(files)}
        disabled={running || full}
        data-testid="mdf-claim-file-input"
      />
      {uploads.length > 0 && (
        <Stack gap="xs" aria-live="polite" data-testid="mdf-uploads">
          {uploads.map((u) => <UploadRow key={u.id} upload={u} />)}
        </Stack>
      )}
      <FormAlert message={failure} />
      <Group justify="space-between" align="center" wrap="wrap">
        <Text size="sm" c="dimmed">{claim.files.length === 0 ? t('mdf.submitNeedsFile') : t('mdf.submitHint')}</Text>
        <Button onClick={() => void send()} loading={submitting.loading} disabled={running || claim.files.length === 0} data-testid="mdf-claim-submit">
          {t('mdf.submitClaim')}
        </Button>
      </Group>
    </Stack>
  );
}
