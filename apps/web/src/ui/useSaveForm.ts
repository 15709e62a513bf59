import { useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, focusFirstError } from './errors';

/**
 * The submit of a create-or-edit form: save, say "saved", close; on failure the server's field errors
 * go beside their fields and any other message above the form, and focus moves to the first bad field.
 * `rename` maps the server's field names to the form's paths where they differ (see applyServerErrors).
 */
// Record<string, any> as Mantine declares form values: interfaces of values fit it, unlike unknown.
export function useSaveForm<V extends Record<string, any>>(
  form: UseFormReturnType<V>,
  save: (values: V) => Promise<unknown>,
  onDone: () => void,
  rename?: (values: V) => Record<string, string>,
) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await save(values as V);
      notifications.show({ color: 'green', message: t('common.saved') });
      onDone();
    } catch (error) {
      setFailure(applyServerErrors(form, error, rename?.(values as V)));
    }
  }, focusFirstError);
  return { submit, failure };
}
