import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LeadInbox } from '../ui/LeadInbox';
import { CHANNEL_ROLES, useViewer } from '../ui/viewer';
import { DispatchRulesSection } from './DispatchRulesSection';

/** Every lead of the channel; those from the brand's showroom wait here (UNASSIGNED) for a partner. */
export function ChannelLeadsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <Stack maw={900}>
      <Title order={1}>{t('leads.title')}</Title>
      <Text c="dimmed">{t('leads.channelIntro')}</Text>
      {viewer && CHANNEL_ROLES.includes(viewer.role) && <DispatchRulesSection />}
      <LeadInbox defaultStatus="UNASSIGNED" ownPartnerId={null} actor={viewer && CHANNEL_ROLES.includes(viewer.role) ? 'dispatcher' : null} />
    </Stack>
  );
}
