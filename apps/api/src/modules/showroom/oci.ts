import { isUUID } from 'class-validator';
import { BadInput } from '../../domain/errors';
import { money } from '../../domain/money';
import { unsafeTextReason } from '../../domain/text';

/** One basket line as OCI hands it back to the shop. */
export interface OciLine {
  productId: string;
  sku: string;
  name: string;
  description: string;
  quantity: number;
  unit: string;
  priceMinor: number;
  currency: string;
  leadTimeDays: number | null;
  vendor: string | null;
  vendorMaterial: string;
  materialGroup: string | null;
  /** As the showroom shows it; sent as NEW_ITEM-CUST_FIELD1. */
  availability: OciAvailability;
}

/**
 * A line's availability as the showroom shows it: the partner's own stock (IN_STOCK, NO_STOCK), or in the
 * brand's showroom whether some active partner has it (AT_PARTNER) or not (ON_REQUEST). OCI has no field of
 * its own for it: Trellis sends it as the first custom field (10 characters at most).
 */
export type OciAvailability = 'IN_STOCK' | 'NO_STOCK' | 'AT_PARTNER' | 'ON_REQUEST';

/** How the shop wants the basket back, as it sent it with HOOK_URL. */
export interface OciCallerParams {
  target?: string | null;
  okCode?: string | null;
  returnTarget?: string | null;
}

/**
 * The OCI parameters Trellis reads. Procurement systems vary their case (HOOK_URL, hook_url,
 * Function), so readOciCall matches them case-insensitively; these spellings are the ones we send.
 */
export const OCI_PARAMS = {
  hookUrl: 'HOOK_URL',
  function: 'FUNCTION',
  productId: 'PRODUCTID',
  quantity: 'QUANTITY',
  searchString: 'SEARCHSTRING',
  target: '~TARGET',
  okCode: '~OkCode',
  returnTarget: 'returntarget',
  caller: '~CALLER',
} as const;

export type OciCall = { -readonly [K in keyof typeof OCI_PARAMS]?: string };

/**
 * The OCI parameters of a query or form body; an empty value counts as not given. Text PostgreSQL
 * cannot store or compare (NUL, lone surrogates, control characters) in the showroom's slug or in a
 * parameter Trellis reads is bad input, before any lookup.
 */
export function readOciCall(params: Record<string, unknown>, slug = ''): OciCall {
  const slugProblem = unsafeTextReason(slug);
  if (slugProblem) throw new BadInput('slug', slugProblem);
  const byName = new Map<string, string>();
  for (const [name, raw] of Object.entries(params)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    const key = name.toLowerCase();
    if (typeof value === 'string' && value !== '' && !byName.has(key)) byName.set(key, value);
  }
  const call: OciCall = {};
  for (const [key, name] of Object.entries(OCI_PARAMS) as [keyof OciCall, string][]) {
    const value = byName.get(name.toLowerCase());
    if (value === undefined) continue;
    const problem = unsafeTextReason(value);
    if (problem) throw new BadInput(name, problem);
    call[key] = value;
  }
  return call;
}

/** The shop's return address. Only http(s): the form posts there, and javascript: would run in our origin. */
export function parseHookUrl(raw: string | null | undefined): URL {
  let url: URL | null = null;
  try {
    url = raw && raw.length <= 4096 ? new URL(raw) : null;
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new BadInput(OCI_PARAMS.hookUrl, 'must be an absolute http or https address');
  }
  return url;
}

/** PRODUCTID is what we sent as EXT_PRODUCT_ID (the product id); a SKU is accepted too. */
export const ociProductKey = (productId: string): { productId: string } | { sku: string } =>
  isUUID(productId, 'all') ? { productId } : { sku: productId };

const given = (value: string | null | undefined): string | null => (value ? value : null);

/** The window the basket form posts into. */
export function ociTarget(params: OciCallerParams): string {
  return given(params.returnTarget) ?? given(params.target) ?? '_top';
}

export function ociCallerFields(params: OciCallerParams): [string, string][] {
  const target = given(params.target);
  return [['~OkCode', given(params.okCode) ?? 'ADDI'], ...(target ? [['~TARGET', target] as [string, string]] : []), ['~CALLER', 'CTLG']];
}

const OCI_QUANTITY = /^\d{1,11}(\.\d{1,3})?$/;

/**
 * A quantity as OCI writes it: a point, at most 11 digits before it and 3 after. String() gives the
 * shortest exact form without trailing zeros ("2", "1.5"), and an exponent only far outside the range.
 */
export function ociQuantity(quantity: number, field: string): string {
  const text = String(quantity);
  if (!(quantity > 0)) throw new BadInput(field, 'must be a number greater than 0');
  if (!OCI_QUANTITY.test(text)) {
    throw new BadInput(field, /\.\d{4}|e-/.test(text) ? 'must have at most 3 decimals' : 'must have at most 11 digits before the point');
  }
  return text;
}

/** QUANTITY of a VALIDATE call; 1 when the shop leaves it out. */
export function parseOciQuantity(raw: string | undefined): number {
  if (raw === undefined) return 1;
  const quantity = /^\s*\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
  ociQuantity(quantity, OCI_PARAMS.quantity);
  return quantity;
}

