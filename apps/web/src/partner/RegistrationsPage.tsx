import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RegisterDealForm, RegistrationList } from '../ui/Registrations';

/** The partner's deal registrations and the form to register one. */
export function PartnerRegistrationsPage() {
  const { t } = useTranslation();
  const [registering, setRegistering] = useState(false);
  return (
    <Stack maw={900}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('registrations.title')}</Title>
        <Button onClick={() => setRegistering(true)}>{t('registrations.new')}</Button>
      </Group>
      <Text c="dimmed">{t('registrations.partnerIntro')}</Text>
      <RegistrationList brand={false} defaultStatus={null} />
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={registering} onClose={() => setRegistering(false)} title={t('registrations.new')} size="lg">
        <RegisterDealForm onDone={() => setRegistering(false)} />
      </Modal>
    </Stack>
  );
}
