import { useState } from 'react';
import { Button, Center, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MdfClaimStatus, MdfRequestStatus } from '@trellis/schema';
import { graphql } from '../../gql';
import { ExportAllButton } from '../../ui/ExportAllButton';
import { MdfActionDialog, type MdfActionValues } from '../../ui/MdfActionDialog';
import { MdfClaimSummary, MdfRequestSummary, type MdfClaimItem, type MdfRequestItem } from '../../ui/MdfRequestSummary';
import { formatMoney } from '../../ui/money';
import { canManageMdf, MDF_REQUEST_STATUSES } from '../../ui/mdf';
import { mdfClaimColumns, mdfRequestColumns } from '../../ui/mdfExport';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { useViewer } from '../../ui/viewer';
import { MdfTabs } from './MdfTabs';

const PAGE_SIZE = 20;

const MdfRequestQueue = graphql(`
  query MdfRequestQueue($first: Int!, $after: String, $filter: MdfRequestFilter) {
    mdfRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          ...MdfRequest_request
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const MdfClaimQueue = graphql(`
  query MdfClaimQueue($first: Int!, $after: String, $filter: MdfClaimFilter) {
    mdfClaims(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          ...MdfClaim_claim
          request {
            id
            number
            title
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFETCH = ['MdfRequestQueue', 'MdfClaimQueue'];
const options = { refetchQueries: REFETCH, awaitRefetchQueries: true };

const ApproveMdfRequest = graphql(`
  mutation ApproveMdfRequest($input: ApproveMdfRequestInput!) {
    approveMdfRequest(input: $input) {
      request {
        ...MdfRequest_request
      }
    }
  }
`);

const RejectMdfRequest = graphql(`
  mutation RejectMdfRequest($input: DecideMdfRequestInput!) {
    rejectMdfRequest(input: $input) {
      request {
        ...MdfRequest_request
      }
    }
  }
`);

const AskMdfRequestChanges = graphql(`
  mutation AskMdfRequestChanges($input: DecideMdfRequestInput!) {
    askMdfRequestChanges(input: $input) {
      request {
        ...MdfRequest_request
      }
    }
  }
`);

const ChannelCloseMdfRequest = graphql(`
  mutation ChannelCloseMdfRequest($input: MdfRequestIdInput!) {
    closeMdfRequest(input: $input) {
      request {
        ...MdfRequest_request
      }
    }
  }
`);

const ApproveMdfClaim = graphql(`
  mutation ApproveMdfClaim($input: ApproveMdfClaimInput!) {
    approveMdfClaim(input: $input) {
      claim {
        ...MdfClaim_claim
      }
    }
  }
`);

const RejectMdfClaim = graphql(`
  mutation RejectMdfClaim($input: RejectMdfClaimInput!) {
    rejectMdfClaim(input: $input) {
      claim {
        ...MdfClaim_claim
      }
    }
  }
`);

const PayMdfClaim = graphql(`
  mutation PayMdfClaim($input: PayMdfClaimInput!) {
    payMdfClaim(input: $input) {
      claim {
        ...MdfClaim_claim
      }
    }
  }
`);

type RequestMove = 'approve' | 'reject' | 'changes' | 'close';
type ClaimMove = 'approve' | 'reject' | 'pay';

/** The decisions a request in its status allows channel staff. */
function requestMoves(status: MdfRequestStatus): RequestMove[] {
  if (status === 'SUBMITTED') return ['approve', 'changes', 'reject'];
  if (status === 'CHANGES_REQUESTED') return ['reject'];
  if (status === 'APPROVED') return ['close'];
  return [];
}

function RequestActions({ request }: { request: MdfRequestItem }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<RequestMove | null>(null);
  const [approve] = useMutation(ApproveMdfRequest, options);
  const [reject] = useMutation(RejectMdfRequest, options);
  const [changes] = useMutation(AskMdfRequestChanges, options);
  const [close] = useMutation(ChannelCloseMdfRequest, options);
  const moves = requestMoves(request.status);
  if (moves.length === 0) return null;
  const send = async (move: RequestMove, v: MdfActionValues) => {
    const requestId = request.id;
    if (move === 'approve') await approve({ variables: { input: { requestId, amount: v.amount } } });
    else if (move === 'reject') await reject({ variables: { input: { requestId, reason: v.reason } } });
    else if (move === 'changes') await changes({ variables: { input: { requestId, reason: v.reason } } });
    else await close({ variables: { input: { requestId } } });
  };
  const number = request.number;
  return (
    <Group gap="xs" wrap="wrap" data-testid="mdf-request-actions">
      {moves.map((move) => (
        <Button key={move} variant={move === 'approve' ? 'filled' : 'default'} color={move === 'reject' ? 'red.9' : undefined} onClick={() => setOpen(move)} data-move={move}>
          {t(`mdf.requestMove.${move}`)}
        </Button>
      ))}
      {open && (
        <MdfActionDialog
          title={t(`mdf.requestMoveTitle.${open}`, { number })}
          text={open === 'close' ? t('mdf.closeText') : open === 'approve' ? t('mdf.approveRequestText', { amount: formatMoney(request.requested, i18n.language) }) : undefined}
          confirmLabel={t(`mdf.requestMove.${open}`)}
          confirmColor={open === 'reject' ? 'red.9' : undefined}
          amount={open === 'approve' ? { label: t('mdf.approveAmount', { currency: request.requested.currency }), initial: request.requested.amount, description: t('mdf.approveAmountHint') } : undefined}
          reason={open === 'reject' || open === 'changes' ? { label: t(open === 'reject' ? 'mdf.rejectReason' : 'mdf.changesReason'), description: t('mdf.reasonHint') } : undefined}
          doneMessage={t(`mdf.requestMoveDone.${open}`, { number })}
          onClose={() => setOpen(null)}
          onSubmit={(v) => send(open, v)}
        />
      )}
    </Group>
  );
}

function ClaimActions({ claim }: { claim: MdfClaimItem }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<ClaimMove | null>(null);
  const [approve] = useMutation(ApproveMdfClaim, options);
  const [reject] = useMutation(RejectMdfClaim, options);
  const [pay] = useMutation(PayMdfClaim, options);
  const moves: ClaimMove[] = claim.status === 'SUBMITTED' ? ['approve', 'reject'] : claim.status === 'APPROVED' ? ['pay'] : [];
  if (moves.length === 0) return null;
  const send = async (move: ClaimMove, v: MdfActionValues) => {
    const claimId = claim.id;
    if (move === 'approve') await approve({ variables: { input: { claimId, amount: v.amount } } });
    else if (move === 'reject') await reject({ variables: { input: { claimId, reason: v.reason } } });
    else await pay({ variables: { input: { claimId, method: v.method, reference: v.reference, idempotencyKey: v.idempotencyKey } } });
  };
  const number = claim.number;
  return (
    <Group gap="xs" wrap="wrap" data-testid="mdf-claim-actions">
      {moves.map((move) => (
        <Button key={move} variant={move === 'reject' ? 'default' : 'filled'} color={move === 'reject' ? 'red.9' : undefined} onClick={() => setOpen(move)} data-move={move}>
          {t(`mdf.claimMove.${move}`)}
        </Button>
      ))}
      {open && (
        <MdfActionDialog
          title={t(`mdf.claimMoveTitle.${open}`, { number })}
          confirmLabel={t(`mdf.claimMove.${open}`)}
          confirmColor={open === 'reject' ? 'red.9' : undefined}
          amount={open === 'approve' ? { label: t('mdf.approveAmount', { currency: claim.amount.currency }), initial: claim.amount.amount, description: t('mdf.approveClaimHint') } : undefined}
          reason={open === 'reject' ? { label: t('mdf.rejectReason'), description: t('mdf.reasonHint') } : undefined}
          payment={open === 'pay'}
          text={open === 'pay' && claim.approved ? t('mdf.payText', { amount: formatMoney(claim.approved, i18n.language) }) : undefined}
          doneMessage={t(`mdf.claimMoveDone.${open}`, { number })}
          onClose={() => setOpen(null)}
          onSubmit={(v) => send(open, v)}
        />
      )}
    </Group>
  );
}

type RequestData = ResultOf<typeof MdfRequestQueue>;
type ClaimData = ResultOf<typeof MdfClaimQueue>;

function appendRequests(shown: RequestData, { fetchMoreResult }: { fetchMoreResult: RequestData }): RequestData {
  return { mdfRequests: { ...fetchMoreResult.mdfRequests, edges: [...shown.mdfRequests.edges, ...fetchMoreResult.mdfRequests.edges] } };
}
function appendClaims(shown: ClaimData, { fetchMoreResult }: { fetchMoreResult: ClaimData }): ClaimData {
  return { mdfClaims: { ...fetchMoreResult.mdfClaims, edges: [...shown.mdfClaims.edges, ...fetchMoreResult.mdfClaims.edges] } };
}

function RequestQueue({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  // SUBMITTED by default: what waits for a decision; "all" shows every status.
  const status = raw === 'all' ? null : raw && MDF_REQUEST_STATUSES.includes(raw as MdfRequestStatus) ? (raw as MdfRequestStatus) : 'SUBMITTED';
  const { data, loading, error, refetch, fetchMore } = useQuery(MdfRequestQueue, {
    variables: { first: PAGE_SIZE, filter: { status } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.mdfRequests;
  const requests = connection?.edges.map((e) => e.node) ?? [];
  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (requests.length === 0) body = <EmptyState title={t('mdf.noRequestsTitle')} description={t('mdf.noRequestsQueue')} headingOrder={3} />;
  else
    body = (
      <Stack data-testid="mdf-request-queue">
        {requests.map((r) => (
          <MdfRequestSummary key={r.id} request={r} showPartner>
            {canManage && <RequestActions request={r} />}
          </MdfRequestSummary>
        ))}
      </Stack>
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mdf-queue-requests">
      <Stack>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2} size="h3" id="mdf-queue-requests">{t('mdf.queueRequestsTitle')}</Title>
          <Group gap="sm" align="flex-end">
            <NativeSelect label={t('mdf.status')} value={status ?? 'all'} w={220} data-testid="mdf-request-status-filter"
              onChange={(e) => {
                const next = new URLSearchParams(params);
                next.set('status', e.currentTarget.value);
                setParams(next, { replace: true });
              }}
              data={[{ value: 'all', label: t('mdf.allStatuses') }, ...MDF_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`mdf.requestStatus.${s}`) }))]} />
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="mdf-request-count">
              {connection ? t('mdf.requestCount', { count: connection.totalCount }) : '\u00a0'}
            </Text>
            <ExportAllButton query={MdfRequestQueue} variables={{ filter: { status } }} connection={(d) => d.mdfRequests} columns={mdfRequestColumns(t)} name="mdf-requests" />
          </Group>
        </Group>
        {body}
        {connection?.pageInfo.hasNextPage && (
          <Center>
            <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendRequests })}>
              {t('partners.loadMore', { shown: requests.length, total: connection.totalCount })}
            </Button>
          </Center>
        )}
      </Stack>
    </Paper>
  );
}

