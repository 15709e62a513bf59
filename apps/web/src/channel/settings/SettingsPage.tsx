import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TiersSection } from './TiersSection';
import { TerritoriesSection } from './TerritoriesSection';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('settings.title')}</Title>
        <Text c="dimmed">{t('settings.intro')}</Text>
      </div>
      <TiersSection />
      <TerritoriesSection />
    </Stack>
  );
}
