import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RegistrationList } from '../ui/Registrations';
import { CHANNEL_ROLES, useViewer } from '../ui/viewer';

/** The approval queue: pending deal registrations, each beside other partners' records for the same customer. */
export function ChannelRegistrationsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <Stack maw={1100}>
      <Title order={1}>{t('registrations.title')}</Title>
      <Text c="dimmed">{t('registrations.channelIntro')}</Text>
      <RegistrationList brand canDecide={Boolean(viewer && CHANNEL_ROLES.includes(viewer.role))} defaultStatus="PENDING" />
    </Stack>
  );
}
