import { MdfActivityType, MdfClaimStatus, MdfLedgerKind, MdfPaymentMethod, MdfRequestStatus, type Role } from '@trellis/schema';
import { enumValues } from './enumValues';
import { CHANNEL_ROLES } from './roles';

/** The activity types in the order a form offers them. */
export const MDF_ACTIVITY_TYPES = enumValues(MdfActivityType, ['DIGITAL_CAMPAIGN', 'EVENT', 'TRADE_SHOW', 'PRINT', 'TRAINING']);
/** A request's statuses in the lifecycle's order (filters list them so). */
export const MDF_REQUEST_STATUSES = enumValues(MdfRequestStatus, ['SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'CLOSED']);
export const MDF_CLAIM_STATUSES = enumValues(MdfClaimStatus, ['DRAFT', 'SUBMITTED', 'APPROVED', 'PAID', 'REJECTED']);
/** The ledger's kinds in the order money moves: allocated, reserved, released, claimed, paid, expired. */
export const MDF_LEDGER_KINDS = enumValues(MdfLedgerKind, ['ALLOCATE', 'RESERVE', 'RELEASE', 'CLAIM', 'PAY', 'EXPIRE']);
export const MDF_PAYMENT_METHODS = enumValues(MdfPaymentMethod, ['TRANSFER', 'CREDIT_NOTE']);

/** What the API takes as proof of performance (it reads the type from the bytes and refuses the rest anyway). */
export const MDF_FILE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/plain'];
export const MDF_MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MDF_MAX_FILES = 10;

/** Channel staff decide requests and claims, allocate and pay; anyone else reads (the API's own rule). */
export function canManageMdf(viewer: { role: Role } | null): boolean {
  return viewer !== null && CHANNEL_ROLES.includes(viewer.role);
}

/** Only a partner's own manager asks for money and claims it; its employees read. */
export function canRequestMdf(viewer: { role: Role } | null): boolean {
  return viewer?.role === 'PARTNER_MANAGER';
}

/** A key for one submission of a form, reused when the same submission is retried. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** The ledger as CSV with the filters on screen: a plain same-origin download (the session cookie goes along). */
export function mdfLedgerCsvHref(filter: { fundId?: string | null; partnerId?: string | null; kind?: string | null }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const query = params.toString();
  return `/mdf-ledger.csv${query ? `?${query}` : ''}`;
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function todayDay(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A day of the API (YYYY-MM-DD) as the reader writes dates; shown as given when it is not one. */
export function formatDay(day: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString(language === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
}

/** Whether a typed amount is a positive one the API reads (toAmount first). */
export const AMOUNT_SHAPE = /^\d{1,13}(\.\d{1,2})?$/;
