import { useState } from 'react';
import { Button, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { applyServerErrors, focusFirstError } from '../ui/errors';
import { FormAlert } from '../ui/states';
import { checkNewPassword } from './password';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      changed
    }
  }
`);

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('validation.required')),
      newPassword: checkNewPassword,
      confirm: (v, values) => (v === values.newPassword ? null : t('validation.passwordsDiffer')),
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setFailure(null);
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      form.reset();
      notifications.show({ color: 'green', message: t('account.passwordChanged') });
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="change-password-title">
      <form onSubmit={submit} noValidate>
        <Stack maw={420}>
          <Title order={2} size="h3" id="change-password-title">
            {t('account.changePassword')}
          </Title>
          <FormAlert message={failure} />
          <PasswordInput label={t('account.currentPassword')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
          <PasswordInput label={t('account.newPassword')} autoComplete="new-password" required {...form.getInputProps('newPassword')} />
          <PasswordInput label={t('account.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('account.savePassword')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
