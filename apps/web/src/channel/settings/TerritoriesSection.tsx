import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TerritoryRow_TerritoryFragment } from '../../gql/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { TerritoryForm } from './TerritoryForm';

graphql(`
  fragment TerritoryRow_territory on Territory {
    id
    code
    name
    countries
    regions
    postalPrefixes
  }
`);

const SettingsTerritoriesQuery = graphql(`
  query SettingsTerritories {
    territories {
      ...TerritoryRow_territory
    }
  }
`);

const list = (values: string[]) => (values.length ? values.join(', ') : '—');

export function TerritoriesSection() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SettingsTerritoriesQuery);
  const [editing, setEditing] = useState<TerritoryRow_TerritoryFragment | 'new' | null>(null);
  const territories = data?.territories ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="territories-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3" id="territories-title">
            {t('settings.territories')}
          </Title>
          <Button onClick={() => setEditing('new')}>{t('settings.newTerritory')}</Button>
        </Group>
        {!data && loading ? (
          <LoadingState />
        ) : !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : territories.length === 0 ? (
          <EmptyState title={t('settings.noTerritories')} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('territory.code')}</Table.Th>
                  <Table.Th>{t('territory.name')}</Table.Th>
                  <Table.Th>{t('territory.countries')}</Table.Th>
                  <Table.Th>{t('territory.regions')}</Table.Th>
                  <Table.Th>{t('territory.postalPrefixes')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {territories.map((territory) => (
                  <Table.Tr key={territory.id}>
                    <Table.Td ff="monospace">{territory.code}</Table.Td>
                    <Table.Td>{territory.name}</Table.Td>
                    <Table.Td>{list(territory.countries)}</Table.Td>
                    <Table.Td>{list(territory.regions)}</Table.Td>
                    <Table.Td>{list(territory.postalPrefixes)}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setEditing(territory)} aria-label={t('settings.editNamed', { name: territory.name })}>
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
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('settings.newTerritory') : t('settings.editTerritory')}
      >
        {editing !== null && <TerritoryForm territory={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Paper>
  );
}
