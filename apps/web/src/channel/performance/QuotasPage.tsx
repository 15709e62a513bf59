import { useState } from 'react';
import { Alert, Anchor, Button, Code, FileInput, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { CsvErrorTable } from '../../ui/CsvErrorTable';
import { CsvExportButton } from '../../ui/CsvExportButton';
import { csvErrors, describeError } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { MONTH_PATTERN, monthOf, periodLabel } from '../../ui/kpi';
import { formatMoney } from '../../ui/money';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { CHANNEL_ROLES, useViewer } from '../../ui/viewer';
import { WideTable } from '../../ui/WideTable';
import { PerformanceTabs } from './PerformanceTabs';
import { QUOTA_QUERIES, QuotaForm } from './QuotaForm';

const PartnerQuotasQuery = graphql(`
  query PartnerQuotas($from: String!, $to: String!) {
    partnerQuotas(from: $from, to: $to) {
      partnerId
      period
      periodKind
      setAt
      amount {
        amount
        currency
      }
    }
    channelMetrics(from: $from, to: $from, groupBy: PARTNER) {
      partner {
        id
        name
        code
      }
    }
  }
`);

const RemovePartnerQuota = graphql(`
  mutation RemovePartnerQuota($input: RemovePartnerQuotaInput!) {
    removePartnerQuota(input: $input) {
      removed
    }
  }
`);

const ImportPartnerQuotas = graphql(`
  mutation ImportPartnerQuotas($input: ImportPartnerQuotasInput!) {
    importPartnerQuotas(input: $input) {
      rows
      changed
    }
  }
`);

/** A CSV file of quotas, all or nothing: every bad line is shown as the API names it. */
function QuotaImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [importQuotas, { data, loading, error, reset }] = useMutation(ImportPartnerQuotas, { refetchQueries: QUOTA_QUERIES });
  const rows = csvErrors(error);
  async function submit() {
    if (!file) return;
    try {
      await importQuotas({ variables: { input: { csv: await file.text() } } });
    } catch {
      // shown from the mutation's error
    }
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="quota-import-title">
      <Title order={2} size="h4" id="quota-import-title" mb="xs">
        {t('performance.importTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('performance.importIntro')} <Code>partner_code,period,amount,currency</Code>
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FileInput
          label={t('performance.importFile')}
          accept=".csv,text/csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            reset();
          }}
          clearable
          w={280}
          data-testid="quota-import-file"
        />
        <Button onClick={() => void submit()} loading={loading} disabled={!file} data-testid="quota-import">
          {t('performance.importButton')}
        </Button>
      </Group>
      {data && (
        <Alert color="teal" mt="sm" role="status" data-testid="quota-import-done">
          {t('performance.importDone', { rows: data.importPartnerQuotas.rows, changed: data.importPartnerQuotas.changed })}
        </Alert>
      )}
      {error && rows.length === 0 && (
        <Alert color="red" mt="sm" role="alert">
          {describeError(error)}
        </Alert>
      )}
      {rows.length > 0 && (
        <Stack gap="xs" mt="sm">
          <Text size="sm" c="red.9" role="alert">
            {t('performance.importRefused')}
          </Text>
          <CsvErrorTable errors={rows} />
        </Stack>
      )}
    </Paper>
  );
}

/** /channel/performance/quotas: partners' sell-in quotas per month or quarter in a range, set by hand or from CSV. */
export function QuotasPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('performance.quotasTitle'), 'Trellis');
  const { viewer } = useViewer();
  const canWrite = viewer ? CHANNEL_ROLES.includes(viewer.role) : false;
  const year = monthOf().slice(0, 4);
  const [from, setFrom] = useState(`${year}-01`);
  const [to, setTo] = useState(`${year}-12`);
  const valid = MONTH_PATTERN.test(from) && MONTH_PATTERN.test(to) && from <= to;
  const { data, loading, error, refetch } = useQuery(PartnerQuotasQuery, { variables: { from, to }, skip: !valid, fetchPolicy: 'cache-and-network' });
  const [remove] = useMutation(RemovePartnerQuota, { refetchQueries: QUOTA_QUERIES });
  const names = new Map((data?.channelMetrics ?? []).flatMap((row) => (row.partner ? [[row.partner.id, row.partner] as const] : [])));
  const quotas = [...(data?.partnerQuotas ?? [])].sort(
    (a, b) => (names.get(a.partnerId)?.name ?? a.partnerId).localeCompare(names.get(b.partnerId)?.name ?? b.partnerId) || a.period.localeCompare(b.period),
  );
  const nameOf = (id: string) => names.get(id)?.name ?? id;

  let body;
  if (!valid) body = null;
  else if (!data && loading) body = <LoadingState />;
  else if (!data) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (quotas.length === 0) body = <EmptyState title={t('performance.noQuotas')} headingOrder={2} />;
  else
    body = (
      <WideTable minWidth={640} label={t('performance.quotasTitle')}>
        <Table striped verticalSpacing="xs" data-testid="quota-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('performance.partner')}</Table.Th>
              <Table.Th scope="col">{t('performance.period')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('performance.kpi.quota')}</Table.Th>
              <Table.Th scope="col">{t('performance.setAt')}</Table.Th>
              {canWrite && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {quotas.map((q) => (
              <Table.Tr key={`${q.partnerId}-${q.period}`} data-testid="quota-row">
                <Table.Th scope="row" fw={500} className="break-anywhere">
                  <Anchor component={Link} to={`/channel/partners/${q.partnerId}/scorecard`}>
                    {nameOf(q.partnerId)}
                  </Anchor>
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{periodLabel(q.period, i18n.language)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatMoney(q.amount, i18n.language)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(q.setAt, i18n.language)}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <ConfirmButton
                      size="xs"
                      variant="subtle"
                      color="red"
                      title={t('performance.removeQuota')}
                      message={t('performance.removeQuotaText', { partner: nameOf(q.partnerId), period: periodLabel(q.period, i18n.language) })}
                      confirmLabel={t('performance.removeQuota')}
                      onConfirm={() => remove({ variables: { input: { partnerId: q.partnerId, period: q.period } } }).then(() => true, () => false)}
                    >
                      {t('performance.removeQuota')}
                    </ConfirmButton>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
    );

  return (
    <Stack>
      <Title order={1}>{t('performance.quotasTitle')}</Title>
      <PerformanceTabs />
      <Text c="dimmed">{t('performance.quotasIntro')}</Text>
      {canWrite && <QuotaForm defaultPeriod={monthOf()} />}
      {canWrite && <QuotaImport />}
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput label={t('performance.fromMonth')} value={from} onChange={(e) => setFrom(e.currentTarget.value.trim())} error={MONTH_PATTERN.test(from) ? undefined : t('performance.monthInvalid')} w={140} data-testid="quotas-from" />
          <TextInput label={t('performance.toMonth')} value={to} onChange={(e) => setTo(e.currentTarget.value.trim())} error={MONTH_PATTERN.test(to) && from <= to ? undefined : t('performance.monthInvalid')} w={140} data-testid="quotas-to" />
        </Group>
        <CsvExportButton
          fileName={`quotas-${from}-${to}`}
          rows={quotas}
          disabled={quotas.length === 0}
          columns={[
            { header: 'partner_code', value: (q) => names.get(q.partnerId)?.code ?? '' },
            { header: 'partner_name', value: (q) => nameOf(q.partnerId) },
            { header: 'period', value: (q) => q.period },
            { header: 'amount', value: (q) => q.amount.amount },
            { header: 'currency', value: (q) => q.amount.currency },
          ]}
        />
      </Group>
      {body}
    </Stack>
  );
}
