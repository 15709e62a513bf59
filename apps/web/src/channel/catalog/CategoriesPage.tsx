import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CategoryRow_CategoryFragment } from '../../gql/graphql';
import { inTreeOrder } from '../../ui/categoryTree';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { CatalogNav } from './CatalogNav';
import { CategoryForm } from './CategoryForm';

graphql(`
  fragment CategoryRow_category on Category {
    id
    code
    name
    defaultName
    translations {
      language
      text
    }
    parentId
    position
  }
`);

export const CatalogCategoriesQuery = graphql(`
  query CatalogCategories {
    categories {
      ...CategoryRow_category
    }
  }
`);

/** The catalog tree: codes (also the OCI material group), names, where each sits. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CatalogCategoriesQuery);
  const [editing, setEditing] = useState<CategoryRow_CategoryFragment | 'new' | null>(null);
  const categories = data?.categories ?? [];
  const rows = inTreeOrder(categories);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('catalog.title')}</Title>
        <Button onClick={() => setEditing('new')}>{t('category.new')}</Button>
      </Group>
      <CatalogNav />
      <Paper withBorder p="md" component="section" aria-labelledby="categories-title">
        <Stack>
          <Title order={2} size="h3" id="categories-title">
            {t('catalog.categories')}
          </Title>
          {!data && loading ? (
            <LoadingState />
          ) : !data ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : rows.length === 0 ? (
            <EmptyState title={t('category.empty')} />
          ) : (
            <Table.ScrollContainer minWidth={480}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('category.name')}</Table.Th>
                    <Table.Th>{t('category.code')}</Table.Th>
                    <Table.Th>{t('category.position')}</Table.Th>
                    <Table.Th>{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map(({ node, depth }) => (
                    <Table.Tr key={node.id} data-testid="category-row">
                      <Table.Td>
                        <Text span size="sm" fw={depth === 0 ? 600 : 400} style={{ paddingLeft: depth * 20 }}>
                          {depth > 0 ? '└ ' : ''}
                          {node.name}
                        </Text>
                      </Table.Td>
                      <Table.Td ff="monospace">{node.code}</Table.Td>
                      <Table.Td>{node.position}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="light" onClick={() => setEditing(node)} aria-label={t('settings.editNamed', { name: node.name })}>
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
      </Paper>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('category.new') : t('category.edit')}>
        {editing !== null && <CategoryForm category={editing === 'new' ? null : editing} categories={categories} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
