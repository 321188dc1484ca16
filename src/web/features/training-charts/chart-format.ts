import type { Unit } from '../history/format';
import { formatShortDay } from '../metrics/units';

/* Words and numbers of the training charts, shared by the cards and their (lazy) canvases. */

/** "Week of 7 Dec" for a week's first day (YYYY-MM-DD). */
export const formatWeek = (week: string) => `Week of ${formatShortDay(week)}`;

/** "lower back" → "Lower back": a muscle group as the library names it, capitalised. */
export const muscleLabel = (muscle: string) => (muscle === 'other' ? 'Other' : muscle.charAt(0).toUpperCase() + muscle.slice(1));

const load = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/**
 * A load already in the viewer's unit, rounded as the records show it (a quarter kilo, half a
 * pound), so the chart and the records cards agree: "96.25".
 */
export const formatLoad = (value: number, unit: Unit) => {
  const step = unit === 'kg' ? 0.25 : 0.5;
  return load.format(Math.round(value / step) * step);
};
