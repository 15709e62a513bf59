import { useState } from 'react';
import { Anchor, Breadcrumbs, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CreatePartnerMutation } from '../gql/graphql';
import { NewPartnerForm } from './NewPartnerForm';
import { CreatedPartner } from './CreatedPartner';

export function NewPartnerPage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<CreatePartnerMutation['createPartner'] | null>(null);
  return (
    <Stack maw={900}>
      <Breadcrumbs>
        <Anchor component={Link} to="/channel/partners">
          {t('partners.title')}
        </Anchor>
        <span>{t('partners.new')}</span>
      </Breadcrumbs>
      <Title order={1}>{created ? t('newPartner.createdTitle') : t('partners.new')}</Title>
      {created ? <CreatedPartner result={created} onAnother={() => setCreated(null)} /> : <NewPartnerForm onCreated={setCreated} />}
    </Stack>
  );
}
