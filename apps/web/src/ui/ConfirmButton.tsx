import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps extends Omit<ButtonProps, 'onClick'> {
  children: ReactNode;
  title: string;
  message: string;
  confirmLabel: string;
  /** Ask for an optional reason (kept in the history). */
  withReason?: boolean;
  /** Resolves true when done; the dialog stays open on false so that the user can retry. */
  onConfirm: (reason: string | null) => Promise<boolean>;
  /** The confirming button's colour: red (the default) for destructive actions. */
  confirmColor?: string;
  'aria-label'?: string;
}

/** A destructive action behind a dialog that says what will happen. */
export function ConfirmButton({ children, title, message, confirmLabel, withReason, onConfirm, confirmColor = 'red.9', ...buttonProps }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      const done = await onConfirm(reason.trim() || null);
      if (done) {
        dialog.close();
        setReason('');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button {...buttonProps} onClick={dialog.open}>
        {children}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={dialog.close} title={title}>
        <Stack>
          <Text size="sm">{message}</Text>
          {withReason && (
            <Textarea
              label={t('common.reason')}
              description={t('common.reasonHint')}
              maxLength={500}
              autosize
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={dialog.close}>
              {t('common.cancel')}
            </Button>
            {/* red.9: white text on Mantine's default red reads below WCAG AA. */}
            <Button color={confirmColor} loading={busy} onClick={() => void confirm()}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
