import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerAssignments_PartnerFragment } from '../gql/graphql';

/** The same facts as PartnerAssignments, for readers who may not change them. */
export function ReadOnlyAssignments({ partner }: { partner: PartnerAssignments_PartnerFragment }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('partner.tier'), partner.tier?.name ?? '—'],
    [t('partner.owner'), partner.owner?.displayName ?? '—'],
    [t('partner.parent'), partner.parent ? `${partner.parent.name} (${partner.parent.code})` : '—'],
    [t('partner.territories'), partner.territories.map((x) => x.name).join(', ') || '—'],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="assignments-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="assignments-title">
          {t('partnerPage.assignments')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {rows.map(([label, value]) => (
            <div key={label}>
              <Text size="xs" c="dimmed" fw={600}>
                {label}
              </Text>
              <Text size="sm">{value}</Text>
            </div>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
