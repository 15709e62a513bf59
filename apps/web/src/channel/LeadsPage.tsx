import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LeadInbox } from '../ui/LeadInbox';
import { CHANNEL_ROLES, useViewer } from '../ui/viewer';
import { DispatchRulesSection } from './DispatchRulesSection';
import { NewLeadForm } from './NewLeadForm';

/** Every lead of the channel; those from the brand's showroom wait here (UNASSIGNED) for a partner. */
export function ChannelLeadsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [creating, setCreating] = useState(false);
  const writer = Boolean(viewer && CHANNEL_ROLES.includes(viewer.role));
  return (
    <Stack maw={900}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('leads.title')}</Title>
        {writer && (
          <Group gap="xs">
            <Button variant="default" component={Link} to="/channel/leads/import">{t('leadImport.link')}</Button>
            <Button onClick={() => setCreating(true)}>{t('leads.new')}</Button>
          </Group>
        )}
      </Group>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={creating} onClose={() => setCreating(false)} title={t('leads.new')} size="lg">
        <NewLeadForm onDone={() => setCreating(false)} />
      </Modal>
      <Text c="dimmed">{t('leads.channelIntro')}</Text>
      {viewer && CHANNEL_ROLES.includes(viewer.role) && <DispatchRulesSection />}
      <LeadInbox defaultStatus="UNASSIGNED" ownPartnerId={null} actor={viewer && CHANNEL_ROLES.includes(viewer.role) ? 'dispatcher' : null} />
    </Stack>
  );
}
