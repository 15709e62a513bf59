import { useRef, useState } from 'react';
import { Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MdfActivityType } from '@trellis/schema';
import { graphql } from '../../gql';
import { applyServerErrors, focusFirstError } from '../../ui/errors';
import { toAmount } from '../../ui/money';
import { MDF_ACTIVITY_TYPES } from '../../ui/mdf';
import { FormAlert } from '../../ui/states';

const CreateMdfFund = graphql(`
  mutation CreateMdfFund($input: CreateMdfFundInput!) {
    createMdfFund(input: $input) {
      fund {
        ...MdfFundRow_fund
      }
    }
  }
`);

const MdfTiers = graphql(`
  query MdfTiers {
    tiers {
      id
      name
    }
  }
`);

interface Values {
  name: string;
  purpose: string;
  currency: string;
  totalBudget: string;
  periodStart: string;
  periodEnd: string;
  claimDeadline: string;
  activityTypes: MdfActivityType[];
  eligibleTierIds: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A new fund: its name and purpose, currency and budget, fiscal period, claim deadline, activities and tiers. */
export function NewFundForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create, creating] = useMutation(CreateMdfFund, { refetchQueries: ['MdfFundList'] });
  const tiers = useQuery(MdfTiers);
  const [failure, setFailure] = useState<string | null>(null);
  const sending = useRef(false);
  const form = useForm<Values>({
    initialValues: {
      name: '', purpose: '', currency: 'EUR', totalBudget: '', periodStart: '', periodEnd: '', claimDeadline: '', activityTypes: [], eligibleTierIds: [],
    },
    validate: {
      name: (v) => (v.trim().length >= 2 ? null : t('validation.nameLength')),
      currency: (v) => (/^[A-Z]{3}$/.test(v.trim().toUpperCase()) ? null : t('mdf.currencyShape')),
      totalBudget: (v) => (toAmount(v) && Number(toAmount(v)) > 0 ? null : t('mdf.amountShape')),
      periodStart: (v) => (DAY.test(v) ? null : t('mdf.dayRequired')),
      periodEnd: (v, values) => (!DAY.test(v) ? t('mdf.dayRequired') : v < values.periodStart ? t('mdf.endBeforeStart') : null),
      claimDeadline: (v, values) => (!DAY.test(v) ? t('mdf.dayRequired') : v < values.periodEnd ? t('mdf.deadlineBeforeEnd') : null),
      activityTypes: (v) => (v.length > 0 ? null : t('mdf.activityRequired')),
    },
  });

  const submit = form.onSubmit(async (v) => {
    if (sending.current) return;
    sending.current = true;
    setFailure(null);
    try {
      const result = await create({
        variables: {
          input: {
            name: v.name.trim(), purpose: v.purpose.trim(), currency: v.currency.trim().toUpperCase(), totalBudget: toAmount(v.totalBudget) ?? v.totalBudget,
            periodStart: v.periodStart, periodEnd: v.periodEnd, claimDeadline: v.claimDeadline, activityTypes: v.activityTypes, eligibleTierIds: v.eligibleTierIds,
          },
        },
      });
      const fund = result.data?.createMdfFund.fund;
      if (!fund) throw new Error('createMdfFund answered no fund');
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('mdf.fundCreated', { name: fund.name }) });
      void navigate(`/channel/mdf/funds/${fund.id}`);
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    } finally {
      sending.current = false;
    }
  }, focusFirstError);

  const tierList = tiers.data?.tiers ?? [];
  return (
    <form onSubmit={submit} noValidate data-testid="mdf-fund-form">
      <Stack>
        <FormAlert message={failure} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('mdf.fundName')} required maxLength={200} autoComplete="off" {...form.getInputProps('name')} />
          <Group grow align="flex-start" gap="xs" wrap="nowrap">
            <TextInput label={t('mdf.currency')} description={t('mdf.currencyHint')} required maxLength={3} autoComplete="off" {...form.getInputProps('currency')} />
            <TextInput label={t('mdf.budget')} description={t('mdf.amountHint')} required inputMode="decimal" autoComplete="off" {...form.getInputProps('totalBudget')} />
          </Group>
        </SimpleGrid>
        <Textarea label={t('mdf.purpose')} maxLength={2000} autosize minRows={2} {...form.getInputProps('purpose')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput type="date" label={t('mdf.periodStart')} required {...form.getInputProps('periodStart')} />
          <TextInput type="date" label={t('mdf.periodEnd')} required {...form.getInputProps('periodEnd')} />
          <TextInput type="date" label={t('mdf.claimDeadline')} description={t('mdf.claimDeadlineHint')} required {...form.getInputProps('claimDeadline')} />
        </SimpleGrid>
        <Checkbox.Group label={t('mdf.activityTypes')} description={t('mdf.activityTypesHint')} required {...form.getInputProps('activityTypes')}>
          <Group mt="xs" gap="md">
            {MDF_ACTIVITY_TYPES.map((type) => (
              <Checkbox key={type} value={type} label={t(`mdf.activity.${type}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Checkbox.Group label={t('mdf.eligibleTiers')} description={t('mdf.eligibleTiersHint')} {...form.getInputProps('eligibleTierIds')}>
          <Group mt="xs" gap="md">
            {tierList.length === 0 ? (
              <Text size="sm" c="dimmed">{t('mdf.noTiers')}</Text>
            ) : (
              tierList.map((tier) => <Checkbox key={tier.id} value={tier.id} label={tier.name} />)
            )}
          </Group>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={creating.loading} data-testid="mdf-create-fund">
            {t('mdf.createFund')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
