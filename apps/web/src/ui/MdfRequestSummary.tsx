import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { MdfClaim_ClaimFragment, MdfRequest_RequestFragment } from '../gql/graphql';
import { formatDateTime } from './format';
import { MdfClaimStatusBadge, MdfRequestStatusBadge } from './MdfBadges';
import { MdfClaimFiles } from './MdfClaimFiles';
import { formatMoney } from './money';
import { formatDay } from './mdf';

graphql(`
  fragment MdfClaim_claim on MdfClaim {
    id
    number
    status
    note
    createdAt
    submittedAt
    decidedAt
    decisionReason
    paidAt
    paymentMethod
    paymentReference
    amount {
      ...MdfMoney
    }
    approved {
      ...MdfMoney
    }
    partner {
      id
      name
    }
    files {
      id
      fileName
      contentType
      byteSize
      addedAt
      url
    }
  }
`);

graphql(`
  fragment MdfRequest_request on MdfRequest {
    id
    number
    title
    description
    status
    activityType
    startsOn
    endsOn
    expectedLeads
    submittedAt
    decidedAt
    decisionReason
    closedAt
    plannedCost {
      ...MdfMoney
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
    expectedRevenue {
      ...MdfMoney
    }
    fund {
      id
      name
      claimDeadline
      expiredAt
    }
    partner {
      id
      name
    }
    submittedBy {
      id
      displayName
    }
  }
`);

export type MdfRequestItem = MdfRequest_RequestFragment;
export type MdfClaimItem = MdfClaim_ClaimFragment;

export function MdfFact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase">{label}</Text>
      <Text size="sm" className="break-anywhere" data-testid={testId}>{children}</Text>
    </div>
  );
}

/**
 * A request as both portals show it: number, title and status; the fund, activity and dates; the amounts
 * planned, requested, approved and claimed; the decision's reason. `children` adds the portal's own actions.
 */
export function MdfRequestSummary({ request: r, showPartner, headingOrder = 3, children }: { request: MdfRequestItem; showPartner: boolean; headingOrder?: 2 | 3 | 4; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const money = (m: { amount: string; currency: string }) => formatMoney(m, i18n.language);
  return (
    <Card withBorder padding="md" component="article" data-testid="mdf-request" data-number={r.number} data-status={r.status}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Title order={headingOrder} size="h4" className="break-anywhere" data-testid="mdf-request-title">{r.title}</Title>
            <Text size="xs" c="dimmed" ff="monospace" data-testid="mdf-request-number">{r.number}</Text>
            {showPartner && r.partner && <Text size="sm" c="dimmed" data-testid="mdf-request-partner">{r.partner.name}</Text>}
          </div>
          <MdfRequestStatusBadge status={r.status} />
        </Group>
        {r.decisionReason && (
          <Text size="sm" data-testid="mdf-request-reason">
            <Text span fw={600}>{t('mdf.decisionReason')}: </Text>
            {r.decisionReason}
          </Text>
        )}
        {r.description && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">{r.description}</Text>}
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm">
          <MdfFact label={t('mdf.fund')}>{r.fund?.name ?? '—'}</MdfFact>
          <MdfFact label={t('mdf.activityType')}>{t(`mdf.activity.${r.activityType}`)}</MdfFact>
          <MdfFact label={t('mdf.dates')}>{t('mdf.periodRange', { from: formatDay(r.startsOn, i18n.language), to: formatDay(r.endsOn, i18n.language) })}</MdfFact>
          <MdfFact label={t('mdf.submitted')}>{formatDateTime(r.submittedAt, i18n.language)}</MdfFact>
          <MdfFact label={t('mdf.plannedCost')} testId="mdf-request-planned">{money(r.plannedCost)}</MdfFact>
          <MdfFact label={t('mdf.requested')} testId="mdf-request-requested">{money(r.requested)}</MdfFact>
          <MdfFact label={t('mdf.balance.approved')} testId="mdf-request-approved">{money(r.approved)}</MdfFact>
          <MdfFact label={t('mdf.balance.claimed')} testId="mdf-request-claimed">{money(r.claimed)}</MdfFact>
          <MdfFact label={t('mdf.expectedLeads')}>{r.expectedLeads}</MdfFact>
          <MdfFact label={t('mdf.expectedRevenue')}>{money(r.expectedRevenue)}</MdfFact>
        </SimpleGrid>
        {children}
      </Stack>
    </Card>
  );
}

/** A claim as both portals show it: number, status, amounts, note, payment, and its files as download links. */
export function MdfClaimSummary({ claim: c, showPartner, requestLabel, children }: { claim: MdfClaimItem; showPartner: boolean; requestLabel?: string; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const money = (m: { amount: string; currency: string }) => formatMoney(m, i18n.language);
  return (
    <Card withBorder padding="sm" component="article" data-testid="mdf-claim" data-number={c.number} data-status={c.status}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} ff="monospace" data-testid="mdf-claim-number">{c.number}</Text>
            {showPartner && c.partner && <Text size="sm" c="dimmed" data-testid="mdf-claim-partner">{c.partner.name}</Text>}
            {requestLabel && <Text size="sm" c="dimmed" className="break-anywhere">{requestLabel}</Text>}
          </div>
          <MdfClaimStatusBadge status={c.status} />
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <MdfFact label={t('mdf.claimAmount')} testId="mdf-claim-amount">{money(c.amount)}</MdfFact>
          <MdfFact label={t('mdf.claimApproved')} testId="mdf-claim-approved">{c.approved ? money(c.approved) : '—'}</MdfFact>
          {c.submittedAt && <MdfFact label={t('mdf.submitted')}>{formatDateTime(c.submittedAt, i18n.language)}</MdfFact>}
          {c.paidAt && (
            <MdfFact label={t('mdf.paid')} testId="mdf-claim-payment">
              {t('mdf.paidBy', { method: c.paymentMethod ? t(`mdf.method.${c.paymentMethod}`) : '', reference: c.paymentReference ?? '' })}
            </MdfFact>
          )}
        </SimpleGrid>
        {c.note && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">{c.note}</Text>}
        {c.decisionReason && (
          <Text size="sm" data-testid="mdf-claim-reason">
            <Text span fw={600}>{t('mdf.decisionReason')}: </Text>
            {c.decisionReason}
          </Text>
        )}
        <div>
          <Text size="xs" c="dimmed" fw={700} tt="uppercase">{t('mdf.files')}</Text>
          <MdfClaimFiles files={c.files} />
        </div>
        {children}
      </Stack>
    </Card>
  );
}
