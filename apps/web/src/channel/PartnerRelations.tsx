import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { PartnerRelations_PartnerFragment } from '../gql/graphql';
import { PartnerStatusBadge } from '../ui/PartnerStatusBadge';

graphql(`
  fragment PartnerRelations_partner on Partner {
    id
    kind
    parent { id name code }
    children { id name code kind status city country }
  }
`);

/** Two-tier distribution: the distributor above and the resellers and dealers below. */
export function PartnerRelations({ partner, basePath }: { partner: PartnerRelations_PartnerFragment; basePath: string }) {
  const { t } = useTranslation();
  if (!partner.parent && partner.kind !== 'DISTRIBUTOR') return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="relations-title">
      <Title order={2} size="h4" id="relations-title" mb="sm">
        {t('partnerPage.hierarchy')}
      </Title>
      <Stack gap="sm">
        {partner.parent && (
          <Text size="sm">
            {t('partner.parent')}:{' '}
            <Anchor component={Link} to={`${basePath}/${partner.parent.id}`}>
              {partner.parent.name} ({partner.parent.code})
            </Anchor>
          </Text>
        )}
        {partner.kind === 'DISTRIBUTOR' && <ChildList partners={partner.children} basePath={basePath} />}
      </Stack>
    </Paper>
  );
}

type Child = PartnerRelations_PartnerFragment['children'][number];

/** A distributor's resellers; without basePath the names are plain text (the partner portal shows no pages for them). */
export function ChildList({ partners, basePath }: { partners: Child[]; basePath?: string }) {
  const { t } = useTranslation();
  if (partners.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('partnerPage.noChildren')}
      </Text>
    );
  }
  return (
    <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('partnerPage.children')}>
      {partners.map((child) => (
        <Group key={child.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            {basePath ? (
              <Anchor component={Link} to={`${basePath}/${child.id}`} size="sm" fw={600}>
                {child.name}
              </Anchor>
            ) : (
              <Text size="sm" fw={600}>
                {child.name}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {child.code} · {t(`kind.${child.kind}`)} · {child.city}, {child.country}
            </Text>
          </div>
          <PartnerStatusBadge status={child.status} />
        </Group>
      ))}
    </Stack>
  );
}
