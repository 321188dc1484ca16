/** Minutes since midnight at `instant` in `timeZone` (DST-correct through Intl). */
export function localMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((part) => part.type === 'minute')?.value ?? 0);
  return hour * 60 + minute;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether `instant` falls in the window [start, end) of local time; windows may cross midnight. */
export function inLocalWindow(instant: Date, timeZone: string, start: string, end: string): boolean {
  const now = localMinutes(instant, timeZone);
  const from = toMinutes(start);
  const to = toMinutes(end);
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/** A client's night, when no automated message is sent (21:00–08:00 their time). */
export const NIGHT = { start: '21:00', end: '08:00' } as const;
