import { useState } from 'react';
import { Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { DispatchRulesFields_RulesFragment } from '../gql/graphql';
import { useSaveForm } from '../ui/useSaveForm';
import { ErrorState, FormAlert, LoadingState } from '../ui/states';
import { formatDateTime } from '../ui/format';

graphql(`
  fragment DispatchRulesFields_rules on DispatchRules {
    territoryWeight
    categoryWeight
    tierWeight
    distanceWeight
    capacityWeight
    requireTerritory
    maxDistanceKm
    redispatch
    registrationProtectionDays
    updatedAt
  }
`);

const DispatchRulesQuery = graphql(`
  query SettingsDispatchRules {
    dispatchRules {
      ...DispatchRulesFields_rules
    }
  }
`);

const UpdateDispatchRules = graphql(`
  mutation UpdateDispatchRules($input: DispatchRulesInput!) {
    updateDispatchRules(input: $input) {
      rules {
        ...DispatchRulesFields_rules
      }
    }
  }
`);

const WEIGHTS = ['territoryWeight', 'categoryWeight', 'tierWeight', 'distanceWeight', 'capacityWeight'] as const;
type Weight = (typeof WEIGHTS)[number];
type Values = Record<Weight, number | string> & { requireTerritory: boolean; redispatch: boolean; maxDistanceKm: number | string; registrationProtectionDays: number | string };

const WEIGHT_FIELD = {
  territoryWeight: 'dispatch.territory',
  categoryWeight: 'dispatch.category',
  tierWeight: 'dispatch.tier',
  distanceWeight: 'dispatch.distance',
  capacityWeight: 'dispatch.capacity',
} as const satisfies Record<Weight, string>;

function RulesForm({ rules }: { rules: DispatchRulesFields_RulesFragment }) {
  const { t, i18n } = useTranslation();
  // The rules have no id: the query is read again, so that the form starts from what was saved.
  const [update, updating] = useMutation(UpdateDispatchRules, { refetchQueries: ['SettingsDispatchRules'], awaitRefetchQueries: true });
  const inRange = (min: number, max: number) => (v: number | string) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? null : t('validation.range', { min, max });
  const form = useForm<Values>({
    initialValues: { ...rules, maxDistanceKm: rules.maxDistanceKm ?? '' },
    validate: {
      ...Object.fromEntries(WEIGHTS.map((w) => [w, inRange(0, 100)])),
      maxDistanceKm: (v) => (v === '' ? null : inRange(1, 20000)(v)),
      registrationProtectionDays: inRange(1, 730),
    },
  });
  const { submit, failure } = useSaveForm(form, async (v) => {
    await update({
      variables: {
        input: {
          ...Object.fromEntries(WEIGHTS.map((w) => [w, Number(v[w])])),
          requireTerritory: v.requireTerritory, redispatch: v.redispatch, maxDistanceKm: v.maxDistanceKm === '' ? null : Number(v.maxDistanceKm),
          registrationProtectionDays: Number(v.registrationProtectionDays),
        },
      },
    });
  }, () => undefined);
  return (
    <form onSubmit={submit} noValidate data-testid="dispatch-rules-form">
      <Stack>
        <FormAlert message={failure} />
        <Text size="sm" c="dimmed">{t('dispatch.rulesIntro')}</Text>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          {WEIGHTS.map((w) => (
            <NumberInput key={w} label={t(WEIGHT_FIELD[w])} description={t(`dispatch.hint.${w}` as const)} min={0} max={100} allowDecimal={false} {...form.getInputProps(w)} />
          ))}
          <NumberInput label={t('dispatch.maxDistanceKm')} description={t('dispatch.maxDistanceHint')} min={1} max={20000} allowDecimal={false} suffix=" km"
            {...form.getInputProps('maxDistanceKm')} />
          <NumberInput label={t('dispatch.protectionDays')} description={t('dispatch.protectionDaysHint')} min={1} max={730} allowDecimal={false}
            {...form.getInputProps('registrationProtectionDays')} />
        </SimpleGrid>
        <Checkbox label={t('dispatch.requireTerritory')} {...form.getInputProps('requireTerritory', { type: 'checkbox' })} />
        <Checkbox label={t('dispatch.redispatch')} {...form.getInputProps('redispatch', { type: 'checkbox' })} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">{t('dispatch.updatedAt', { date: formatDateTime(rules.updatedAt, i18n.language) })}</Text>
          <Button type="submit" loading={updating.loading}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function RulesBody() {
  const { data, loading, error, refetch } = useQuery(DispatchRulesQuery);
  return !data && loading ? (
    <LoadingState />
  ) : !data ? (
    <ErrorState error={error} onRetry={() => void refetch()} />
  ) : (
    <RulesForm key={String(data.dispatchRules.updatedAt)} rules={data.dispatchRules} />
  );
}

/** The weights and limits of automatic dispatch, for the channel manager to tune; folded until opened. */
export function DispatchRulesSection() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dispatch-rules-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="dispatch-rules-title">
            {t('dispatch.rulesTitle')}
          </Title>
          <Button variant="subtle" size="compact-sm" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="dispatch-rules-toggle">
            {open ? t('dispatch.hideRules') : t('dispatch.showRules')}
          </Button>
        </Group>
        {open && <RulesBody />}
      </Stack>
    </Paper>
  );
}
