import { useState } from 'react';
import { Box, Button, Fieldset, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { MdfAllocationRule } from '@trellis/schema';
import { graphql } from '../../gql';
import type { AllocateMdfByRuleInput, AllocateMdfByRuleMutation, MdfFundDetailQuery } from '../../gql/graphql';
import { describeError, errorCode, fieldErrors } from '../../ui/errors';
import { enumValues } from '../../ui/enumValues';
import { formatMoney, toAmount } from '../../ui/money';
import { FormAlert } from '../../ui/states';

const AllocateMdfByRule = graphql(`
  mutation AllocateMdfByRule($input: AllocateMdfByRuleInput!) {
    allocateMdfByRule(input: $input) {
      shares {
        partner {
          id
          name
        }
        amount {
          amount
          currency
          amountMinor
        }
        basis
      }
      allocations {
        ...MdfBalance_allocation
      }
    }
  }
`);

const MdfShareTiers = graphql(`
  query MdfShareTiers {
    tiers {
      id
      name
    }
  }
`);

type Fund = MdfFundDetailQuery['mdfFund'];
type Share = AllocateMdfByRuleMutation['allocateMdfByRule']['shares'][number];
type Errors = { rule?: string; amount?: string; tierWeights?: string };

const RULES = enumValues(MdfAllocationRule, ['EQUAL', 'BY_TIER', 'BY_REVENUE']);
const WEIGHT = /^\d{1,4}$/;

/** The server's basis ("equal", "tier Gold, weight 3", "revenue 1200.00 EUR") in the reader's language. */
function useBasis() {
  const { t, i18n } = useTranslation();
  return (basis: string): string => {
    if (basis === 'equal') return t('mdf.shareBasisEqual');
    const tier = /^tier (.+), weight (\d+)$/.exec(basis);
    if (tier) return t('mdf.shareBasisTier', { tier: tier[1] === 'none' ? t('mdf.shareNoTier') : tier[1], weight: tier[2] });
    const revenue = /^revenue (\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(basis);
    if (revenue) return t('mdf.shareBasisRevenue', { amount: formatMoney({ amount: revenue[1]!, currency: revenue[2]! }, i18n.language) });
    return basis;
  };
}

/**
 * Shares an amount of the fund's unallocated budget among its eligible active partners by a rule: a preview
 * (a dry run) shows each partner's share and why, and Apply allocates exactly what the preview showed.
 */
export function ShareByRuleForm({ fund }: { fund: Fund }) {
  const { t, i18n } = useTranslation();
  const basisText = useBasis();
  const [rule, setRule] = useState<MdfAllocationRule>(MdfAllocationRule.EQUAL);
  const [amount, setAmount] = useState('');
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ input: AllocateMdfByRuleInput; shares: readonly Share[] } | null>(null);
  const [runPreview, previewing] = useMutation(AllocateMdfByRule);
  const [runApply, applying] = useMutation(AllocateMdfByRule, { refetchQueries: ['MdfFundDetail', 'MdfFundList'], awaitRefetchQueries: true });
  // The tiers the fund names, else every tier (the reference data).
  const allTiers = useQuery(MdfShareTiers, { skip: fund.eligibleTiers.length > 0 });
  const tiers = fund.eligibleTiers.length > 0 ? fund.eligibleTiers : (allTiers.data?.tiers ?? []);
  const money = (m: { amount: string; currency: string }) => formatMoney(m, i18n.language);

  /** Any change of the inputs makes the preview stale. */
  const changed = () => {
    setPreview(null);
    setFailure(null);
  };

  const showError = (error: unknown) => {
    const fields = fieldErrors(error);
    const reasonOf = (match: (field: string) => boolean) => fields.find((f) => match(f.field))?.reason;
    const known: Errors = {
      amount: reasonOf((f) => f === 'amount'),
      tierWeights: reasonOf((f) => f.startsWith('tierWeights')),
      rule: reasonOf((f) => f === 'rule'),
    };
    setErrors(known);
    if (known.amount || known.tierWeights || known.rule) return;
    const code = errorCode(error);
    setFailure(code === 'LIMIT_EXCEEDED' ? t('mdf.allocateTooMuch', { amount: money(fund.unallocated) }) : describeError(error));
  };

  const submitPreview = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setPreview(null);
    const typed = toAmount(amount);
    const problems: Errors = { amount: typed && Number(typed) > 0 ? undefined : t('mdf.amountShape') };
    const tierWeights = rule === MdfAllocationRule.BY_TIER
      ? tiers.map((tier) => ({ tierId: tier.id, typed: (weights[tier.id] ?? '').trim() }))
      : [];
    if (tierWeights.some((w) => w.typed !== '' && !(WEIGHT.test(w.typed) && Number(w.typed) <= 1000))) problems.tierWeights = t('mdf.shareWeightShape');
    else if (rule === MdfAllocationRule.BY_TIER && !tierWeights.some((w) => Number(w.typed || '0') > 0)) problems.tierWeights = t('mdf.shareWeightsZero');
    setErrors(problems);
    if (!typed || problems.amount || problems.tierWeights) return;
    const input: AllocateMdfByRuleInput = {
      fundId: fund.id, amount: typed, rule,
      tierWeights: tierWeights.map((w) => ({ tierId: w.tierId, weight: Number(w.typed || '0') })),
    };
    try {
      const result = await runPreview({ variables: { input: { ...input, dryRun: true } } });
      setPreview({ input, shares: result.data?.allocateMdfByRule.shares ?? [] });
    } catch (error) {
      showError(error);
    }
  };

  const apply = async () => {
    if (!preview) return;
    setFailure(null);
    try {
      const result = await runApply({ variables: { input: { ...preview.input, dryRun: false } } });
      const shares = result.data?.allocateMdfByRule.shares ?? [];
      notifications.show({
        color: 'green', closeButtonProps: { 'aria-label': t('common.close') },
        message: t('mdf.sharedNotice', { count: shares.length, amount: money({ amount: preview.input.amount, currency: fund.currency }) }),
      });
      setPreview(null);
      setAmount('');
    } catch (error) {
      showError(error);
    }
  };

  const total = preview ? preview.shares.reduce((sum, s) => sum + s.amount.amountMinor, 0) : 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mdf-share-title">
      <Title order={2} size="h3" id="mdf-share-title" mb={4}>{t('mdf.shareTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('mdf.shareIntro')}</Text>
      <form onSubmit={(e) => void submitPreview(e)} noValidate data-testid="mdf-share-form">
        <Stack gap="sm">
          <FormAlert message={failure} />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <NativeSelect label={t('mdf.shareRule')} description={t(`mdf.shareRuleHint.${rule}`)} value={rule} error={rule === MdfAllocationRule.BY_TIER ? undefined : errors.rule}
              data={RULES.map((r) => ({ value: r, label: t(`mdf.shareRuleName.${r}`) }))} style={{ flex: '1 1 16rem' }} data-testid="mdf-share-rule"
              onChange={(e) => { setRule(e.currentTarget.value as MdfAllocationRule); setErrors({}); changed(); }} />
            <TextInput label={t('mdf.shareAmount', { currency: fund.currency })} description={t('mdf.shareAmountHint', { amount: money(fund.unallocated) })}
              required inputMode="decimal" autoComplete="off" value={amount} error={errors.amount} style={{ flex: '1 1 12rem' }} data-testid="mdf-share-amount"
              onChange={(e) => { setAmount(e.currentTarget.value); setErrors((x) => ({ ...x, amount: undefined })); changed(); }} />
          </Group>
          {rule === MdfAllocationRule.BY_TIER && (
            <Fieldset legend={t('mdf.shareWeights')} variant="unstyled" data-testid="mdf-share-weights">
              <Text size="xs" c="dimmed" mb="xs">{t('mdf.shareWeightsHint')}</Text>
              {tiers.length === 0 ? (
                <Text size="sm" c="dimmed">{t('mdf.noTiers')}</Text>
              ) : (
                <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm">
                  {tiers.map((tier) => (
                    <TextInput key={tier.id} label={t('mdf.shareWeightOf', { tier: tier.name })} inputMode="numeric" autoComplete="off" placeholder="0"
                      value={weights[tier.id] ?? ''} error={Boolean(errors.tierWeights)} classNames={{ label: 'break-anywhere' }}
                      onChange={(e) => { const value = e.currentTarget.value; setWeights((w) => ({ ...w, [tier.id]: value })); setErrors((x) => ({ ...x, tierWeights: undefined, rule: undefined })); changed(); }} />
                  ))}
                </SimpleGrid>
              )}
              {(errors.tierWeights || (errors.rule && rule === MdfAllocationRule.BY_TIER)) && (
                <Text size="xs" c="red.8" mt={4} role="alert">{errors.tierWeights ?? errors.rule}</Text>
              )}
            </Fieldset>
          )}
          <Group justify="flex-end">
            <Button type="submit" variant="default" loading={previewing.loading} data-testid="mdf-share-preview">{t('mdf.sharePreview')}</Button>
          </Group>
        </Stack>
      </form>
      {preview && (
        <Stack gap="sm" mt="md" data-testid="mdf-share-result" aria-live="polite">
          <Title order={3} size="h4">{t('mdf.sharePreviewTitle')}</Title>
          {preview.shares.length === 0 ? (
            <Text size="sm" c="dimmed">{t('mdf.shareNobody')}</Text>
          ) : (
            <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {preview.shares.map((share, i) => (
                <Box component="li" key={share.partner?.id ?? i} py="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
                  data-testid="mdf-share" data-partner={share.partner?.id} data-amount={share.amount.amount}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600} className="break-anywhere" data-testid="mdf-share-partner">{share.partner?.name ?? '—'}</Text>
                      <Text size="xs" c="dimmed" data-testid="mdf-share-basis">{basisText(share.basis)}</Text>
                    </div>
                    <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="mdf-share-amount-value">{money(share.amount)}</Text>
                  </Group>
                </Box>
              ))}
            </Box>
          )}
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm" fw={700}>{t('mdf.shareTotal', { count: preview.shares.length })}</Text>
            <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="mdf-share-total">
              {money({ amount: (total / 100).toFixed(2), currency: fund.currency })}
            </Text>
          </Group>
          <Group justify="flex-end">
            <Button onClick={() => void apply()} loading={applying.loading} disabled={preview.shares.length === 0} data-testid="mdf-share-apply">
              {t('mdf.shareApply')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
