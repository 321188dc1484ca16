import type { NutritionWeeks } from '../../../shared/nutrition';

/*
 * Words and numbers of the weekly compliance card, shared by the card and its lazy canvas. Pure:
 * tested in compliance-format.test.ts.
 */

export type Week = NutritionWeeks['items'][number];

export const WEEK_RANGES = [
  { weeks: 4, label: '4W', long: '4 weeks' },
  { weeks: 12, label: '12W', long: '12 weeks' },
  { weeks: 26, label: '6M', long: '6 months' },
] as const;
export type WeekRange = (typeof WEEK_RANGES)[number]['weeks'];

/** ?weeks= from the URL: one of the ranges, else 12. */
export function weeksParam(raw: string | null): WeekRange {
  const n = Number(raw);
  return WEEK_RANGES.find((range) => range.weeks === n)?.weeks ?? 12;
}

export const rangeLong = (weeks: WeekRange) => WEEK_RANGES.find((range) => range.weeks === weeks)?.long ?? `${weeks} weeks`;

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** The average over logged days across weeks (each week weighted by its logged days). */
export function averageKcal(weeks: Week[]): number | null {
  const logged = weeks.reduce((sum, week) => sum + (week.average ? week.daysLogged : 0), 0);
  if (logged === 0) return null;
  return weeks.reduce((sum, week) => sum + (week.average ? week.average.kcal * week.daysLogged : 0), 0) / logged;
}

/** One or two sentences a screen reader hears instead of the chart. */
export function complianceSummary(weeks: Week[], range: WeekRange): string {
  const logged = weeks.reduce((sum, week) => sum + week.daysLogged, 0);
  const onTarget = weeks.reduce((sum, week) => sum + week.daysOnTarget, 0);
  if (logged === 0) return `No food logged over the last ${rangeLong(range)}.`;
  const average = averageKcal(weeks);
  const target = [...weeks].reverse().find((week) => week.target)?.target ?? null;
  const first = `Over the last ${rangeLong(range)}: food logged on ${days(logged)}, ${onTarget} of them on target.`;
  if (average === null) return first;
  return `${first} Average ${whole.format(average)} kcal a day${target ? ` against a ${whole.format(target.kcal)} kcal target` : ''}.`;
}

/** "2,050 / 2,100" — a weekly average against its target (a dash where there is none). */
export function versusText(average: number | null | undefined, target: number | null | undefined): string {
  const left = average === null || average === undefined ? '—' : whole.format(average);
  return target === null || target === undefined ? left : `${left} / ${whole.format(target)}`;
}

/** Enough to draw a trend: at least two weeks with food logged. */
export const hasTrend = (weeks: Week[]) => weeks.filter((week) => week.daysLogged > 0).length >= 2;
