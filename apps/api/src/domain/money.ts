import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { Matches } from 'class-validator';
import { BadInput } from './errors';

/** Money as the API shows it: integer minor units are stored, a decimal string is shown. */
@ObjectType()
export class Money {
  @Field({ description: 'ISO 4217 code.' })
  currency: string;

  @Field({ description: 'Decimal amount with a point, e.g. "1249.00".' })
  amount: string;

  @Field(() => Float, { description: 'Amount in minor units (cents), exact up to 2^53.' })
  amountMinor: number;
}

@InputType()
export class MoneyInput {
  @Field({ description: 'Decimal amount with a point and at most two decimals, e.g. "1249.00".' })
  @Matches(/^\d{1,13}(\.\d{1,2})?$/, { message: 'must be an amount like 1249.00' })
  amount: string;

  @Field({ description: 'ISO 4217 code, e.g. EUR, PLN, CZK, CNY.' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code' })
  currency: string;
}

export function money(minor: number | string, currency: string): Money {
  const value = Number(minor);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return { currency: currency.trim(), amountMinor: value, amount: `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}` };
}

/** "1249.5" -> 124950; names the field when the text is not an amount. */
export function parseAmount(field: string, text: string): number {
  const match = /^(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) throw new BadInput(field, 'must be an amount with at most two decimals, like 1249.00');
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

export const CURRENCY = /^[A-Z]{3}$/;
