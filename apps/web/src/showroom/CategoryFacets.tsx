import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { CategoryFacets_FacetFragment } from '../gql/graphql';
import { inTreeOrder } from '../ui/categoryTree';

graphql(`
  fragment CategoryFacets_facet on CategoryFacet {
    id
    name
    count
    parentId
  }
`);

interface Props {
  facets: readonly CategoryFacets_FacetFragment[];
  selected: string | null;
  onSelect: (categoryId: string | null) => void;
}

function FacetButton({ label, count, pressed, depth, onClick }: { label: string; count?: number; pressed: boolean; depth: number; onClick: () => void }) {
  return (
    <UnstyledButton
      onClick={onClick}
      aria-pressed={pressed}
      pr="xs"
      py={6}
      w="100%"
      style={{
        paddingLeft: `calc(var(--mantine-spacing-xs) + ${depth * 16}px)`,
        borderRadius: 'var(--mantine-radius-sm)',
        background: pressed ? 'var(--mantine-color-trellis-0)' : undefined,
        borderLeft: pressed ? '3px solid var(--mantine-color-trellis-7)' : '3px solid transparent',
      }}
      data-testid="category-facet"
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={pressed ? 700 : 400} className="break-anywhere">
          {label}
        </Text>
        {count !== undefined && (
          <Badge size="sm" variant="light" color="gray" miw="max-content">
            {count}
          </Badge>
        )}
      </Group>
    </UnstyledButton>
  );
}

/** The categories of the matching products as a tree, each with how many of them it holds (subcategories included). */
export function CategoryFacets({ facets, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const rows = inTreeOrder(facets);
  return (
    <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('showroom.categories')}>
      <li>
        <FacetButton label={t('showroom.allCategories')} pressed={selected === null} depth={0} onClick={() => onSelect(null)} />
      </li>
      {rows.map(({ node, depth }) => (
        <li key={node.id}>
          <FacetButton label={node.name} count={node.count} pressed={node.id === selected} depth={depth} onClick={() => onSelect(node.id)} />
        </li>
      ))}
      {rows.length === 0 && (
        <Text component="li" size="sm" c="dimmed" px="xs">
          {t('showroom.noCategories')}
        </Text>
      )}
    </Stack>
  );
}
