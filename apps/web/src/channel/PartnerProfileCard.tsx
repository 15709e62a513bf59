import { useState } from 'react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { PartnerProfile_PartnerFragment } from '../gql/graphql';
import { PartnerProfileForm } from './PartnerProfileForm';

graphql(`
  fragment PartnerProfile_partner on Partner {
    id
    name
    email
    phone
    website
    street
    city
    postalCode
    region
    country
    latitude
    longitude
    taxId
  }
`);

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" className="break-anywhere">
        {children ?? '—'}
      </Text>
    </div>
  );
}

export function PartnerProfileCard({ partner, canEdit }: { partner: PartnerProfile_PartnerFragment; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const address = [partner.street, [partner.postalCode, partner.city].filter(Boolean).join(' '), partner.region, partner.country]
    .filter(Boolean)
    .join(', ');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profile-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="profile-title">
          {t('partnerPage.profile')}
        </Title>
        {canEdit && !editing && (
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            {t('partnerPage.editProfile')}
          </Button>
        )}
      </Group>
      {editing ? (
        <PartnerProfileForm partner={partner} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="sm">
          <Field label={t('partnerPage.address')}>{address}</Field>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Field label={t('partner.email')}>
              {partner.email && <Anchor href={`mailto:${partner.email}`}>{partner.email}</Anchor>}
            </Field>
            <Field label={t('partner.phone')}>{partner.phone}</Field>
            <Field label={t('partner.website')}>
              {partner.website && (
                <Anchor href={partner.website} target="_blank" rel="noreferrer">
                  {partner.website}
                </Anchor>
              )}
            </Field>
            <Field label={t('partner.taxId')}>{partner.taxId}</Field>
            <Field label={t('partnerPage.coordinates')}>
              {partner.latitude != null && partner.longitude != null ? `${partner.latitude}, ${partner.longitude}` : null}
            </Field>
          </SimpleGrid>
        </Stack>
      )}
    </Paper>
  );
}
