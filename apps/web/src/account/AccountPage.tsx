import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ApiTokens } from './ApiTokens';

export default function AccountPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" maw={900}>
      <Title order={1}>{t('account.title')}</Title>
      <ChangePasswordForm />
      <ApiTokens />
    </Stack>
  );
}
