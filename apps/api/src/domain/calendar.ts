import { BadInput } from './errors';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today in UTC, as YYYY-MM-DD: the day by which published documents apply. */
export function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A day as given (YYYY-MM-DD) that is a real day of the calendar, from 2000 to 2100 (BAD_USER_INPUT naming the field otherwise). */
export function calendarDay(field: string, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (!DAY.test(day) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) throw new BadInput(field, 'is not a day of the calendar');
  if (day < '2000-01-01' || day > '2100-12-31') throw new BadInput(field, 'must be from 2000 to 2100');
  return day;
}
