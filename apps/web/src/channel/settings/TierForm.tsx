import { Button, Checkbox, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TierRow_TierFragment } from '../../gql/graphql';
import { useSaveForm } from '../../ui/useSaveForm';
import { FormAlert } from '../../ui/states';

const CreateTierMutation = graphql(`
  mutation CreateTier($input: TierInput!) {
    createTier(input: $input) { tier { ...TierRow_tier } }
  }
`);
const UpdateTierMutation = graphql(`
  mutation UpdateTier($input: UpdateTierInput!) {
    updateTier(input: $input) { tier { ...TierRow_tier } }
  }
`);

interface TierValues {
  code: string;
  name: string;
  rank: number | string;
  discountPercent: number | string;
  mdfEligible: boolean;
  leadPriority: number | string;
  /** Empty: no limit. */
  leadAcceptHours: number | string;
  /** Empty: no cap. */
  maxOpenLeads: number | string;
  mdfSharePercent: number | string;
}

const between = (min: number, max: number, message: string) => (v: number | string) =>
  typeof v === 'number' && v >= min && v <= max ? null : message;

export function TierForm({ tier, onDone }: { tier: TierRow_TierFragment | null; onDone: () => void }) {
  const { t } = useTranslation();
  // A new tier joins the list: the tiers query is refetched rather than patched.
  const [create, creating] = useMutation(CreateTierMutation, { refetchQueries: ['SettingsTiers'] });
  const [update, updating] = useMutation(UpdateTierMutation);
  const form = useForm<TierValues>({
    initialValues: tier
      ? { code: tier.code, name: tier.name, rank: tier.rank, discountPercent: tier.discountPercent, mdfEligible: tier.mdfEligible, leadPriority: tier.leadPriority, leadAcceptHours: tier.leadAcceptHours ?? '', maxOpenLeads: tier.maxOpenLeads ?? '', mdfSharePercent: tier.mdfSharePercent }
      : { code: '', name: '', rank: '', discountPercent: 0, mdfEligible: false, leadPriority: 0, leadAcceptHours: '', maxOpenLeads: '', mdfSharePercent: 0 },
    validate: {
      code: (v) => (/^[A-Z0-9_]{2,20}$/.test(v.trim()) ? null : t('validation.tierCode')),
      name: (v) => (v.trim().length >= 2 && v.trim().length <= 60 ? null : t('validation.nameLength')),
      rank: between(0, 100, t('validation.range', { min: 0, max: 100 })),
      discountPercent: between(0, 100, t('validation.range', { min: 0, max: 100 })),
      leadPriority: between(0, 100, t('validation.range', { min: 0, max: 100 })),
      leadAcceptHours: (v) => (v === '' ? null : between(1, 720, t('validation.range', { min: 1, max: 720 }))(v)),
      maxOpenLeads: (v) => (v === '' ? null : between(1, 100000, t('validation.range', { min: 1, max: 100000 }))(v)),
      mdfSharePercent: between(0, 100, t('validation.range', { min: 0, max: 100 })),
    },
  });

  const { submit, failure } = useSaveForm(form, async (v) => {
    const input = {
      code: v.code.trim(), name: v.name.trim(), rank: Number(v.rank), discountPercent: Number(v.discountPercent),
      mdfEligible: v.mdfEligible, leadPriority: Number(v.leadPriority), leadAcceptHours: v.leadAcceptHours === '' ? null : Number(v.leadAcceptHours),
      maxOpenLeads: v.maxOpenLeads === '' ? null : Number(v.maxOpenLeads), mdfSharePercent: Number(v.mdfSharePercent),
    };
    if (tier) await update({ variables: { input: { ...input, tierId: tier.id } } });
    else await create({ variables: { input } });
  }, onDone);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('tier.code')}
            required
            data-autofocus
            {...form.getInputProps('code')}
            onChange={(event) => form.setFieldValue('code', event.currentTarget.value.toUpperCase())}
          />
          <TextInput label={t('tier.name')} required {...form.getInputProps('name')} />
          <NumberInput label={t('tier.rank')} description={t('tier.rankHint')} required min={0} max={100} allowDecimal={false} {...form.getInputProps('rank')} />
          <NumberInput label={t('tier.discountPercent')} required min={0} max={100} decimalScale={2} suffix=" %" {...form.getInputProps('discountPercent')} />
          <NumberInput label={t('tier.leadPriority')} description={t('tier.leadPriorityHint')} required min={0} max={100} allowDecimal={false} {...form.getInputProps('leadPriority')} />
          <NumberInput label={t('tier.maxOpenLeads')} description={t('tier.maxOpenLeadsHint')} min={1} max={100000} allowDecimal={false} {...form.getInputProps('maxOpenLeads')} />
          <NumberInput label={t('tier.leadAcceptHours')} description={t('tier.leadAcceptHoursHint')} min={1} max={720} allowDecimal={false} {...form.getInputProps('leadAcceptHours')} />
          <NumberInput label={t('tiers.mdfSharePercent')} description={t('tiers.mdfSharePercentHint')} required min={0} max={100} decimalScale={2} suffix=" %" {...form.getInputProps('mdfSharePercent')} />
        </SimpleGrid>
        <Checkbox label={t('tier.mdfEligible')} {...form.getInputProps('mdfEligible', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
