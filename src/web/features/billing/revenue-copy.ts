import type { Revenue } from './queries';

const monthNames = new Map<string, Intl.DateTimeFormat>();

/** "2025-03" → "Mar 2025" (or "Mar" with `short`), in the viewer's locale. */
export function monthLabel(month: string, options: { short?: boolean; locale?: string } = {}): string {
  const [year, index] = month.split('-').map(Number);
  const key = `${options.locale ?? ''}|${options.short ? 's' : 'l'}`;
  let format = monthNames.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(options.locale, options.short ? { month: 'short' } : { month: 'short', year: 'numeric' });
    monthNames.set(key, format);
  }
  return format.format(new Date(year ?? 1970, (index ?? 1) - 1, 1));
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the new-vs-churned chart shows, in one sentence (for screen readers and under the chart). */
export function monthsSummary(months: Revenue['months']): string {
  const started = months.reduce((sum, month) => sum + month.started, 0);
  const churned = months.reduce((sum, month) => sum + month.churned, 0);
  const last = months.at(-1);
  const net = started - churned;
  const overall = `${count(started, 'new subscription', 'new subscriptions')} and ${churned} churned over ${count(months.length, 'month', 'months')} (net ${net > 0 ? '+' : ''}${net})`;
  return last ? `${overall}; ${monthLabel(last.month)} so far: ${last.started} new, ${last.churned} churned.` : `${overall}.`;
}

/** Lifetime revenue, biggest first; ties by name so the order never jumps. */
export const sortLifetime = (rows: Revenue['lifetime']) =>
  [...rows].sort((a, b) => b.cents - a.cents || a.clientName.localeCompare(b.clientName));

/** Nothing has ever happened: no subscriptions, no payments, no months with movement. */
export const revenueIsEmpty = (revenue: Revenue) =>
  revenue.mrr.length === 0 &&
  revenue.lifetime.length === 0 &&
  revenue.failedPayments.length === 0 &&
  revenue.months.every((month) => month.started === 0 && month.churned === 0);
