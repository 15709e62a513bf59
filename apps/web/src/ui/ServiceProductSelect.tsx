import { useState } from 'react';
import { Select } from '@mantine/core';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { describeError } from './errors';

const ServiceProductSearch = graphql(`
  query ServiceProductSearch($search: String) {
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

const ServiceProductLabel = graphql(`
  query ServiceProductLabel($id: ID!) {
    product(id: $id) {
      id
      sku
      name
    }
  }
`);

const labelOf = (p: { name: string; sku: string }) => `${p.name} (${p.sku})`;

interface ServiceProductSelectProps {
  label: string;
  description?: string;
  value: string | null;
  onChange: (productId: string | null) => void;
  error?: string | null;
  'data-testid'?: string;
}

/**
 * A catalog product picked by name or SKU as the user types (the catalog may hold thousands), or none: a
 * service case and a solution article may name the product they are about. A value given from outside (an
 * article being edited) shows its product's name.
 */
export function ServiceProductSelect({ label, description, value, onChange, error, ...rest }: ServiceProductSelectProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [search, found] = useLazyQuery(ServiceProductSearch);
  const known = useQuery(ServiceProductLabel, { variables: { id: value ?? '' }, skip: !value || chosen?.value === value });
  const options = (found.data?.products.edges ?? []).map(({ node }) => ({ value: node.id, label: labelOf(node) }));
  const current = chosen?.value === value ? chosen : known.data?.product && value ? { value, label: labelOf(known.data.product) } : null;
  // The current product stays an option whatever the last search found (its label is in the box).
  const data = current && !options.some((o) => o.value === current.value) ? [current, ...options] : options;
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('service.productPlaceholder')}
      searchable
      clearable
      data={data}
      value={value}
      onChange={(next, option) => {
        setChosen(option ?? null);
        onChange(next);
      }}
      onDropdownOpen={() => void search({ variables: { search: null } })}
      onSearchChange={(text) => {
        if (text !== current?.label) void search({ variables: { search: text.trim() || null } });
      }}
      // The API already matched name and SKU.
      filter={({ options: all }) => all}
      nothingFoundMessage={found.loading ? t('states.loading') : t('service.noProductFound')}
      error={error ?? (found.error ? describeError(found.error) : undefined)}
      data-testid={rest['data-testid']}
    />
  );
}
