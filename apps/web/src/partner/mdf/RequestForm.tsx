import { useRef, useState } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { MdfActivityType } from '@trellis/schema';
import { graphql } from '../../gql';
import { applyServerErrors, errorCode, focusFirstError } from '../../ui/errors';
import { formatMoney, toAmount } from '../../ui/money';
import { formatDay } from '../../ui/mdf';
import { FormAlert } from '../../ui/states';
import type { PartnerFund } from './PartnerMdfPage';

const RequestMdf = graphql(`
  mutation RequestMdf($input: RequestMdfInput!) {
    requestMdf(input: $input) {
      request {
        ...MdfRequest_request
      }
    }
  }
`);

interface Values {
  fundId: string;
  activityType: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  plannedCost: string;
  requested: string;
  expectedLeads: string;
  expectedRevenue: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A partner manager asks a fund for money for a planned activity, within the fund's period and the partner's allocation. */
export function RequestForm({ funds, partnerId, onDone }: { funds: PartnerFund[]; partnerId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [request, requesting] = useMutation(RequestMdf, { refetchQueries: ['PartnerMdfFunds', 'PartnerMdfRequests'], awaitRefetchQueries: true });
  const [failure, setFailure] = useState<string | null>(null);
  const sending = useRef(false);
  const first = funds[0];
  const form = useForm<Values>({
    initialValues: {
      fundId: first?.id ?? '', activityType: first?.activityTypes[0] ?? '', title: '', description: '', startsOn: '', endsOn: '',
      plannedCost: '', requested: '', expectedLeads: '0', expectedRevenue: '0',
    },
    validate: {
      fundId: (v) => (v ? null : t('validation.required')),
      activityType: (v) => (v ? null : t('validation.required')),
      title: (v) => (v.trim().length >= 2 ? null : t('validation.nameLength')),
      startsOn: (v) => (DAY.test(v) ? null : t('mdf.dayRequired')),
      endsOn: (v, values) => (!DAY.test(v) ? t('mdf.dayRequired') : v < values.startsOn ? t('mdf.endBeforeStart') : null),
      plannedCost: (v) => (toAmount(v) && Number(toAmount(v)) > 0 ? null : t('mdf.amountShape')),
      requested: (v, values) => {
        const amount = toAmount(v);
        if (!amount || Number(amount) <= 0) return t('mdf.amountShape');
        const planned = toAmount(values.plannedCost);
        return planned && Number(amount) > Number(planned) ? t('mdf.requestedOverPlanned') : null;
      },
      expectedLeads: (v) => (/^\d{1,7}$/.test(v.trim()) && Number(v) <= 1_000_000 ? null : t('mdf.leadsShape')),
      expectedRevenue: (v) => (!v.trim() || toAmount(v) ? null : t('mdf.amountShape')),
    },
  });
  const values = form.getValues();
  const fund = funds.find((f) => f.id === values.fundId);
  const allocation = fund?.allocations.find((a) => a.partner?.id === partnerId) ?? fund?.allocations[0];

  const submit = form.onSubmit(async (v) => {
    if (sending.current) return;
    sending.current = true;
    setFailure(null);
    try {
      const result = await request({
        variables: {
          input: {
            fundId: v.fundId, partnerId, activityType: v.activityType as MdfActivityType, title: v.title.trim(), description: v.description.trim(),
            startsOn: v.startsOn, endsOn: v.endsOn, plannedCost: toAmount(v.plannedCost) ?? v.plannedCost, requested: toAmount(v.requested) ?? v.requested,
            expectedLeads: Number(v.expectedLeads), expectedRevenue: toAmount(v.expectedRevenue || '0') ?? '0',
          },
        },
      });
      const made = result.data?.requestMdf.request;
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('mdf.requestedNotice', { number: made?.number ?? '' }) });
      onDone();
    } catch (error) {
      const left = applyServerErrors(form, error);
      setFailure(errorCode(error) === 'LIMIT_EXCEEDED' && allocation ? t('mdf.requestTooMuch', { amount: formatMoney(allocation.available, i18n.language) }) : left);
    } finally {
      sending.current = false;
    }
  }, focusFirstError);

  return (
    <form onSubmit={submit} noValidate data-testid="mdf-request-form">
      <Stack>
        <FormAlert message={failure} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label={t('mdf.fund')} required data={funds.map((f) => ({ value: f.id, label: f.name }))} {...form.getInputProps('fundId')}
            onChange={(e) => {
              const next = funds.find((f) => f.id === e.currentTarget.value);
              form.setFieldValue('fundId', e.currentTarget.value);
              if (next && !next.activityTypes.includes(form.getValues().activityType as MdfActivityType)) form.setFieldValue('activityType', next.activityTypes[0] ?? '');
            }} />
          <NativeSelect label={t('mdf.activityType')} required data={(fund?.activityTypes ?? []).map((a) => ({ value: a, label: t(`mdf.activity.${a}`) }))}
            {...form.getInputProps('activityType')} />
        </SimpleGrid>
        {fund && (
          <Text size="sm" c="dimmed" data-testid="mdf-request-fund-hint">
            {t('mdf.requestFundHint', {
              from: formatDay(fund.periodStart, i18n.language), to: formatDay(fund.periodEnd, i18n.language),
              amount: allocation ? formatMoney(allocation.available, i18n.language) : '—',
            })}
          </Text>
        )}
        <TextInput label={t('mdf.requestTitle')} required maxLength={200} autoComplete="off" {...form.getInputProps('title')} />
        <Textarea label={t('mdf.description')} maxLength={5000} autosize minRows={3} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('mdf.startsOn')} required min={fund?.periodStart} max={fund?.periodEnd} {...form.getInputProps('startsOn')} />
          <TextInput type="date" label={t('mdf.endsOn')} required min={fund?.periodStart} max={fund?.periodEnd} {...form.getInputProps('endsOn')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('mdf.plannedCostIn', { currency: fund?.currency ?? '' })} required inputMode="decimal" autoComplete="off" {...form.getInputProps('plannedCost')} />
          <TextInput label={t('mdf.requestedIn', { currency: fund?.currency ?? '' })} description={t('mdf.requestedHint')} required inputMode="decimal" autoComplete="off"
            {...form.getInputProps('requested')} />
          <TextInput label={t('mdf.expectedLeads')} inputMode="numeric" autoComplete="off" {...form.getInputProps('expectedLeads')} />
          <TextInput label={t('mdf.expectedRevenueIn', { currency: fund?.currency ?? '' })} inputMode="decimal" autoComplete="off" {...form.getInputProps('expectedRevenue')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={requesting.loading} data-testid="mdf-request-submit">{t('mdf.sendRequest')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
