import { useState, type CSSProperties } from 'react';
import { Select } from '@mantine/core';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { PartnerStatus } from '../gql/graphql';
import { describeError } from './errors';

const PartnerSearch = graphql(`
  query PartnerSearch($search: String, $statuses: [PartnerStatus!]) {
    partners(first: 20, filter: { statuses: $statuses, search: $search }) {
      edges {
        node {
          id
          name
          city
        }
      }
    }
  }
`);

const PartnerLabel = graphql(`
  query PartnerLabel($id: ID!) {
    partner(id: $id) {
      id
      name
      city
    }
  }
`);

const labelOf = (p: { name: string; city?: string | null }) => (p.city ? `${p.name} (${p.city})` : p.name);

interface PartnerSearchSelectProps {
  label: string;
  placeholder?: string;
  value: string | null;
  onChange: (partnerId: string | null) => void;
  /** Only active partners (dispatch); else any the viewer may see (filters). */
  activeOnly?: boolean;
  clearable?: boolean;
  style?: CSSProperties;
  w?: number;
  'data-testid'?: string;
}

/**
 * A partner picked by name: the server searches as the user types (there may be thousands), 20 at a time.
 * A value given from outside (an address) shows its partner's name.
 */
export function PartnerSearchSelect({ label, placeholder, value, onChange, activeOnly, clearable, style, w, ...rest }: PartnerSearchSelectProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const statuses: PartnerStatus[] | null = activeOnly ? ['ACTIVE'] : null;
  const [search, { data, loading, error }] = useLazyQuery(PartnerSearch);
  const known = useQuery(PartnerLabel, { variables: { id: value ?? '' }, skip: !value || chosen?.value === value });
  const found = (data?.partners.edges ?? []).map(({ node }) => ({ value: node.id, label: labelOf(node) }));
  const current = chosen?.value === value ? chosen : known.data?.partner && value ? { value, label: labelOf(known.data.partner) } : null;
  // The current partner stays an option whatever the last search found (its label is in the box).
  const options = current && !found.some((o) => o.value === current.value) ? [current, ...found] : found;
  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('leads.dispatchSearch')}
      searchable
      clearable={clearable}
      data={options}
      value={value}
      onChange={(next, option) => {
        setChosen(option ?? null);
        onChange(next);
      }}
      onDropdownOpen={() => void search({ variables: { search: null, statuses } })}
      onSearchChange={(text) => {
        if (text !== current?.label) void search({ variables: { search: text.trim() || null, statuses } });
      }}
      error={error ? describeError(error) : undefined}
      nothingFoundMessage={loading ? t('states.loading') : t('leads.noPartnerFound')}
      filter={({ options: all }) => all}
      style={style}
      w={w}
      data-testid={rest['data-testid']}
    />
  );
}
