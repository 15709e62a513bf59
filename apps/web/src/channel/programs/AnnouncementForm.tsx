import { useState, type ReactNode } from 'react';
import { Button, Group, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AnnouncementKind } from '@trellis/schema';
import { applyServerErrors, focusFirstError } from '../../ui/errors';
import { FormAlert } from '../../ui/states';
import { ANNOUNCEMENT_KINDS, AudienceFields, type AudienceValues } from '../../programs/shared';

export interface AnnouncementValues {
  kind: AnnouncementKind;
  title: string;
  body: string;
  audience: AudienceValues;
}

/**
 * What an announcement says and to whom: a new one's form and a draft's. `save` resolves once saved; its
 * refusal goes beside the fields (or above the form). `extra` sits beside the submit button (a draft's Publish).
 */
export function AnnouncementForm({ initial, submitLabel, save, onCancel, extra, testId }: {
  initial: AnnouncementValues;
  submitLabel: string;
  save: (values: AnnouncementValues) => Promise<void>;
  onCancel?: () => void;
  extra?: (form: UseFormReturnType<AnnouncementValues>, setFailure: (message: string | null) => void) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<AnnouncementValues>({
    initialValues: initial,
    validate: {
      title: (v) => (v.trim().length >= 3 ? null : t('programs.validation.title')),
      body: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    setBusy(true);
    try {
      await save({ ...values, title: values.title.trim() });
      form.resetDirty(values);
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    } finally {
      setBusy(false);
    }
  }, focusFirstError);
  return (
    <form onSubmit={submit} noValidate data-testid={testId}>
      <Stack>
        <FormAlert message={failure} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`${testId}-kind`}>{t('programs.fields.kind')}</Text>
          <SegmentedControl aria-labelledby={`${testId}-kind`} data={ANNOUNCEMENT_KINDS.map((k) => ({ value: k, label: t(`programs.announcementKind.${k}`) }))}
            value={form.getValues().kind} onChange={(v) => form.setFieldValue('kind', v as AnnouncementKind)} style={{ alignSelf: 'flex-start' }} />
        </Stack>
        <TextInput label={t('programs.fields.title')} required maxLength={200} {...form.getInputProps('title')} />
        <Textarea label={t('programs.fields.body')} description={t('programs.fields.bodyHint')} required autosize minRows={6} maxRows={20} maxLength={20_000}
          {...form.getInputProps('body')} />
        <AudienceFields form={form} />
        <Group gap="sm" wrap="wrap">
          <Button type="submit" loading={busy}>{submitLabel}</Button>
          {extra?.(form, setFailure)}
          {onCancel && <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>}
        </Group>
      </Stack>
    </form>
  );
}
