/*
 * Day names for the client's screens, from the YYYY-MM-DD days the server sends (already the
 * client's own days). Intl, not date-fns, keeps the Today screen's first download small.
 */

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const weekdayDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const weekdayLong = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });

export const addDaysIso = (iso: string, days: number): string => {
  const date = at(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** "Today", "Tomorrow", "Wednesday" within the week, else "Wed 18 Nov". */
export function relativeDay(iso: string, today: string): string {
  if (iso === today) return 'Today';
  if (iso === addDaysIso(today, 1)) return 'Tomorrow';
  if (iso > today && iso <= addDaysIso(today, 6)) return weekdayLong.format(at(iso));
  return weekdayDay.format(at(iso));
}

export const shortDay = (iso: string): string => weekdayDay.format(at(iso));
