/**
 * Nutrition's pure rules: what an amount of a food holds, day totals, whether a day is on target,
 * and the weekly compliance the trainer reads (no I/O; unit-tested in nutrition-rules.test.ts).
 */
import { GRAMS_PER_OUNCE, type EntryUnit, type Nutrients } from '../../../shared/nutrition';
import type { DayTargets } from '../../../shared/nutrition-targets';
import { addDays } from '../programs/schedule-rules';

export type Per100g = { kcal: number; proteinG: number; fatG: number; carbsG: number; fiberG: number | null };
export type Amount = { unit: EntryUnit; quantity: number; portionLabel: string | null };

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Grams for an amount, or null when the portion is not one of the food's. */
export function amountGrams(amount: Amount, portions: { label: string; grams: number }[]): number | null {
  if (amount.unit === 'g') return amount.quantity;
  if (amount.unit === 'oz') return amount.quantity * GRAMS_PER_OUNCE;
  const portion = portions.find((candidate) => candidate.label === amount.portionLabel);
  return portion ? amount.quantity * portion.grams : null;
}

/** What `grams` of a food holds, to one decimal (fibre unknown counts as none). */
export function nutrientsFor(food: Per100g, grams: number): Nutrients {
  const share = grams / 100;
  return {
    kcal: round1(food.kcal * share),
    proteinG: round1(food.proteinG * share),
    fatG: round1(food.fatG * share),
    carbsG: round1(food.carbsG * share),
    fiberG: round1((food.fiberG ?? 0) * share),
  };
}

export const ZERO: Nutrients = { kcal: 0, proteinG: 0, fatG: 0, carbsG: 0, fiberG: 0 };

export function sumNutrients(items: Nutrients[]): Nutrients {
  const total = items.reduce(
    (sum, item) => ({
      kcal: sum.kcal + item.kcal,
      proteinG: sum.proteinG + item.proteinG,
      fatG: sum.fatG + item.fatG,
      carbsG: sum.carbsG + item.carbsG,
      fiberG: (sum.fiberG ?? 0) + (item.fiberG ?? 0),
    }),
    ZERO,
  );
  return {
    kcal: round1(total.kcal),
    proteinG: round1(total.proteinG),
    fatG: round1(total.fatG),
    carbsG: round1(total.carbsG),
    fiberG: round1(total.fiberG ?? 0),
  };
}

export type Tolerance = { kcalPct: number; proteinPct: number };

/** On target: kcal within ± the trainer's tolerance and protein no further off than its tolerance. */
export function isOnTarget(day: Nutrients, target: Pick<DayTargets, 'kcal' | 'proteinG'>, tolerance: Tolerance): boolean {
  if (target.kcal <= 0) return false;
  const kcalOff = Math.abs(day.kcal - target.kcal) / target.kcal;
  const proteinOff = target.proteinG > 0 ? Math.abs(day.proteinG - target.proteinG) / target.proteinG : 0;
  return kcalOff <= tolerance.kcalPct / 100 + 1e-9 && proteinOff <= tolerance.proteinPct / 100 + 1e-9;
}

export type LoggedDay = Nutrients & { date: string };
export type WeekCompliance = {
  weekStart: string;
  daysLogged: number;
  daysOnTarget: number;
  average: Nutrients | null;
  target: DayTargets | null;
};

/**
 * Weeks from `firstWeekStart` to `lastWeekStart` (inclusive): days logged, days on target, and the
 * average over logged days (a day not logged is unknown, not zero). `targetFor(date)` gives the
 * day's target (training or rest day; null before any targets existed); paused days are skipped.
 */
export function weeklyCompliance(p: {
  days: LoggedDay[];
  firstWeekStart: string;
  lastWeekStart: string;
  targetFor: (date: string) => DayTargets | null;
  tolerance: Tolerance;
  isPaused?: (date: string) => boolean;
}): WeekCompliance[] {
  const byDate = new Map(p.days.map((day) => [day.date, day]));
  const weeks: WeekCompliance[] = [];
  for (let start = p.firstWeekStart; start <= p.lastWeekStart; start = addDays(start, 7)) {
    const logged: LoggedDay[] = [];
    let onTarget = 0;
    let target: DayTargets | null = null;
    for (let i = 0; i < 7; i++) {
      const date = addDays(start, i);
      if (p.isPaused?.(date)) continue;
      const dayTarget = p.targetFor(date);
      target = target ?? dayTarget;
      const day = byDate.get(date);
      if (!day) continue;
      logged.push(day);
      if (dayTarget && isOnTarget(day, dayTarget, p.tolerance)) onTarget++;
    }
    const total = sumNutrients(logged);
    const n = logged.length;
    weeks.push({
      weekStart: start,
      daysLogged: n,
      daysOnTarget: onTarget,
      average:
        n === 0
          ? null
          : {
              kcal: round1(total.kcal / n),
              proteinG: round1(total.proteinG / n),
              fatG: round1(total.fatG / n),
              carbsG: round1(total.carbsG / n),
              fiberG: round1((total.fiberG ?? 0) / n),
            },
      target,
    });
  }
  return weeks;
}

/** A week's average kcal this far off target (either way) is "far off" for needs-attention. */
export const FAR_OFF_SHARE = 0.2;
/** Fewer logged days than this say too little about a week to flag it. */
export const MIN_DAYS_TO_JUDGE = 3;

export function isFarOff(week: WeekCompliance): boolean {
  if (!week.average || !week.target || week.daysLogged < MIN_DAYS_TO_JUDGE || week.target.kcal <= 0) return false;
  return Math.abs(week.average.kcal - week.target.kcal) / week.target.kcal > FAR_OFF_SHARE;
}
