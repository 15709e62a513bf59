import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TierRow_TierFragment } from '../../gql/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { TierForm } from './TierForm';

graphql(`
  fragment TierRow_tier on Tier {
    id
    code
    name
    rank
    discountPercent
    mdfEligible
    leadPriority
    leadAcceptHours
    maxOpenLeads
    mdfSharePercent
  }
`);

const SettingsTiersQuery = graphql(`
  query SettingsTiers {
    tiers {
      ...TierRow_tier
    }
  }
`);

export function TiersSection() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SettingsTiersQuery);
  // null: closed; 'new': creating; a tier: editing it.
  const [editing, setEditing] = useState<TierRow_TierFragment | 'new' | null>(null);
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const tiers = data?.tiers ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tiers-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3" id="tiers-title">
            {t('settings.tiers')}
          </Title>
          <Button onClick={() => setEditing('new')}>{t('settings.newTier')}</Button>
        </Group>
        {!data && loading ? (
          <LoadingState />
        ) : !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : tiers.length === 0 ? (
          <EmptyState title={t('settings.noTiers')} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tier.code')}</Table.Th>
                  <Table.Th>{t('tier.name')}</Table.Th>
                  <Table.Th>{t('tier.rank')}</Table.Th>
                  <Table.Th>{t('tier.discountPercent')}</Table.Th>
                  <Table.Th>{t('tier.mdfEligible')}</Table.Th>
                  <Table.Th>{t('tier.leadPriority')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tiers.map((tier) => (
                  <Table.Tr key={tier.id}>
                    <Table.Td ff="monospace">{tier.code}</Table.Td>
                    <Table.Td>{tier.name}</Table.Td>
                    <Table.Td>{tier.rank}</Table.Td>
                    <Table.Td>{percent.format(tier.discountPercent)} %</Table.Td>
                    <Table.Td>{tier.mdfEligible ? t('common.yes') : t('common.no')}</Table.Td>
                    <Table.Td>{tier.leadPriority}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setEditing(tier)} aria-label={t('settings.editNamed', { name: tier.name })}>
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('settings.newTier') : t('settings.editTier')}>
        {editing !== null && <TierForm tier={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Paper>
  );
}
