import { useEffect, useState } from 'react';
import { Button, Fieldset, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CategoryFacets_FacetFragment } from '../gql/graphql';
import { toAmount } from '../ui/money';
import { CategoryFacets } from './CategoryFacets';
import type { ShowroomFilterValues } from './showroomFilters';

interface Props {
  values: ShowroomFilterValues;
  onChange: (change: Partial<ShowroomFilterValues>) => void;
  facets: readonly CategoryFacets_FacetFragment[];
  priceRange: { min: { amount: string; currency: string }; max: { amount: string } } | null | undefined;
}

/** A typed amount follows into the search when typing pauses, and only once it reads as an amount. */
function PriceBound({ label, value, placeholder, onChange }: { label: string; value: string; placeholder?: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(value);
  const [debounced] = useDebouncedValue(typed, 600);
  const amount = debounced.trim() ? toAmount(debounced) : '';
  useEffect(() => {
    // Only once typing has settled: a value cleared from outside must not come back from the debounce.
    if (debounced === typed && amount !== null && amount !== value) onChange(amount);
  }, [amount, debounced]);
  useEffect(() => {
    if (value !== (toAmount(typed) ?? typed.trim())) setTyped(value);
  }, [value]);
  return (
    <TextInput
      label={label}
      inputMode="decimal"
      placeholder={placeholder}
      value={typed}
      onChange={(event) => setTyped(event.currentTarget.value)}
      error={typed.trim() && toAmount(typed) === null ? t('validation.amount') : undefined}
      style={{ flex: 1, minWidth: 0 }}
    />
  );
}

/** Category tree, price range and stock; on phones folded behind one button so that results come first. */
export function ShowroomFilters({ values, onChange, facets, priceRange }: Props) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 62em)', false, { getInitialValueInEffect: false });
  const [unfolded, fold] = useDisclosure(false);
  const active = [values.categoryId, values.minPrice, values.maxPrice, values.inStockOnly || null].filter(Boolean).length;
  const panel = (
    <Stack gap="md">
      <div>
        <Title order={2} size="h5" mb={6} id="category-title">
          {t('showroom.categories')}
        </Title>
        <CategoryFacets facets={facets} selected={values.categoryId} onSelect={(categoryId) => onChange({ categoryId })} />
      </div>
      <Fieldset legend={priceRange ? t('showroom.priceIn', { currency: priceRange.min.currency }) : t('showroom.price')} variant="unstyled">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <PriceBound label={t('showroom.priceFrom')} value={values.minPrice} placeholder={priceRange?.min.amount} onChange={(minPrice) => onChange({ minPrice })} />
          <PriceBound label={t('showroom.priceTo')} value={values.maxPrice} placeholder={priceRange?.max.amount} onChange={(maxPrice) => onChange({ maxPrice })} />
        </Group>
      </Fieldset>
      {/* A native checkbox: Mantine's Switch and its inline-input frame cost the first load about 1 KB. */}
      <Group component="label" gap="xs" wrap="nowrap" style={{ cursor: 'pointer', alignSelf: 'flex-start' }}>
        <input
          type="checkbox"
          checked={values.inStockOnly}
          onChange={(event) => onChange({ inStockOnly: event.currentTarget.checked })}
          style={{ width: 18, height: 18, margin: 0, accentColor: 'var(--mantine-primary-color-filled)' }}
        />
        <Text size="sm">{t('showroom.inStockOnly')}</Text>
      </Group>
      {active > 0 && (
        <Button variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => onChange({ categoryId: null, minPrice: '', maxPrice: '', inStockOnly: false })}>
          {t('showroom.clearFilters')}
        </Button>
      )}
    </Stack>
  );
  if (!narrow) return <aside aria-label={t('showroom.filters', { count: active })}>{panel}</aside>;
  return (
    <aside aria-label={t('showroom.filters', { count: active })}>
      <Button variant="default" onClick={fold.toggle} aria-expanded={unfolded} fullWidth>
        {t('showroom.filters', { count: active })}
      </Button>
      {/* Shown or not, without Mantine's Collapse: its animation hooks cost the first load about 1.5 KB. */}
      {unfolded && <div style={{ paddingTop: 'var(--mantine-spacing-sm)' }}>{panel}</div>}
    </aside>
  );
}
