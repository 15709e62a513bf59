import { useMemo, useState } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { IncentiveBasis, IncentiveKind, IncentivePeriod } from '@trellis/schema';
import { graphql } from '../../gql';
import type { IncentiveTerms_ProgramFragment, Audience_AudienceFragment } from '../../gql/graphql';
import { applyServerErrors, focusFirstError } from '../../ui/errors';
import { FormAlert } from '../../ui/states';
import { toAmount } from '../../ui/money';
import { KPI_CURRENCIES } from '../../ui/kpi';
import { categoryChoices } from '../../ui/categoryTree';
import { ChoiceControl, AudienceFields, EVERY_PARTNER, audienceValues, toAudienceInput, type AudienceValues } from '../../programs/shared';
import { formatDay, localToday, percentOf, periodEndOf, periodName, periodStartOf, shiftPeriod, toBasisPoints } from './incentiveTerms';

const IncentiveCategoriesQuery = graphql(`
  query IncentiveCategories {
    categories {
      id
      code
      name
      parentId
    }
  }
`);

export interface IncentiveValues {
  name: string;
  description: string;
  kind: IncentiveKind;
  basis: IncentiveBasis;
  categoryId: string | null;
  currency: string;
  rate: string;
  threshold: string;
  bonus: string;
  period: IncentivePeriod;
  startsOn: string;
  endsOn: string | null;
  audience: AudienceValues;
}

const KINDS: IncentiveKind[] = ['REBATE', 'LEAD_BONUS'] as IncentiveKind[];
const BASES: IncentiveBasis[] = ['SELL_IN', 'SELL_OUT'] as IncentiveBasis[];
const PERIODS: IncentivePeriod[] = ['MONTH', 'QUARTER', 'YEAR'] as IncentivePeriod[];

/** A new incentive's values: a rebate on sell-in per quarter, from the current quarter, for every partner. */
export function newIncentiveValues(): IncentiveValues {
  return {
    name: '', description: '', kind: 'REBATE' as IncentiveKind, basis: 'SELL_IN' as IncentiveBasis, categoryId: null, currency: 'EUR', rate: '', threshold: '0',
    bonus: '', period: 'QUARTER' as IncentivePeriod, startsOn: periodStartOf(localToday(), 'QUARTER' as IncentivePeriod), endsOn: null, audience: EVERY_PARTNER,
  };
}

/** A draft's values as the form holds them. */
export function draftValues(program: IncentiveTerms_ProgramFragment & { audience: Audience_AudienceFragment }): IncentiveValues {
  return {
    name: program.name, description: program.description, kind: program.kind, basis: program.basis ?? ('SELL_IN' as IncentiveBasis), categoryId: program.category?.id ?? null,
    currency: program.currency, rate: percentOf(program.rateBasisPoints), threshold: program.threshold.amount, bonus: program.bonus?.amount ?? '',
    period: program.period, startsOn: program.startsOn, endsOn: program.endsOn ?? null, audience: audienceValues(program.audience),
  };
}

/** The choices' "none": every category, no last period. */
const ANY = 'any';
const OPEN = 'open';

const amountOf = (typed: string) => toAmount(typed.replace(/[\s\u00a0]/g, ''));

/** The form's values as the API's input (create and update take the same terms); fields of the other kind are left out. */
export function toIncentiveInput(values: IncentiveValues) {
  const rebate = values.kind === 'REBATE';
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    kind: values.kind,
    basis: rebate ? values.basis : null,
    categoryId: rebate ? values.categoryId : null,
    currency: values.currency,
    rateBasisPoints: rebate ? toBasisPoints(values.rate) : null,
    threshold: rebate ? (amountOf(values.threshold) ?? values.threshold) : '0',
    bonus: rebate ? null : (amountOf(values.bonus) ?? values.bonus),
    period: values.period,
    startsOn: values.startsOn,
    endsOn: values.endsOn || null,
    audience: toAudienceInput(values.audience),
  };
}

/** The server's field names as the form's paths. */
const RENAME = { rateBasisPoints: 'rate', tierIds: 'audience.tierIds', kinds: 'audience.kinds', territoryIds: 'audience.territoryIds' };

