import { BadInput } from './errors';

/**
 * A tax id as stored and compared: letters and digits only, upper case, so that "PL 779-23-08-495" and
 * "pl7792308495" are one (applications' duplicate check, partner profiles). `field` names it in the refusal.
 */
export function normalizedTaxId(given: string, field = 'taxId'): string {
  const key = given.replace(/[\s.\-/]/g, '').toUpperCase();
  if (!/^[A-Z0-9]{4,20}$/.test(key)) throw new BadInput(field, 'must have 4 to 20 letters and digits');
  return key;
}
