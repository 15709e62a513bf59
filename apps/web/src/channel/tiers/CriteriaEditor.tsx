import { useState } from 'react';
import { ActionIcon, Button, Fieldset, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { CriterionPurpose, TierMetric } from '@trellis/schema';
import { graphql } from '../../gql';
import { describeError, fieldErrors, focusFirstError } from '../../ui/errors';
import { FormAlert } from '../../ui/states';
import type { LadderTier } from './TierLadderPage';
import { isMoney, isRate, METRICS, useTierTexts } from './tierTexts';

const SetTierCriteriaMutation = graphql(`
  mutation SetTierCriteria($input: SetTierCriteriaInput!) {
    setTierCriteria(input: $input) {
      tier {
        id
        criteria {
          tierId
          purpose
          metric
          minimum
          currency
        }
      }
    }
  }
`);

interface Row {
  /** A key of its own, so that removing a row keeps the others' inputs. */
  key: string;
  purpose: CriterionPurpose;
  metric: TierMetric;
  minimum: number | string;
  currency: string;
}

const MAX_ROWS = 10;
let nextKey = 0;
const newKey = () => `row-${++nextKey}`;

/** A tier's entry and keep criteria as rows to add, change and remove; saving replaces the tier's list. */
export function CriteriaEditor({ tier, onDone }: { tier: LadderTier; onDone: () => void }) {
  const { t, metricName } = useTierTexts();
  const [failure, setFailure] = useState<string | null>(null);
  const [save, saving] = useMutation(SetTierCriteriaMutation);
  const form = useForm<{ criteria: Row[] }>({
    initialValues: {
      criteria: tier.criteria.map((c) => ({ key: newKey(), purpose: c.purpose, metric: c.metric, minimum: c.minimum, currency: c.currency ?? '' })),
    },
    // The server's checks, here first: the same reasons at the same fields.
    validate: {
      criteria: {
        minimum: (value, values, path) => {
          const row = values.criteria[Number(path.split('.')[1])]!;
          if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 10_000_000_000_000) return t('tiers.invalid.minimum');
          if (isRate(row.metric) && value > 100) return t('tiers.invalid.percent');
          if (row.metric === 'TRAINED_STAFF' && !Number.isInteger(value)) return t('tiers.invalid.whole');
          if (isMoney(row.metric) && Math.abs(Math.round(value * 100) - value * 100) > 1e-6) return t('tiers.invalid.decimals');
          return null;
        },
        currency: (value, values, path) => {
          const row = values.criteria[Number(path.split('.')[1])]!;
          return isMoney(row.metric) && !/^[A-Z]{3}$/.test(value.trim()) ? t('tiers.invalid.currency') : null;
        },
        metric: (value, values, path) => {
          const index = Number(path.split('.')[1]);
          const row = values.criteria[index]!;
          const earlier = values.criteria.slice(0, index).some((r) => r.purpose === row.purpose && r.metric === value);
          return earlier ? t('tiers.invalid.twice') : null;
        },
      },
    },
  });
  const rows = form.getValues().criteria;

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const criteria = values.criteria.map((r) => ({
      purpose: r.purpose, metric: r.metric, minimum: Number(r.minimum), currency: isMoney(r.metric) ? r.currency.trim() : null,
    }));
    try {
      await save({ variables: { input: { tierId: tier.id, criteria } } });
      notifications.show({ color: 'green', message: t('tiers.criteriaSaved'), closeButtonProps: { 'aria-label': t('common.close') } });
      onDone();
    } catch (error) {
      // criteria[2].minimum -> criteria.2.minimum, the form's path.
      const errors = fieldErrors(error);
      const left: string[] = [];
      for (const { field, reason } of errors) {
        const match = /^criteria\[(\d+)\]\.(\w+)$/.exec(field);
        if (match && ['purpose', 'metric', 'minimum', 'currency'].includes(match[2]!)) form.setFieldError(`criteria.${match[1]}.${match[2]}`, reason);
        else left.push(`${field}: ${reason}`);
      }
      if (errors.length === 0) setFailure(describeError(error));
      else if (left.length) setFailure(left.join('\n'));
      else focusFirstError(form.errors);
    }
  }, focusFirstError);

  const editorTitleId = `criteria-editor-${tier.id}`;
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)" component="section" aria-labelledby={editorTitleId} data-testid="criteria-editor">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4} size="h5" id={editorTitleId}>
            {t('tiers.editorTitle', { name: tier.name })}
          </Title>
          <FormAlert message={failure} />
          {rows.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('tiers.noCriteria')}
            </Text>
          )}
          {rows.map((row, index) => (
            <Fieldset key={row.key} legend={t('tiers.rowLegend', { n: index + 1 })} data-testid="criterion-row" p="sm">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
                <NativeSelect
                  label={t('tiers.purposeLabel')}
                  data={(['ENTRY', 'KEEP'] as const).map((p) => ({ value: p, label: t(`tiers.purpose.${p}`) }))}
                  {...form.getInputProps(`criteria.${index}.purpose`)}
                />
                <NativeSelect
                  label={t('tiers.metricLabel')}
                  data={METRICS.map((m) => ({ value: m, label: metricName(m) }))}
                  {...form.getInputProps(`criteria.${index}.metric`)}
                />
                <NumberInput
                  label={t('tiers.minimumLabel')}
                  description={t(`tiers.minimumHint.${row.metric}`)}
                  min={0}
                  decimalScale={isMoney(row.metric) ? 2 : isRate(row.metric) ? 1 : undefined}
                  allowNegative={false}
                  {...form.getInputProps(`criteria.${index}.minimum`)}
                />
                {isMoney(row.metric) && (
                  <TextInput
                    label={t('tiers.currencyLabel')}
                    maxLength={3}
                    {...form.getInputProps(`criteria.${index}.currency`)}
                    onChange={(e) => form.setFieldValue(`criteria.${index}.currency`, e.currentTarget.value.toUpperCase())}
                  />
                )}
              </SimpleGrid>
              <Group justify="flex-end" mt="xs">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => form.removeListItem('criteria', index)}
                  aria-label={t('tiers.removeCriterion', { n: index + 1 })}
                  title={t('tiers.removeCriterion', { n: index + 1 })}
                >
                  ✕
                </ActionIcon>
              </Group>
            </Fieldset>
          ))}
          <Group justify="space-between" wrap="wrap">
            <Button
              variant="default"
              size="xs"
              disabled={rows.length >= MAX_ROWS}
              onClick={() => form.insertListItem('criteria', { key: newKey(), purpose: 'ENTRY', metric: 'SELL_IN', minimum: '', currency: 'EUR' } satisfies Row)}
            >
              {t('tiers.addCriterion')}
            </Button>
            <Group gap="xs">
              <Button variant="default" onClick={onDone}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving.loading}>
                {t('tiers.saveCriteria')}
              </Button>
            </Group>
          </Group>
          {rows.length >= MAX_ROWS && (
            <Text size="xs" c="dimmed">
              {t('tiers.tooMany')}
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
