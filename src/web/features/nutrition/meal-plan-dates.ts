import { shiftDate } from './nutrition-format';

/*
 * Calendar days (YYYY-MM-DD) for putting a plan on dates: ranges, the week around a day, the
 * next few weeks to pick from. Whole days only, no time zones. Pure: tested in meal-plan-dates.test.ts.
 */

const toDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
};
const addDays = shiftDate;

/** Every day from `from` to `to`, both included (empty when `to` comes first). */
export function datesInRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to && out.length < 400; day = addDays(day, 1)) out.push(day);
  return out;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: string) => toDate(day).getUTCDay() || 7;

/** The first day of the week `day` is in, for a week starting on Monday (1) or Sunday (7). */
export function weekStart(day: string, weekStartsOn: 1 | 7): string {
  const weekday = isoWeekday(day);
  const back = weekStartsOn === 1 ? weekday - 1 : weekday % 7;
  return addDays(day, -back);
}

/** The rest of this week from `today` (today included): "every day this week". */
export function restOfWeek(today: string, weekStartsOn: 1 | 7): string[] {
  return datesInRange(today, addDays(weekStart(today, weekStartsOn), 6));
}

/** Whole weeks to pick days from, starting with the week of `today`. */
export function pickerWeeks(today: string, weekStartsOn: 1 | 7, weeks: number): string[][] {
  const first = weekStart(today, weekStartsOn);
  return Array.from({ length: weeks }, (_, week) => datesInRange(addDays(first, week * 7), addDays(first, week * 7 + 6)));
}

/** Today in a time zone (the client's day), as YYYY-MM-DD. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  }
}

const dayLabel = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
/** "Mon 3 Mar". */
export const formatPlanDay = (day: string) => dayLabel.format(toDate(day));

/** "Mon 3 Mar, Tue 4 Mar and 5 more" — a plan's upcoming days, short. */
export function summariseDates(days: string[], show = 2): string {
  if (days.length === 0) return 'Not on any upcoming day';
  const shown = days.slice(0, show).map(formatPlanDay).join(', ');
  return days.length > show ? `${shown} and ${days.length - show} more` : shown;
}
