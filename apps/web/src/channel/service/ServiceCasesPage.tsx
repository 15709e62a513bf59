import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ServiceCaseList } from '../../ui/ServiceCaseList';

/** Every partner's service cases, read only: the partners work them, the brand owner follows them. */
export function ChannelServiceCasesPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('service.title')}</Title>
      <Text c="dimmed">{t('service.channelIntro')}</Text>
      <ServiceCaseList basePath="/channel/service" showPartner emptyText={t('service.emptyChannel')} />
    </Stack>
  );
}
