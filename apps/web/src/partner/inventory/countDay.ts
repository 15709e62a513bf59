/** Today in the user's own calendar (YYYY-MM-DD): a count is of a day where the stock is, not of UTC's. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The API takes days from 2000 to today (with a day's grace for time zones); the form asks for no future day. */
export function countDayProblem(day: string): 'required' | 'future' | 'tooEarly' | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return 'required';
  if (day > today()) return 'future';
  if (day < '2000-01-01') return 'tooEarly';
  return null;
}
