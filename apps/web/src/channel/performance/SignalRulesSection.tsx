import { useState } from 'react';
import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { SignalRulesQuery } from '../../gql/graphql';
import { describeError, fieldErrors } from '../../ui/errors';
import { formatNumber } from '../../ui/kpi';
import { ErrorState, FormAlert, LoadingState } from '../../ui/states';

const SignalRulesQueryDocument = graphql(`
  query SignalRules {
    signalRules {
      kind
      enabled
      updatedAt
      thresholds {
        name
        value
      }
    }
  }
`);

const UpdateSignalRule = graphql(`
  mutation UpdateSignalRule($input: UpdateSignalRuleInput!) {
    updateSignalRule(input: $input) {
      rule {
        kind
        enabled
        updatedAt
        thresholds {
          name
          value
        }
      }
    }
  }
`);

type Rule = SignalRulesQuery['signalRules'][number];

const THRESHOLD_NAMES = new Set([
  'minCompletion', 'periods', 'minDropPercent', 'minRate', 'maxDays', 'minScore', 'maxDrop', 'maxCostShare', 'minMargin', 'maxAgeMonths',
  'minGrowthPercent', 'minSellOut', 'maxConflicts', 'minShare',
]);

function RuleCard({ rule, canWrite }: { rule: Rule; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Record<string, number | string>>(() => Object.fromEntries(rule.thresholds.map((th) => [th.name, th.value])));
  const [update, { loading, error }] = useMutation(UpdateSignalRule);
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(error);
  const label = (name: string) => (THRESHOLD_NAMES.has(name) ? t(`performance.threshold.${name as 'periods'}`) : name);
  const changed = rule.thresholds.filter((th) => values[th.name] !== '' && Number(values[th.name]) !== th.value);
  async function save(enabled?: boolean) {
    setSaved(false);
    try {
      await update({
        variables: {
          input: {
            kind: rule.kind,
            enabled: enabled ?? null,
            thresholds: enabled === undefined ? changed.map((th) => ({ name: th.name, value: Number(values[th.name]) })) : null,
          },
        },
      });
      setSaved(true);
    } catch {
      // shown from the mutation's error
    }
  }
  return (
    <Paper withBorder p="sm" data-testid="signal-rule" data-kind={rule.kind}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm">
            {t(`performance.signalKind.${rule.kind}`)}
          </Text>
          {canWrite ? (
            <Switch
              checked={rule.enabled}
              onChange={(e) => void save(e.currentTarget.checked)}
              label={rule.enabled ? t('performance.ruleOn') : t('performance.ruleOff')}
              aria-label={t('performance.ruleToggle', { rule: t(`performance.signalKind.${rule.kind}`) })}
              disabled={loading}
              data-testid="rule-enabled"
            />
          ) : (
            <Text size="sm" c={rule.enabled ? undefined : 'dimmed'}>
              {rule.enabled ? t('performance.ruleOn') : t('performance.ruleOff')}
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t(`performance.signalRuleText.${rule.kind}`)}
        </Text>
        <FormAlert message={error && errors.length === 0 ? describeError(error) : null} />
        {rule.thresholds.map((th) =>
          canWrite ? (
            <NumberInput
              key={th.name}
              label={label(th.name)}
              value={values[th.name]}
              onChange={(value) => setValues((v) => ({ ...v, [th.name]: value }))}
              decimalScale={4}
              error={errors.find((e) => e.field.endsWith(`thresholds.${changed.findIndex((c) => c.name === th.name)}.value`))?.reason}
              data-testid={`threshold-${th.name}`}
            />
          ) : (
            <Text key={th.name} size="sm">
              {label(th.name)}: <strong>{formatNumber(th.value, i18n.language, 4)}</strong>
            </Text>
          ),
        )}
        {canWrite && rule.thresholds.length > 0 && (
          <Group justify="flex-end" gap="xs">
            {saved && !loading && (
              <Text size="xs" c="dimmed" aria-live="polite">
                {t('common.saved')}
              </Text>
            )}
            <Button size="xs" onClick={() => void save()} loading={loading} disabled={changed.length === 0} data-testid="rule-save">
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** The rules that raise signals: channel managers and admins turn them on and off and tune their thresholds. */
export function SignalRulesSection({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SignalRulesQueryDocument);
  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else
    body = (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {data.signalRules.map((rule) => (
          <RuleCard key={rule.kind} rule={rule} canWrite={canWrite} />
        ))}
      </SimpleGrid>
    );
  return (
    <section aria-labelledby="signal-rules-title">
      <Title order={2} size="h3" id="signal-rules-title" mb="xs">
        {t('performance.rulesTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {canWrite ? t('performance.rulesIntro') : t('performance.rulesReadOnly')}
      </Text>
      {body}
    </section>
  );
}
