import { storedValue } from './storedValue';

/** How a purchasing system (SAP and others, OCI 4/5) asked for the basket back when it opened the showroom. */
export interface OciSession {
  hookUrl: string;
  target: string | null;
  okCode: string | null;
  returnTarget: string | null;
  caller: string | null;
}

const PARAMS = { hookUrl: 'hook_url', target: '~target', okCode: '~okcode', returnTarget: 'returntarget', caller: '~caller' } as const;

/** Only http(s): the basket form posts there, and a javascript: address would run in this site. */
export function isShopAddress(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

// This browser tab only: another tab opened without HOOK_URL is an ordinary visit.
const session = storedValue<OciSession | null>('session', 'trellis.oci', (raw) => {
  const value = raw as OciSession | null;
  return value && typeof value.hookUrl === 'string' && isShopAddress(value.hookUrl) ? value : null;
});

export const useOciSession = session.use;

export function leaveOciMode(): void {
  session.set(null);
}

/**
 * Remembers the OCI parameters of a showroom address (HOOK_URL and the optional ~TARGET, ~OkCode,
 * returntarget, ~CALLER). Purchasing systems vary the case of the names, so they are matched without it.
 */
export function captureOciParams(search: string): void {
  const byName = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(search)) {
    if (value && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), value);
  }
  const hookUrl = byName.get(PARAMS.hookUrl);
  if (!hookUrl || !isShopAddress(hookUrl)) return;
  const current = session.get();
  const next: OciSession = {
    hookUrl,
    target: byName.get(PARAMS.target) ?? null,
    okCode: byName.get(PARAMS.okCode) ?? null,
    returnTarget: byName.get(PARAMS.returnTarget) ?? null,
    caller: byName.get(PARAMS.caller) ?? null,
  };
  if (JSON.stringify(current) !== JSON.stringify(next)) session.set(next);
}

export interface OciForm {
  action: string;
  target: string;
  fields: readonly { name: string; value: string }[];
}

/**
 * Posts the basket to the shop as OCI wants it: a real HTML form, its hidden fields in the given order.
 * Built with DOM calls (not markup) so that no value can break out of its attribute.
 */
export function postToShop(transfer: OciForm): void {
  if (!isShopAddress(transfer.action)) throw new Error('The shop address is not an http(s) address');
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = transfer.action;
  form.target = transfer.target;
  form.acceptCharset = 'utf-8';
  form.hidden = true;
  for (const { name, value } of transfer.fields) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  form.submit();
  // The submission has been planned with the form's data; a form for another window need not stay.
  setTimeout(() => form.remove(), 0);
}
