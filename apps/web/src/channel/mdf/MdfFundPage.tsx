import { useState } from 'react';
import { Alert, Anchor, Badge, Breadcrumbs, Button, Card, Group, List, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { MdfFundDetailQuery } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { describeError, errorCode, fieldErrors } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { MdfBalance } from '../../ui/MdfBalance';
import { MdfRequestStatusBadge } from '../../ui/MdfBadges';
import { formatMoney, toAmount } from '../../ui/money';
import { canManageMdf, formatDay, todayDay } from '../../ui/mdf';
import { PartnerSearchSelect } from '../../ui/PartnerSearchSelect';
import { EmptyState, ErrorState, FormAlert, LoadingState, NotFoundState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { useViewer } from '../../ui/viewer';
import { WideTable } from '../../ui/WideTable';
import { MdfTabs } from './MdfTabs';
import { ShareByRuleForm } from './ShareByRuleForm';

const MdfFundDetail = graphql(`
  query MdfFundDetail($id: ID!) {
    mdfFund(id: $id) {
      ...MdfFundRow_fund
      createdAt
      eligibleTiers {
        id
        name
      }
      allocations {
        ...MdfBalance_allocation
      }
    }
    mdfLedgerCheck(id: $id)
  }
`);

const MdfFundRequests = graphql(`
  query MdfFundRequests($fundId: ID!, $first: Int!) {
    mdfRequests(first: $first, filter: { fundId: $fundId }) {
      totalCount
      edges {
        node {
          id
          number
          title
          status
          activityType
          partner {
            id
            name
          }
          requested {
            ...MdfMoney
          }
          approved {
            ...MdfMoney
          }
          claimed {
            ...MdfMoney
          }
        }
      }
    }
  }
`);

const AllocateMdf = graphql(`
  mutation AllocateMdf($input: AllocateMdfInput!) {
    allocateMdf(input: $input) {
      allocation {
        ...MdfBalance_allocation
      }
    }
  }
`);

const ExpireMdfFund = graphql(`
  mutation ExpireMdfFund($input: ExpireMdfFundInput!) {
    expireMdfFund(input: $input) {
      fund {
        id
        expiredAt
      }
    }
  }
`);

type Fund = MdfFundDetailQuery['mdfFund'];

/** Sets a partner's allocation of the fund to an amount; a partner that has one shows it prefilled. */
function AllocateForm({ fund }: { fund: Fund }) {
  const { t, i18n } = useTranslation();
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<{ partnerId?: string; amount?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [allocate, allocating] = useMutation(AllocateMdf, { refetchQueries: ['MdfFundDetail', 'MdfFundList'], awaitRefetchQueries: true });

  const choose = (id: string | null) => {
    setPartnerId(id);
    const current = fund.allocations.find((a) => a.partner?.id === id);
    if (current) setAmount(current.amount.amount);
    setErrors({});
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const typed = toAmount(amount);
    const problems = { partnerId: partnerId ? undefined : t('mdf.partnerRequired'), amount: typed ? undefined : t('mdf.amountShape') };
    setErrors(problems);
    if (!partnerId || !typed) return;
    try {
      const result = await allocate({ variables: { input: { fundId: fund.id, partnerId, amount: typed } } });
      const allocation = result.data?.allocateMdf.allocation;
      notifications.show({
        color: 'green', closeButtonProps: { 'aria-label': t('common.close') },
        message: t('mdf.allocatedNotice', { partner: allocation?.partner?.name ?? '', amount: allocation ? formatMoney(allocation.amount, i18n.language) : typed }),
      });
      setPartnerId(null);
      setAmount('');
    } catch (error) {
      const fields = fieldErrors(error);
      const known = { partnerId: fields.find((f) => f.field === 'partnerId')?.reason, amount: fields.find((f) => f.field === 'amount')?.reason };
      setErrors(known);
      if (!known.partnerId && !known.amount) setFailure(errorCode(error) === 'LIMIT_EXCEEDED' ? t('mdf.allocateTooMuch', { amount: formatMoney(fund.unallocated, i18n.language) }) : describeError(error));
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mdf-allocate-title">
      <Title order={2} size="h3" id="mdf-allocate-title" mb={4}>{t('mdf.allocateTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('mdf.allocateIntro', { amount: formatMoney(fund.unallocated, i18n.language) })}</Text>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="mdf-allocate-form">
        <Stack gap="sm">
          <FormAlert message={failure} />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <div style={{ flex: '1 1 16rem' }}>
              <PartnerSearchSelect label={t('mdf.partner')} value={partnerId} onChange={choose} data-testid="mdf-allocate-partner" />
              {errors.partnerId && <Text size="xs" c="red.8" mt={4} role="alert">{errors.partnerId}</Text>}
            </div>
            <TextInput label={t('mdf.allocationAmount', { currency: fund.currency })} description={t('mdf.allocationHint')} required inputMode="decimal"
              autoComplete="off" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={errors.amount} style={{ flex: '1 1 12rem' }}
              data-testid="mdf-allocate-amount" />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={allocating.loading} data-testid="mdf-allocate-submit">{t('mdf.allocate')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function FundRequests({ fundId }: { fundId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MdfFundRequests, { variables: { fundId, first: 100 }, fetchPolicy: 'cache-and-network' });
  const requests = data?.mdfRequests.edges.map((e) => e.node) ?? [];
  const money = (m: { amount: string; currency: string }) => formatMoney(m, i18n.language);
  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (requests.length === 0) body = <EmptyState title={t('mdf.noRequestsTitle')} description={t('mdf.noRequestsFund')} headingOrder={3} />;
  else
    body = (
      <WideTable minWidth={820} label={t('mdf.fundRequestsTitle')}>
        <Table verticalSpacing="sm" data-testid="mdf-fund-requests">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('mdf.number')}</Table.Th>
              <Table.Th>{t('mdf.partner')}</Table.Th>
              <Table.Th>{t('mdf.requestTitle')}</Table.Th>
              <Table.Th ta="right">{t('mdf.requested')}</Table.Th>
              <Table.Th ta="right">{t('mdf.balance.approved')}</Table.Th>
              <Table.Th ta="right">{t('mdf.balance.claimed')}</Table.Th>
              <Table.Th>{t('mdf.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((r) => (
              <Table.Tr key={r.id} data-testid="mdf-fund-request">
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>{r.number}</Table.Td>
                <Table.Td className="break-anywhere">{r.partner?.name ?? '—'}</Table.Td>
                <Table.Td className="break-anywhere">
                  <Text size="sm">{r.title}</Text>
                  <Text size="xs" c="dimmed">{t(`mdf.activity.${r.activityType}`)}</Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{money(r.requested)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{money(r.approved)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{money(r.claimed)}</Table.Td>
                <Table.Td><MdfRequestStatusBadge status={r.status} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mdf-fund-requests-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="mdf-fund-requests-title">{t('mdf.fundRequestsTitle')}</Title>
        <Anchor component={Link} to="/channel/mdf/requests" size="sm">{t('mdf.openQueue')}</Anchor>
      </Group>
      {body}
    </Paper>
  );
}

/** Whether the ledger proves the fund's balances, or what it found wrong. */
function LedgerCheck({ problems }: { problems: readonly string[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) {
    return (
      <Alert color="green" title={t('mdf.ledgerProvenTitle')} data-testid="mdf-ledger-check" data-proven="true">
        {t('mdf.ledgerProven')}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={t('mdf.ledgerProblemsTitle', { count: problems.length })} role="alert" data-testid="mdf-ledger-check" data-proven="false">
      <List size="sm">
        {problems.map((p) => <List.Item key={p}>{p}</List.Item>)}
      </List>
    </Alert>
  );
}

function FundBody({ fund, problems }: { fund: Fund; problems: readonly string[] }) {
  const { t, i18n } = useTranslation();
  usePageTitle(fund.name, t('mdf.title'), 'Trellis');
  const { viewer } = useViewer();
  const canManage = canManageMdf(viewer);
  const [expire] = useMutation(ExpireMdfFund, { refetchQueries: ['MdfFundDetail', 'MdfFundList', 'MdfFundRequests'], awaitRefetchQueries: true });
  const money = (m: { amount: string; currency: string }) => formatMoney(m, i18n.language);
  const afterDeadline = todayDay() > fund.claimDeadline;
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/channel/mdf">{t('mdf.title')}</Anchor>
        <span className="break-anywhere">{fund.name}</span>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div style={{ minWidth: 0 }}>
          <Title order={1} className="break-anywhere" data-testid="mdf-fund-title">{fund.name}</Title>
          {fund.purpose && <Text c="dimmed" size="sm" className="break-anywhere">{fund.purpose}</Text>}
        </div>
        {fund.expiredAt ? (
          <Badge color="gray" variant="light" size="lg" data-testid="mdf-fund-expired">{t('mdf.expiredOn', { date: formatDateTime(fund.expiredAt, i18n.language) })}</Badge>
        ) : canManage && afterDeadline ? (
          <ConfirmButton color="red.9" variant="outline" title={t('mdf.expireTitle', { name: fund.name })} message={t('mdf.expireText')} confirmLabel={t('mdf.expire')}
            onConfirm={async () => {
              try {
                await expire({ variables: { input: { fundId: fund.id } } });
                notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('mdf.expiredNotice', { name: fund.name }) });
                return true;
              } catch (error) {
                notifications.show({ color: 'red', closeButtonProps: { 'aria-label': t('common.close') }, message: describeError(error) });
                return false;
              }
            }}>
            {t('mdf.expire')}
          </ConfirmButton>
        ) : !fund.expiredAt && canManage ? (
          <Text size="sm" c="dimmed" data-testid="mdf-expire-later">{t('mdf.expireAfter', { date: formatDay(fund.claimDeadline, i18n.language) })}</Text>
        ) : null}
      </Group>
      <MdfTabs />
      <Card withBorder padding="md" data-testid="mdf-fund-facts">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <Fact label={t('mdf.period')}>{t('mdf.periodRange', { from: formatDay(fund.periodStart, i18n.language), to: formatDay(fund.periodEnd, i18n.language) })}</Fact>
          <Fact label={t('mdf.claimDeadline')}>{formatDay(fund.claimDeadline, i18n.language)}</Fact>
          <Fact label={t('mdf.activityTypes')}>{fund.activityTypes.map((a) => t(`mdf.activity.${a}`)).join(', ')}</Fact>
          <Fact label={t('mdf.budget')} testId="mdf-fund-budget">{money(fund.totalBudget)}</Fact>
          <Fact label={t('mdf.allocated')} testId="mdf-fund-allocated">{money(fund.allocated)}</Fact>
          <Fact label={t('mdf.unallocated')} testId="mdf-fund-unallocated">{money(fund.unallocated)}</Fact>
          <Fact label={t('mdf.eligibleTiers')}>{fund.eligibleTiers.length ? fund.eligibleTiers.map((tier) => tier.name).join(', ') : t('mdf.everyTier')}</Fact>
        </SimpleGrid>
      </Card>
      <LedgerCheck problems={problems} />
      {canManage && !fund.expiredAt && <AllocateForm fund={fund} />}
      {canManage && !fund.expiredAt && <ShareByRuleForm fund={fund} />}
      <Paper withBorder p="md" component="section" aria-labelledby="mdf-allocations-title">
        <Title order={2} size="h3" id="mdf-allocations-title" mb="sm">{t('mdf.allocationsTitle')}</Title>
        {fund.allocations.length === 0 ? (
          <EmptyState title={t('mdf.noAllocationsTitle')} description={t('mdf.noAllocations')} headingOrder={3} />
        ) : (
          <Stack gap="lg" data-testid="mdf-allocations">
            {fund.allocations.map((a) => (
              <MdfBalance key={a.id} allocation={a} title={a.partner?.name ?? '—'} />
            ))}
          </Stack>
        )}
      </Paper>
      <FundRequests fundId={fund.id} />
    </Stack>
  );
}

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase">{label}</Text>
      <Text size="sm" className="break-anywhere" data-testid={testId}>{children}</Text>
    </div>
  );
}

/** One fund: its budget by partner, allocations, requests, the ledger's proof, and its expiry after the deadline. */
export function MdfFundPage() {
  const id = useParams().id ?? '';
  const { data, loading, error, refetch } = useQuery(MdfFundDetail, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <LoadingState />;
  if (!data && errorCode(error) === 'BAD_USER_INPUT') return <NotFoundState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return <FundBody fund={data.mdfFund} problems={data.mdfLedgerCheck} />;
}