/**
 * A new incentive's terms or a draft's: the fields of its kind only; the first and last periods are picked
 * from the period starts and ends around today (the API takes no other day); the checks are the server's,
 * and what the server still refuses shows at its field.
 */
export function IncentiveForm({ initial, submitLabel, save, onCancel, testId }: {
  initial: IncentiveValues;
  submitLabel: string;
  save: (values: IncentiveValues) => Promise<void>;
  onCancel?: () => void;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const categories = useQuery(IncentiveCategoriesQuery);
  const form = useForm<IncentiveValues>({
    initialValues: initial,
    validate: {
      name: (v) => (v.trim().length >= 3 ? null : t('incentives.validation.name')),
      currency: (v) => (/^[A-Z]{3}$/.test(v) ? null : t('validation.currency')),
      rate: (v, values) => (values.kind !== 'REBATE' || toBasisPoints(v) !== null ? null : t('incentives.validation.rate')),
      threshold: (v, values) => (values.kind !== 'REBATE' || amountOf(v) !== null ? null : t('incentives.validation.amount')),
      bonus: (v, values) => {
        if (values.kind !== 'LEAD_BONUS') return null;
        const amount = amountOf(v);
        return amount !== null && Number(amount) > 0 ? null : t('incentives.validation.bonus');
      },
      startsOn: (v, values) => (v && periodStartOf(v, values.period) === v ? null : t('incentives.validation.startsOn')),
      endsOn: (v, values) => (!v || v >= values.startsOn ? null : t('incentives.validation.endsOn')),
    },
  });
  const values = form.getValues();
  const rebate = values.kind === 'REBATE';

  // The period starts a year back to two years ahead (and the chosen one), the ends from the first period on.
  const startOptions = useMemo(() => {
    const here = periodStartOf(localToday(), values.period);
    const back = values.period === 'MONTH' ? 12 : values.period === 'QUARTER' ? 4 : 1;
    const ahead = values.period === 'MONTH' ? 24 : values.period === 'QUARTER' ? 8 : 3;
    const starts = new Set<string>();
    for (let n = -back; n <= ahead; n++) starts.add(shiftPeriod(here, values.period, n));
    if (values.startsOn) starts.add(periodStartOf(values.startsOn, values.period));
    return [...starts].sort().map((start) => ({
      value: start,
      label: t('incentives.fields.periodOption', { name: periodName(start, values.period, t, i18n.language), day: formatDay(start, i18n.language) }),
    }));
  }, [values.period, values.startsOn, t, i18n.language]);
  const endOptions = useMemo(() => {
    const first = values.startsOn ? periodStartOf(values.startsOn, values.period) : periodStartOf(localToday(), values.period);
    const count = values.period === 'MONTH' ? 36 : values.period === 'QUARTER' ? 12 : 5;
    const ends = [];
    for (let n = 0; n < count; n++) {
      const start = shiftPeriod(first, values.period, n);
      const end = periodEndOf(start, values.period);
      ends.push({ value: end, label: t('incentives.fields.periodEndOption', { name: periodName(start, values.period, t, i18n.language), day: formatDay(end, i18n.language) }) });
    }
    if (values.endsOn && !ends.some((e) => e.value === values.endsOn)) ends.push({ value: values.endsOn, label: formatDay(values.endsOn, i18n.language) });
    return [{ value: OPEN, label: t('incentives.fields.openEnded') }, ...ends];
  }, [values.period, values.startsOn, values.endsOn, t, i18n.language]);

  // Another period length: the start snaps to the period holding it, and an end that no longer is one is dropped.
  const setPeriod = (period: IncentivePeriod) => {
    form.setFieldValue('period', period);
    if (values.startsOn) form.setFieldValue('startsOn', periodStartOf(values.startsOn, period));
    if (values.endsOn && periodEndOf(periodStartOf(values.endsOn, period), period) !== values.endsOn) form.setFieldValue('endsOn', null);
  };

  const submit = form.onSubmit(async (submitted) => {
    setFailure(null);
    setBusy(true);
    try {
      await save(submitted);
      form.resetDirty(submitted);
    } catch (error) {
      setFailure(applyServerErrors(form, error, RENAME));
    } finally {
      setBusy(false);
    }
  }, focusFirstError);

  const categoryData = [{ value: ANY, label: t('incentives.fields.everyCategory') }, ...categoryChoices(categories.data?.categories ?? [])];
  return (
    <form onSubmit={submit} noValidate data-testid={testId}>
      <Stack>
        <FormAlert message={failure} />
        <TextInput label={t('incentives.fields.name')} required maxLength={200} autoComplete="off" {...form.getInputProps('name')} />
        <Textarea label={t('incentives.fields.description')} description={t('incentives.fields.descriptionHint')} autosize minRows={2} maxRows={8} maxLength={5000}
          {...form.getInputProps('description')} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`${testId}-kind`}>{t('incentives.fields.kind')}</Text>
          <ChoiceControl aria-labelledby={`${testId}-kind`} data={KINDS.map((k) => ({ value: k, label: t(`incentives.kind.${k}`) }))} data-testid="incentive-kind"
            value={values.kind} onChange={(v) => form.setFieldValue('kind', v as IncentiveKind)} style={{ alignSelf: 'flex-start' }} />
        </Stack>
        {rebate && (
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`${testId}-basis`}>{t('incentives.fields.basis')}</Text>
            <ChoiceControl aria-labelledby={`${testId}-basis`} data={BASES.map((b) => ({ value: b, label: t(`incentives.basis.${b}`) }))} data-testid="incentive-basis"
              value={values.basis} onChange={(v) => form.setFieldValue('basis', v as IncentiveBasis)} style={{ alignSelf: 'flex-start' }} />
            {form.errors.basis && <Text size="sm" c="red.8" role="alert">{form.errors.basis}</Text>}
          </Stack>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('incentives.fields.currency')} description={t('incentives.fields.currencyHint')} required allowDeselect={false}
            data={[...new Set([...KPI_CURRENCIES, values.currency])]} {...form.getInputProps('currency')} />
          {rebate ? (
            <Select label={t('incentives.fields.category')} description={t('incentives.fields.categoryHint')} searchable allowDeselect={false} data={categoryData}
              {...form.getInputProps('categoryId')} value={values.categoryId ?? ANY} onChange={(v) => form.setFieldValue('categoryId', v && v !== ANY ? v : null)} />
          ) : (
            <TextInput label={t('incentives.fields.bonus')} required inputMode="decimal" autoComplete="off" rightSection={<Text size="xs" c="dimmed">{values.currency}</Text>}
              {...form.getInputProps('bonus')} />
          )}
        </SimpleGrid>
        {rebate && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('incentives.fields.rate')} description={t('incentives.fields.rateHint')} required inputMode="decimal" autoComplete="off"
              {...form.getInputProps('rate')} />
            <TextInput label={t('incentives.fields.threshold')} description={t('incentives.fields.thresholdHint')} inputMode="decimal" autoComplete="off"
              rightSection={<Text size="xs" c="dimmed">{values.currency}</Text>} rightSectionWidth={48} {...form.getInputProps('threshold')} />
          </SimpleGrid>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`${testId}-period`}>{t('incentives.fields.period')}</Text>
          <ChoiceControl aria-labelledby={`${testId}-period`} data={PERIODS.map((p) => ({ value: p, label: t(`incentives.period.${p}`) }))} data-testid="incentive-period"
            value={values.period} onChange={(v) => setPeriod(v as IncentivePeriod)} style={{ alignSelf: 'flex-start' }} />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('incentives.fields.startsOn')} description={t('incentives.fields.startsOnHint')} required allowDeselect={false} data={startOptions}
            data-testid="incentive-starts-on" {...form.getInputProps('startsOn')} />
          <Select label={t('incentives.fields.endsOn')} description={t('incentives.fields.endsOnHint')} allowDeselect={false} data={endOptions}
            data-testid="incentive-ends-on" {...form.getInputProps('endsOn')} value={values.endsOn ?? OPEN} onChange={(v) => form.setFieldValue('endsOn', v && v !== OPEN ? v : null)} />
        </SimpleGrid>
        <AudienceFields form={form} />
        <Group gap="sm" wrap="wrap">
          <Button type="submit" loading={busy} data-testid={`${testId}-submit`}>{submitLabel}</Button>
          {onCancel && <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>}
        </Group>
      </Stack>
    </form>
  );
}
