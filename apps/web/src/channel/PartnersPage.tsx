import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PartnerList } from './PartnerList';

export function PartnersPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('partners.title')}</Title>
        <Button component={Link} to="/channel/partners/new">
          {t('partners.new')}
        </Button>
      </Group>
      <PartnerList hrefFor={(id) => `/channel/partners/${id}`} />
    </Stack>
  );
}
