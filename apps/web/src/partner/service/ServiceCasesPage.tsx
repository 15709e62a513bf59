import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ServiceCaseList } from '../../ui/ServiceCaseList';
import { EmptyState } from '../../ui/states';
import { useViewer } from '../../ui/viewer';

/** The partner's service cases (a distributor's with its resellers'), newest first. */
export function PartnerServiceCasesPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer?.partner) return <EmptyState title={t('partnerHome.noPartner')} />;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('service.title')}</Title>
        <Button component={Link} to="/partner/service/new">
          {t('service.new')}
        </Button>
      </Group>
      <Text c="dimmed">{t('service.partnerIntro')}</Text>
      <ServiceCaseList basePath="/partner/service" showPartner={false} emptyText={t('service.emptyPartner')} />
    </Stack>
  );
}
