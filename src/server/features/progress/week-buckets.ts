import type { CHART_RANGES } from '../../../shared/progress';
import { addDays, startOfWeek } from '../programs/schedule-rules';

export type ChartRange = (typeof CHART_RANGES)[number];

/** Days a range reaches back, today included: every chart (body metrics too) uses these spans. */
export const RANGE_DAYS: Record<ChartRange, number | null> = { '4w': 28, '12w': 84, '6m': 183, '1y': 365, all: null };

/**
 * What a chart covers, in the client's calendar: `from` is the range's first day (null: all
 * time), `firstWeek` the week holding it, `thisWeek` the week holding today.
 */
export type ChartWindow = { today: string; from: string | null; firstWeek: string | null; thisWeek: string };

export function chartWindow(range: ChartRange, today: string, weekStartsOn: number): ChartWindow {
  const days = RANGE_DAYS[range];
  const from = days === null ? null : addDays(today, -(days - 1));
  return { today, from, firstWeek: from === null ? null : startOfWeek(from, weekStartsOn), thisWeek: startOfWeek(today, weekStartsOn) };
}

/** The settings keep ISO weekdays (7 = Sunday); charts answer 0 = Sunday … 6, as date-fns counts. */
export const chartWeekStart = (weekStartsOn: number) => weekStartsOn % 7;
