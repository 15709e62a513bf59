import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { describeError, fieldErrors } from '../../ui/errors';
import { KPI_CURRENCIES, MONTH_PATTERN, QUARTER_PATTERN } from '../../ui/kpi';
import { toAmount } from '../../ui/money';
import { PartnerSearchSelect } from '../../ui/PartnerSearchSelect';
import { FormAlert } from '../../ui/states';

const SetPartnerQuota = graphql(`
  mutation SetPartnerQuota($input: SetPartnerQuotaInput!) {
    setPartnerQuota(input: $input) {
      quota {
        partnerId
        period
        periodKind
        setAt
        amount {
          amount
          currency
        }
      }
    }
  }
`);

/** Queries that show quotas or their completion: asked again after a change. */
export const QUOTA_QUERIES = ['PartnerQuotas', 'ScorecardQuotas', 'ScorecardFigures', 'QuotaDistribution', 'PerformanceTrend'];

/** Sets a partner's sell-in quota for a month (2026-11) or a quarter (2026-Q4); the same again changes nothing. */
export function QuotaForm({ partnerId: fixedPartner, defaultPeriod }: { partnerId?: string; defaultPeriod: string }) {
  const { t } = useTranslation();
  const [partnerId, setPartnerId] = useState<string | null>(fixedPartner ?? null);
  const [period, setPeriod] = useState(defaultPeriod);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [setQuota, { loading, error }] = useMutation(SetPartnerQuota, { refetchQueries: QUOTA_QUERIES });
  const server = fieldErrors(error);
  const serverError = (name: string) => server.find((e) => e.field === name || e.field.startsWith(`${name}.`))?.reason;
  async function submit() {
    const found: Record<string, string> = {};
    if (!partnerId) found.partner = t('performance.partnerRequired');
    if (!MONTH_PATTERN.test(period.trim()) && !QUARTER_PATTERN.test(period.trim())) found.period = t('performance.periodInvalid');
    const typed = toAmount(amount);
    if (!typed || Number(typed) <= 0) found.amount = t('performance.amountInvalid');
    setErrors(found);
    setSaved(null);
    if (Object.keys(found).length > 0) return;
    try {
      await setQuota({ variables: { input: { partnerId: partnerId!, period: period.trim(), amount: { amount: typed!, currency } } } });
      setSaved(period.trim());
      setAmount('');
    } catch {
      // shown from the mutation's error
    }
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="quota-form-title">
      <Title order={2} size="h4" id="quota-form-title" mb="sm">
        {t('performance.setQuota')}
      </Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <FormAlert message={error && server.length === 0 ? describeError(error) : null} />
          <Group gap="sm" align="flex-start" wrap="wrap">
            {!fixedPartner && (
              <div>
                <PartnerSearchSelect label={t('performance.partner')} value={partnerId} onChange={setPartnerId} w={260} data-testid="quota-partner" />
                {(errors.partner ?? serverError('partnerId')) && (
                  <FormAlert message={errors.partner ?? serverError('partnerId') ?? null} />
                )}
              </div>
            )}
            <TextInput
              label={t('performance.period')}
              description={t('performance.periodHint')}
              value={period}
              onChange={(e) => setPeriod(e.currentTarget.value)}
              error={errors.period ?? serverError('period')}
              w={170}
              required
              data-testid="quota-period"
            />
            <TextInput
              label={t('performance.amount')}
              value={amount}
              inputMode="decimal"
              onChange={(e) => setAmount(e.currentTarget.value)}
              error={errors.amount ?? serverError('amount')}
              w={160}
              required
              data-testid="quota-amount"
            />
            <NativeSelect label={t('performance.currency')} value={currency} onChange={(e) => setCurrency(e.currentTarget.value)} data={[...KPI_CURRENCIES]} w={110} />
          </Group>
          <Group gap="sm">
            <Button type="submit" loading={loading} data-testid="quota-save">
              {t('performance.saveQuota')}
            </Button>
            {saved && (
              <Text size="sm" c="teal.9" aria-live="polite" data-testid="quota-saved">
                {t('performance.quotaSaved', { period: saved })}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
