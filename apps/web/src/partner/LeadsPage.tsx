import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LeadInbox } from '../ui/LeadInbox';
import { useViewer } from '../ui/viewer';

/** The partner's leads (a distributor's include its resellers'), for its managers and employees. */
export function PartnerLeadsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <Stack maw={900}>
      <Title order={1}>{t('leads.title')}</Title>
      <Text c="dimmed">{t('leads.partnerIntro')}</Text>
      <LeadInbox
        defaultStatus={null}
        ownPartnerId={viewer?.partner?.id ?? null}
        actor={viewer?.role === 'PARTNER_MANAGER' ? 'partnerManager' : viewer?.role === 'PARTNER_EMPLOYEE' ? 'partnerEmployee' : null}
      />
    </Stack>
  );
}
