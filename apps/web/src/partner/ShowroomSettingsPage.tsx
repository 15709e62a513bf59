import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { useViewer } from '../ui/viewer';
import { ShowroomSettingsForm } from './ShowroomSettingsForm';

const ShowroomSettingsQuery = graphql(`
  query ShowroomSettings($partnerId: ID!) {
    showroomSettings(partnerId: $partnerId) {
      ...ShowroomSettings_showroom
    }
    partner(id: $partnerId) {
      id
      name
      code
    }
  }
`);

/** The partner manager's public showroom: address, look, prices, contact, on or off. */
export function ShowroomSettingsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const partnerId = viewer?.partner?.id ?? '';
  const { data, loading, error, refetch } = useQuery(ShowroomSettingsQuery, { variables: { partnerId }, skip: !partnerId });
  if (!partnerId) return <EmptyState title={t('partnerHome.noPartner')} />;
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <Stack maw={900}>
      <Title order={1}>{t('showroomSettings.title')}</Title>
      <Text c="dimmed">{t('showroomSettings.intro')}</Text>
      <Paper withBorder p="md">
        {/* Keyed by the last save, so that the form starts from what was stored. */}
        <ShowroomSettingsForm
          key={data.showroomSettings?.updatedAt ?? 'new'}
          partnerId={partnerId}
          showroom={data.showroomSettings ?? null}
          partner={data.partner}
        />
      </Paper>
    </Stack>
  );
}