function ociPrice(minor: number, currency: string, field: string): string {
  const { amount } = money(minor, currency);
  if (!Number.isSafeInteger(minor) || !/^\d{1,11}\.\d{2}$/.test(amount)) throw new BadInput(field, 'has a price OCI cannot carry');
  return amount;
}

/** Cut by characters, not UTF-16 units, so that no emoji or CJK character is split in half. */
const cut = (text: string, length: number) => Array.from(text).slice(0, length).join('');

/**
 * A text cut to `length` characters at the end of a word where there is one (a single longer word is cut
 * by characters); `whole` says whether nothing was cut.
 */
export function cutAtWord(text: string, length: number): { text: string; whole: boolean } {
  const chars = Array.from(text.trim());
  if (chars.length <= length) return { text: chars.join(''), whole: true };
  const head = chars.slice(0, length + 1).join('');
  const space = head.search(/\s\S*$/);
  return { text: (space > 0 ? head.slice(0, space) : cut(head, length)).trimEnd(), whole: false };
}

function lineFields(line: OciLine, n: number, field: string): [string, string][] {
  // The short text ends at a word; when the name is longer, the long text starts with the whole of it.
  const short = cutAtWord(line.name, 40);
  const longText = [short.whole ? null : line.name.trim(), line.description.trim() ? line.description : null].filter(Boolean).join('\n');
  const fields: [string, string | null][] = [
    [`NEW_ITEM-DESCRIPTION[${n}]`, short.text],
    [`NEW_ITEM-MATNR[${n}]`, line.sku],
    [`NEW_ITEM-QUANTITY[${n}]`, ociQuantity(line.quantity, `${field}.quantity`)],
    [`NEW_ITEM-UNIT[${n}]`, cut(line.unit, 3)],
    [`NEW_ITEM-PRICE[${n}]`, ociPrice(line.priceMinor, line.currency, `${field}.price`)],
    [`NEW_ITEM-PRICEUNIT[${n}]`, '1'],
    [`NEW_ITEM-CURRENCY[${n}]`, line.currency.trim()],
    [`NEW_ITEM-LEADTIME[${n}]`, line.leadTimeDays === null ? null : String(line.leadTimeDays)],
    [`NEW_ITEM-VENDOR[${n}]`, line.vendor === null ? null : cut(line.vendor, 10)],
    [`NEW_ITEM-VENDORMAT[${n}]`, line.vendorMaterial],
    [`NEW_ITEM-MATGROUP[${n}]`, line.materialGroup === null ? null : cut(line.materialGroup, 10)],
    [`NEW_ITEM-CUST_FIELD1[${n}]`, line.availability],
    // OCI's long text is one field per line item, named without brackets; the shop splits it into 132-character lines.
    [`NEW_ITEM-LONGTEXT_${n}:132[]`, longText || null],
    [`NEW_ITEM-EXT_PRODUCT_ID[${n}]`, line.productId],
  ];
  return fields.filter((entry): entry is [string, string] => entry[1] !== null);
}

/** The form the shop receives: where it posts, into which window, and the fields in order. */
export interface OciTransfer {
  action: string;
  target: string;
  fields: [string, string][];
}

/** A basket for the shop: the caller fields first, then the NEW_ITEM-* fields of the lines. */
export function ociTransfer(hookUrl: URL, params: OciCallerParams, lines: OciLine[]): OciTransfer {
  return { action: hookUrl.href, target: ociTarget(params), fields: [...ociCallerFields(params), ...ociFields(lines)] };
}

/** The NEW_ITEM-* fields of a basket, lines numbered from 1; a bad quantity names items[i].quantity. */
export function ociFields(lines: OciLine[]): [string, string][] {
  return lines.flatMap((line, i) => lineFields(line, i + 1, `items[${i}]`));
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  // A raw CR would become LF in the parser; as references both survive into the posted value.
  '\r': '&#13;', '\n': '&#10;',
};

/** Safe in text and in quoted attribute values alike. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"'\r\n]/g, (c) => HTML_ESCAPES[c]);

export type OciFormPage = { hookUrl: URL | string; target: string; fields: [string, string][]; title: string } & (
  | { autoSubmit: true; nonce: string }
  | { autoSubmit: false }
);

/** The page that posts the basket to the shop, auto-submitting (VALIDATE) or only to be read (BACKGROUND_SEARCH). */
export function renderOciForm(page: OciFormPage): string {
  const inputs = page.fields.map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`);
  // Without scripts the shop's user still gets a button; with them the noscript content stays unrendered.
  const fallback = page.autoSubmit ? ['<noscript><button type="submit">Transfer to shop</button></noscript>'] : [];
  const script = page.autoSubmit ? [`<script nonce="${escapeHtml(page.nonce)}">document.getElementById('oci').submit();</script>`] : [];
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><meta name="robots" content="noindex">',
    `<title>${escapeHtml(page.title)}</title></head><body>`,
    `<form id="oci" method="post" action="${escapeHtml(String(page.hookUrl))}" target="${escapeHtml(page.target)}" accept-charset="utf-8">`,
    ...inputs,
    ...fallback,
    '</form>',
    ...script,
    '</body></html>',
    '',
  ].join('\n');
}
