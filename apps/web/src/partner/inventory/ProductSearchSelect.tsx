import { useState, type KeyboardEvent, type Ref } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';

const InventoryProductSearch = graphql(`
  query InventoryProductSearch($search: String) {
    products(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          sku
          name
        }
      }
    }
  }
`);

const InventoryProductLabel = graphql(`
  query InventoryProductLabel($id: ID!) {
    product(id: $id) {
      id
      sku
      name
    }
  }
`);

export interface ChosenProduct {
  id: string;
  sku: string;
  name: string;
}

const labelOf = (p: { sku: string; name: string }) => `${p.name} (${p.sku})`;

interface ProductSearchSelectProps {
  label: string;
  value: string | null;
  onChange: (product: ChosenProduct | null) => void;
  clearable?: boolean;
  error?: string | null;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  ref?: Ref<HTMLInputElement>;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

/**
 * A catalog product found by name or SKU as the user types (the server searches; a catalog may be large). A
 * value given from outside (an address) shows its product's name. The first match is highlighted, so Enter
 * takes it.
 */
export function ProductSearchSelect({ label, value, onChange, clearable, error, onKeyDown, ref, style, ...rest }: ProductSearchSelectProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ChosenProduct | null>(null);
  const [search, setSearch] = useState('');
  const current = chosen?.id === value ? chosen : null;
  const known = useQuery(InventoryProductLabel, { variables: { id: value ?? '' }, skip: !value || current !== null });
  const shown = current ?? (value && known.data?.product.id === value ? known.data.product : null);
  // While the chosen product's label is in the box, the list offers everything: the label is no search.
  const showsChosen = shown !== null && search === labelOf(shown);
  const [debounced] = useDebouncedValue(showsChosen ? '' : search.trim(), 250);
  const found = useQuery(InventoryProductSearch, { variables: { search: debounced || null } });
  // While the next search loads, the last answer stays in the list (an empty list would drop the highlight).
  const products = ((found.data ?? found.previousData)?.products.edges ?? []).map((e) => e.node);
  if (shown && !products.some((p) => p.id === shown.id)) products.unshift(shown);
  const choose = (product: ChosenProduct | null) => {
    setChosen(product);
    onChange(product);
  };
  return (
    <Select
      ref={ref}
      label={label}
      placeholder={t('inventory.productPlaceholder')}
      searchable
      clearable={clearable}
      searchValue={search}
      onSearchChange={setSearch}
      // The API already matched name and SKU.
      filter={({ options }) => options}
      selectFirstOptionOnChange
      data={products.map((p) => ({ value: p.id, label: labelOf(p) }))}
      value={value}
      onChange={(id) => choose(products.find((p) => p.id === id) ?? null)}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        // The list highlights its first option when the search changes; an answer that arrives after the last
        // keystroke comes without a highlight, and Enter would do nothing. Enter then takes the first match.
        const list = document.getElementById(event.currentTarget.getAttribute('aria-controls') ?? '');
        if (event.key === 'Enter' && list && !list.querySelector('[data-combobox-selected]') && !showsChosen && search.trim() && products[0]) choose(products[0]);
      }}
      nothingFoundMessage={found.loading ? t('states.loading') : t('inventory.noProductFound')}
      error={error ?? (found.error ? describeError(found.error) : undefined)}
      style={style}
      data-testid={rest['data-testid']}
    />
  );
}