function ClaimQueue({ status, canManage }: { status: MdfClaimStatus; canManage: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(MdfClaimQueue, {
    variables: { first: PAGE_SIZE, filter: { status } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.mdfClaims;
  const claims = connection?.edges.map((e) => e.node) ?? [];
  const titleId = `mdf-queue-claims-${status}`;
  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (claims.length === 0) body = <Text size="sm" c="dimmed">{t(status === 'SUBMITTED' ? 'mdf.noClaimsWaiting' : 'mdf.noClaimsToPay')}</Text>;
  else
    body = (
      <Stack data-testid={`mdf-claim-queue-${status}`}>
        {claims.map((c) => (
          <MdfClaimSummary key={c.id} claim={c} showPartner requestLabel={c.request ? `${c.request.number} · ${c.request.title}` : undefined}>
            {canManage && <ClaimActions claim={c} />}
          </MdfClaimSummary>
        ))}
      </Stack>
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack>
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h3" id={titleId}>{t(status === 'SUBMITTED' ? 'mdf.claimsWaitingTitle' : 'mdf.claimsToPayTitle')}</Title>
          <Group gap="xs" align="center">
            <Text size="sm" c="dimmed" aria-live="polite">{connection ? t('mdf.claimCount', { count: connection.totalCount }) : '\u00a0'}</Text>
            <ExportAllButton query={MdfClaimQueue} variables={{ filter: { status } }} connection={(d) => d.mdfClaims} columns={mdfClaimColumns(t)}
              name={status === 'SUBMITTED' ? 'mdf-claims-waiting' : 'mdf-claims-to-pay'} />
          </Group>
        </Group>
        {body}
        {connection?.pageInfo.hasNextPage && (
          <Center>
            <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendClaims })}>
              {t('partners.loadMore', { shown: claims.length, total: connection.totalCount })}
            </Button>
          </Center>
        )}
      </Stack>
    </Paper>
  );
}

/** The approval queue: requests by status (those waiting first), claims waiting for a decision, approved claims to pay. */
export function MdfQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('mdf.queueTitle'), t('mdf.title'), 'Trellis');
  const { viewer } = useViewer();
  const canManage = canManageMdf(viewer);
  return (
    <Stack>
      <Title order={1}>{t('mdf.queueTitle')}</Title>
      <MdfTabs />
      <Text c="dimmed">{t('mdf.queueIntro')}</Text>
      <RequestQueue canManage={canManage} />
      <ClaimQueue status="SUBMITTED" canManage={canManage} />
      <ClaimQueue status="APPROVED" canManage={canManage} />
    </Stack>
  );
}
