import { addDays, addMonths, addWeeks, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';

/*
 * Calendar days are plain YYYY-MM-DD strings (the client's days, as the server computed them).
 * They are turned into local-midnight Dates only to do calendar arithmetic, never to compare times.
 */

export type CalendarView = 'month' | 'week';

export const toIso = (date: Date): string => format(date, 'yyyy-MM-dd');
export const fromIso = (iso: string): Date => parseISO(iso);

/** ISO weekday (1 = Monday, 7 = Sunday) → date-fns' weekStartsOn (0 = Sunday). */
const startsOn = (weekStartsOn: number): 0 | 1 => (weekStartsOn === 7 ? 0 : 1);

const days = (from: Date, to: Date): string[] => {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push(toIso(day));
  return out;
};

/** Whole weeks covering the anchor's month (35 or 42 days). */
export function monthGrid(anchor: string, weekStartsOn: number): string[] {
  const date = fromIso(anchor);
  const options = { weekStartsOn: startsOn(weekStartsOn) };
  return days(startOfWeek(startOfMonth(date), options), endOfWeek(endOfMonth(date), options));
}

export function weekDays(anchor: string, weekStartsOn: number): string[] {
  const options = { weekStartsOn: startsOn(weekStartsOn) };
  const date = fromIso(anchor);
  return days(startOfWeek(date, options), endOfWeek(date, options));
}

/** What to ask the server for before the week start is known: the view padded by six days each side (≤ 62 days). */
export function fetchRange(view: CalendarView, anchor: string): { from: string; to: string } {
  const date = fromIso(anchor);
  if (view === 'week') return { from: toIso(addDays(date, -6)), to: toIso(addDays(date, 6)) };
  return { from: toIso(addDays(startOfMonth(date), -6)), to: toIso(addDays(endOfMonth(date), 6)) };
}

export const shiftAnchor = (view: CalendarView, anchor: string, delta: number): string =>
  toIso(view === 'week' ? addWeeks(fromIso(anchor), delta) : addMonths(startOfMonth(fromIso(anchor)), delta));

export const monthTitle = (anchor: string) => format(fromIso(anchor), 'MMMM yyyy');

/** "16 – 22 Nov 2026", "29 Nov – 5 Dec 2026". */
export function weekTitle(days: string[]): string {
  const first = fromIso(days[0]!);
  const last = fromIso(days[days.length - 1]!);
  return first.getMonth() === last.getMonth()
    ? `${format(first, 'd')} – ${format(last, 'd MMM yyyy')}`
    : `${format(first, 'd MMM')} – ${format(last, 'd MMM yyyy')}`;
}

export const weekdayShort = (iso: string) => format(fromIso(iso), 'EEE');
export const dayNumber = (iso: string) => format(fromIso(iso), 'd');
export const dayLong = (iso: string) => format(fromIso(iso), 'EEEE d MMMM');
export const dayMedium = (iso: string) => format(fromIso(iso), 'EEE d MMM');
export const isSameMonthIso = (a: string, b: string) => a.slice(0, 7) === b.slice(0, 7);
