import { useEffect, useState } from 'react';
import { Button, Collapse, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PartnerFilter, PartnerKind, PartnerStatus } from '@trellis/schema';
import { graphql } from '../gql';
import { PARTNER_KINDS, PARTNER_STATUSES } from '../ui/partnerEnums';

const PartnerFilterOptionsQuery = graphql(`
  query PartnerFilterOptions {
    tiers {
      id
      name
    }
    territories {
      id
      name
    }
  }
`);

export interface PartnerFilterValues {
  search: string;
  kind: string | null;
  status: string | null;
  tier: string | null;
  territory: string | null;
}

/** The API's filter from the form's values; empty fields are left out so that equal filters share a cache entry. */
export function toPartnerFilter(values: PartnerFilterValues): PartnerFilter {
  const filter: PartnerFilter = {};
  if (values.search.trim()) filter.search = values.search.trim();
  if (values.kind) filter.kinds = [values.kind as PartnerKind];
  if (values.status) filter.statuses = [values.status as PartnerStatus];
  if (values.tier) filter.tierIds = [values.tier];
  if (values.territory) filter.territoryIds = [values.territory];
  return filter;
}

interface Props {
  values: PartnerFilterValues;
  onChange: (values: PartnerFilterValues) => void;
}

export function PartnerFilters({ values, onChange }: Props) {
  const { t } = useTranslation();
  const options = useQuery(PartnerFilterOptionsQuery);
  // Typing updates the box at once; the list follows when typing pauses.
  const [search, setSearch] = useState(values.search);
  const [debounced] = useDebouncedValue(search, 300);
  useEffect(() => {
    if (debounced !== values.search) onChange({ ...values, search: debounced });
    // Only a pause in typing moves the list; the other filters apply at once through onChange.
  }, [debounced]);
  // The address changed from outside (a link to the bare list, back and forward): the box follows it.
  useEffect(() => {
    if (values.search !== debounced) setSearch(values.search);
  }, [values.search]);

  // On phones the four selects fold away behind a button, so that the list starts near the top.
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [unfolded, fold] = useDisclosure(false);
  const active = [values.kind, values.status, values.tier, values.territory].filter(Boolean).length;

  const set = (key: keyof Omit<PartnerFilterValues, 'search'>) => (value: string | null) => onChange({ ...values, [key]: value });
  const unavailable = options.error ? t('partners.optionsFailed') : undefined;
  const searchBox = (
    <TextInput
      label={t('partners.search')}
      placeholder={t('partners.searchPlaceholder')}
      type="search"
      value={search}
      onChange={(event) => setSearch(event.currentTarget.value)}
      data-testid="partner-search"
    />
  );
  const selects = (
    <>
      <Select
        label={t('partner.kind')}
        placeholder={t('partners.any')}
        clearable
        data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        value={values.kind}
        onChange={set('kind')}
      />
      <Select
        label={t('partner.status')}
        placeholder={t('partners.any')}
        clearable
        data={PARTNER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={values.status}
        onChange={set('status')}
      />
      <Select
        label={t('partner.tier')}
        placeholder={t('partners.any')}
        clearable
        data={options.data?.tiers.map((tier) => ({ value: tier.id, label: tier.name })) ?? []}
        value={values.tier}
        onChange={set('tier')}
        error={unavailable}
      />
      <Select
        label={t('partner.territory')}
        placeholder={t('partners.any')}
        clearable
        searchable
        data={options.data?.territories.map((territory) => ({ value: territory.id, label: territory.name })) ?? []}
        value={values.territory}
        onChange={set('territory')}
        error={unavailable}
      />
    </>
  );
  if (narrow) {
    return (
      <Stack gap="xs">
        {searchBox}
        <Button variant="default" onClick={fold.toggle} aria-expanded={unfolded} style={{ alignSelf: 'flex-start' }}>
          {t('partners.filters', { count: active })}
        </Button>
        <Collapse expanded={unfolded}>
          <Stack gap="xs">{selects}</Stack>
        </Collapse>
      </Stack>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
      {searchBox}
      {selects}
    </SimpleGrid>
  );
}
