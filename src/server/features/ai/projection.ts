/**
 * Where a goal is heading, computed by code (pure): a least-squares line through the recent
 * readings, its slope's standard error, and the dates the goal is reached at the rate and at the
 * rate's 95 % bounds. The model only explains these numbers; it never makes them up.
 */
import type { GoalProjection } from '../../../shared/ai';
import { addDays } from '../programs/schedule-rules';

export type Reading = { date: string; value: number };
export type ProjectionGoal = {
  goalId: string;
  title: string;
  unit: string;
  target: number;
  deadline: string | null;
  achieved: boolean;
};

const DAY_MS = 86_400_000;
/** At least this many readings over at least two weeks, or the line says nothing. */
export const MIN_READINGS = 4;
export const MIN_SPAN_DAYS = 14;
/** Beyond this the projection is "not in sight" rather than a date years away. */
const HORIZON_DAYS = 730;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;

/** Slope per day and its standard error; null with fewer than three distinct days. */
export function fitLine(readings: Reading[]): { slope: number; intercept: number; slopeError: number } | null {
  const xs = readings.map((reading) => dayNumber(reading.date));
  const n = readings.length;
  if (n < 3) return null;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = readings.reduce((sum, reading) => sum + reading.value, 0) / n;
  const sxx = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
  if (sxx === 0) return null;
  const slope = readings.reduce((sum, reading, i) => sum + (xs[i]! - meanX) * (reading.value - meanY), 0) / sxx;
  const intercept = meanY - slope * meanX;
  const residuals = readings.reduce((sum, reading, i) => sum + (reading.value - (intercept + slope * xs[i]!)) ** 2, 0);
  const slopeError = Math.sqrt(residuals / (n - 2) / sxx);
  return { slope, intercept, slopeError };
}

/** Days to cover `remaining` at `perDay`, or null when that rate never gets there (in sight). */
const daysAt = (remaining: number, perDay: number) => {
  if (perDay === 0 || Math.sign(perDay) !== Math.sign(remaining)) return null;
  const days = remaining / perDay;
  // A hair over a whole day is floating-point noise, not another day.
  return days <= HORIZON_DAYS ? Math.ceil(days - 1e-6) : null;
};

export function projectGoal(goal: ProjectionGoal, readings: Reading[], today: string): GoalProjection {
  const sorted = [...readings].sort((a, b) => a.date.localeCompare(b.date));
  const current = sorted.at(-1)?.value ?? null;
  const base = { goalId: goal.goalId, title: goal.title, unit: goal.unit, current, target: goal.target };
  const none = { ratePerWeek: null, projectedDate: null, earliest: null, latest: null, plateau: false };
  if (goal.achieved) return { ...base, ...none, status: 'reached' };
  const span = sorted.length ? dayNumber(sorted.at(-1)!.date) - dayNumber(sorted[0]!.date) : 0;
  const fit = sorted.length >= MIN_READINGS && span >= MIN_SPAN_DAYS ? fitLine(sorted) : null;
  if (!fit || current === null) return { ...base, ...none, status: 'not_enough_data' };
  // From where the line is today (less noisy than the last reading) to the target.
  const fitted = fit.intercept + fit.slope * dayNumber(today);
  const remaining = goal.target - fitted;
  // A plateau: over the window the line cannot be told from flat (its 95 % range holds zero).
  const rate = { ratePerWeek: round(fit.slope * 7, 2), plateau: Math.abs(fit.slope) <= 1.96 * fit.slopeError };
  const days = daysAt(remaining, fit.slope);
  if (days === null) return { ...base, ...rate, projectedDate: null, earliest: null, latest: null, status: 'off_track' };
  // The 95 % bounds of the rate: the faster gives the earliest date, the slower the latest (or none).
  const fast = daysAt(remaining, fit.slope + Math.sign(fit.slope) * 1.96 * fit.slopeError);
  const slow = daysAt(remaining, fit.slope - Math.sign(fit.slope) * 1.96 * fit.slopeError);
  const projectedDate = addDays(today, days);
  const status = goal.deadline && projectedDate > goal.deadline ? 'off_track' : 'on_track';
  return {
    ...base,
    ...rate,
    projectedDate,
    earliest: fast === null ? null : addDays(today, fast),
    latest: slow === null ? null : addDays(today, slow),
    status,
  };
}
