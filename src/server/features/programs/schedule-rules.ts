/**
 * Calendar rules, pure and shared by every place that needs a client's day. Dates are local
 * calendar dates ('YYYY-MM-DD') in the client's time zone, so daylight-saving changes never move
 * a workout; date arithmetic happens on UTC midnights, where every day has 24 hours.
 */

const DAY_MS = 86_400_000;
const toUtc = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The calendar date it is at `instant` in `timeZone` (e.g. a client's "today"). */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The first day of the week containing `date`, for a week starting on `weekStartsOn`. */
export function startOfWeek(date: string, weekStartsOn: number): string {
  return addDays(date, -((isoWeekday(date) - weekStartsOn + 7) % 7));
}

/**
 * Where workout `order` of program week `week` falls: week w begins `7·(w−1)` days after the
 * start date, and the workout goes on the first day from there that is its chosen weekday.
 */
export function scheduledDate(startDate: string, week: number, weekday: number): string {
  const weekBegins = addDays(startDate, 7 * (week - 1));
  return addDays(weekBegins, (weekday - isoWeekday(weekBegins) + 7) % 7);
}

/** A scheduled workout whose day has passed without being done or skipped counts as missed. */
export function effectiveStatus(
  stored: 'scheduled' | 'completed' | 'skipped',
  date: string,
  today: string,
): 'scheduled' | 'completed' | 'skipped' | 'missed' {
  return stored === 'scheduled' && date < today ? 'missed' : stored;
}

/** The instant a calendar day begins in `timeZone` (its local midnight; DST-safe). */
export function zonedMidnight(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  const offsetAt = (instant: Date) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(instant);
    const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant.getTime();
  };
  // Two passes: the offset at the first guess may differ from the offset at the real midnight.
  const first = new Date(guess.getTime() - offsetAt(guess));
  return new Date(guess.getTime() - offsetAt(first));
}
