import type { TFunction } from 'i18next';
import type { CsvColumn } from './csv';
import type { MdfClaimItem, MdfRequestItem } from './MdfRequestSummary';

/** Money as a file's cell: the decimal amount as a number; its currency goes in a column of its own. */
const amountOf = (money: { amount: string } | null | undefined) => (money ? Number(money.amount) : null);

/**
 * A request's facts as a file's columns, the same in both portals: codes, ISO dates, amounts as numbers. One
 * fund has one currency, so the requested amount's currency stands for all of the row's amounts.
 */
export function mdfRequestColumns(t: TFunction): CsvColumn<MdfRequestItem>[] {
  return [
    { header: t('listExport.columns.id'), value: (r) => r.id },
    { header: t('listExport.columns.number'), value: (r) => r.number },
    { header: t('listExport.columns.title'), value: (r) => r.title },
    { header: t('listExport.columns.status'), value: (r) => r.status },
    { header: t('listExport.columns.partnerId'), value: (r) => r.partner?.id },
    { header: t('listExport.columns.partner'), value: (r) => r.partner?.name },
    { header: t('listExport.columns.fund'), value: (r) => r.fund?.name },
    { header: t('listExport.columns.activityType'), value: (r) => r.activityType },
    { header: t('listExport.columns.periodStart'), value: (r) => r.startsOn },
    { header: t('listExport.columns.periodEnd'), value: (r) => r.endsOn },
    { header: t('listExport.columns.amount'), value: (r) => amountOf(r.requested) },
    { header: t('listExport.columns.approved'), value: (r) => amountOf(r.approved) },
    { header: t('listExport.columns.currency'), value: (r) => r.requested.currency },
    { header: t('listExport.columns.submittedAt'), value: (r) => r.submittedAt },
    { header: t('listExport.columns.decidedAt'), value: (r) => r.decidedAt },
  ];
}

/** A claim's facts as a file's columns, with the request it claims for when the list has it. */
export function mdfClaimColumns(t: TFunction): CsvColumn<MdfClaimItem & { request?: { number: string } | null }>[] {
  return [
    { header: t('listExport.columns.id'), value: (c) => c.id },
    { header: t('listExport.columns.number'), value: (c) => c.number },
    { header: t('listExport.columns.request'), value: (c) => c.request?.number },
    { header: t('listExport.columns.status'), value: (c) => c.status },
    { header: t('listExport.columns.partnerId'), value: (c) => c.partner?.id },
    { header: t('listExport.columns.partner'), value: (c) => c.partner?.name },
    { header: t('listExport.columns.amount'), value: (c) => amountOf(c.amount) },
    { header: t('listExport.columns.approved'), value: (c) => amountOf(c.approved) },
    { header: t('listExport.columns.currency'), value: (c) => c.amount.currency },
    { header: t('listExport.columns.submittedAt'), value: (c) => c.submittedAt },
    { header: t('listExport.columns.decidedAt'), value: (c) => c.decidedAt },
    { header: t('listExport.columns.paidAt'), value: (c) => c.paidAt },
  ];
}
