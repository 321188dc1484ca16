import type { Entry, Food, Nutrients } from '../../../shared/nutrition';

/*
 * Words and numbers of the food log: amounts as entered ("1 cup, chopped × 2", "150 g"), kcal and
 * grams rounded the way a label is, and how far a day is against its target.
 */

// Copies of shared/nutrition's constants: that module carries its zod schemas, and Today's first
// download imports this file. nutrition-format.test.ts keeps them equal.
export const GRAMS_PER_OUNCE = 28.349523125;
export const WATER_PRESETS_ML = [250, 500, 750] as const;
export const DEFAULT_MEALS = ['Breakfast', 'Lunch', 'Dinner', 'Snacks'] as const;

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const upToOne = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const upToTwo = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** "1,240" — kcal and ml are whole numbers. */
export const formatWhole = (value: number): string => whole.format(Math.round(value));
/** "12.5" — grams of a macro below 10 keep one decimal, above that whole. */
export const formatGrams = (value: number): string => (Math.abs(value) < 10 ? upToOne.format(value) : whole.format(Math.round(value)));

export type MacroKey = 'kcal' | 'proteinG' | 'carbsG' | 'fatG';
export const MACRO_LABELS: Record<MacroKey, string> = { kcal: 'kcal', proteinG: 'Protein', carbsG: 'Carbs', fatG: 'Fat' };
const UNIT: Record<MacroKey, string> = { kcal: 'kcal', proteinG: 'g', carbsG: 'g', fatG: 'g' };

/** How an eaten amount stands against a target: the share of the ring to fill, and what is left or over. */
export type Progress = { value: number; target: number | null; fraction: number; left: number | null; over: number };

export function progressOf(value: number, target: number | null | undefined): Progress {
  const safe = Math.max(0, value);
  if (!target || target <= 0) return { value: safe, target: null, fraction: 0, left: null, over: 0 };
  return { value: safe, target, fraction: safe / target, left: Math.max(0, target - safe), over: Math.max(0, safe - target) };
}

const format = (key: MacroKey, value: number) => (key === 'kcal' ? formatWhole(value) : formatGrams(value));

/** "1,240 of 2,100 kcal", "82 of 140 g protein", or "1,240 kcal" when there is no target. */
export function progressText(key: MacroKey, progress: Progress): string {
  const noun = key === 'kcal' ? 'kcal' : `g ${MACRO_LABELS[key].toLowerCase()}`;
  if (progress.target === null) return `${format(key, progress.value)} ${noun}`;
  const base = `${format(key, progress.value)} of ${format(key, progress.target)} ${noun}`;
  return progress.over > 0 ? `${base}, ${format(key, progress.over)} over` : base;
}

/** The short line under a ring: "58 g left", "12 g over", "On target". */
export function leftText(key: MacroKey, progress: Progress): string {
  if (progress.target === null) return `${format(key, progress.value)} ${UNIT[key]}`;
  if (progress.over > 0) return `${format(key, progress.over)} ${UNIT[key]} over`;
  if (progress.left !== null && progress.left < (key === 'kcal' ? 1 : 0.5)) return 'On target';
  return `${format(key, progress.left ?? 0)} ${UNIT[key]} left`;
}

/** "1 cup, chopped × 2", "1 cup, chopped", "150 g", "5.3 oz", or "Quick add" for a kcal-only entry. */
export function amountText(entry: Pick<Entry, 'unit' | 'quantity' | 'portionLabel'>): string {
  if (entry.unit === 'quick') return 'Quick add';
  if (entry.unit === 'g') return `${upToOne.format(entry.quantity)} g`;
  if (entry.unit === 'oz') return `${upToTwo.format(entry.quantity)} oz`;
  const label = entry.portionLabel ?? 'portion';
  return entry.quantity === 1 ? label : `${label} × ${upToTwo.format(entry.quantity)}`;
}

/** Grams in an amount of a food: g as is, oz converted, a portion by its weight. */
export function gramsOf(
  food: Pick<Food, 'portions'>,
  amount: { unit: 'g' | 'oz' | 'portion'; quantity: number; portionLabel: string | null },
) {
  if (amount.unit === 'g') return amount.quantity;
  if (amount.unit === 'oz') return amount.quantity * GRAMS_PER_OUNCE;
  const portion = food.portions.find((p) => p.label === amount.portionLabel);
  return portion ? portion.grams * amount.quantity : 0;
}

/** Nutrients of so many grams of a food (the live figures of the portion picker). */
export function nutrientsFor(food: Pick<Food, 'per100g'>, grams: number): Nutrients {
  const k = grams / 100;
  const fiber = food.per100g.fiberG;
  return {
    kcal: food.per100g.kcal * k,
    proteinG: food.per100g.proteinG * k,
    fatG: food.per100g.fatG * k,
    carbsG: food.per100g.carbsG * k,
    fiberG: fiber === null ? null : fiber * k,
  };
}

/** "P 31 · C 0 · F 3.6" — the compact macro line of a result or entry. */
export const macroLine = (n: Pick<Nutrients, 'proteinG' | 'carbsG' | 'fatG'>): string =>
  `P ${formatGrams(n.proteinG)} · C ${formatGrams(n.carbsG)} · F ${formatGrams(n.fatG)}`;

/** A day's totals with one entry added (or, with sign -1, taken away): the optimistic update. */
export function addNutrients(a: Nutrients, b: Nutrients, sign: 1 | -1 = 1): Nutrients {
  const fiber = a.fiberG === null && b.fiberG === null ? null : (a.fiberG ?? 0) + sign * (b.fiberG ?? 0);
  return {
    kcal: a.kcal + sign * b.kcal,
    proteinG: a.proteinG + sign * b.proteinG,
    fatG: a.fatG + sign * b.fatG,
    carbsG: a.carbsG + sign * b.carbsG,
    fiberG: fiber,
  };
}

export const ZERO_NUTRIENTS: Nutrients = { kcal: 0, proteinG: 0, fatG: 0, carbsG: 0, fiberG: null };

/** "1.5 L" from 1 L up, "750 ml" below. */
export const formatMl = (ml: number): string => (ml >= 1000 ? `${upToTwo.format(ml / 1000)} L` : `${formatWhole(ml)} ml`);

/** YYYY-MM-DD moved by whole days (calendar arithmetic, no time zones). */
export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "Today", "Yesterday", "Tomorrow", else "Mon 12 Mar". */
export function dayTitle(date: string, today: string): string {
  if (date === today) return 'Today';
  if (date === shiftDate(today, -1)) return 'Yesterday';
  if (date === shiftDate(today, 1)) return 'Tomorrow';
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/**
 * The portion people count in: "1 medium" banana, "1 large" egg, a serving, a slice or piece, then
 * ounces of meat; the first one USDA lists otherwise (it is often "1 cup, chopped").
 */
const NATURAL_PORTIONS = [
  /^1 medium\b/i,
  /\bserving\b/i,
  /^1 large\b/i,
  /^1 (slice|piece|breast|fillet|filet|thigh|drumstick|egg|fruit|bar|container|bottle|can|cookie|muffin|bagel|tortilla|pita)\b/i,
  /^0\.5 breast\b/i,
  /^[1-4] oz\b/i,
];
export function naturalPortion<T extends { label: string }>(portions: T[]): T | undefined {
  for (const pattern of NATURAL_PORTIONS) {
    const found = portions.find((portion) => pattern.test(portion.label));
    if (found) return found;
  }
  return portions[0];
}

/** A result's headline amount: its natural household portion ("1 medium · 118 g"), else 100 g. */
export function defaultPortionText(food: Pick<Food, 'portions' | 'per100g'>): { label: string; kcal: number } {
  const portion = naturalPortion(food.portions);
  if (!portion) return { label: '100 g', kcal: food.per100g.kcal };
  return { label: `${portion.label} · ${formatGrams(portion.grams)} g`, kcal: (food.per100g.kcal * portion.grams) / 100 };
}

export type AmountChoice = { unit: 'g' | 'oz' | 'portion'; quantity: number; portionLabel: string | null };

/** What the portion picker opens on: the amount last logged (if its portion still exists), else the natural portion, else 100 g. */
export function initialAmount(food: Pick<Food, 'portions'>, last: AmountChoice | undefined): AmountChoice {
  if (last && (last.unit !== 'portion' || food.portions.some((p) => p.label === last.portionLabel))) return last;
  const first = naturalPortion(food.portions);
  return first ? { unit: 'portion', quantity: 1, portionLabel: first.label } : { unit: 'g', quantity: 100, portionLabel: null };
}

/** The same amount in another unit (switching 1 cup to g shows its 140 g), rounded to what a stepper shows. */
export function convertAmount(food: Pick<Food, 'portions'>, from: AmountChoice, to: Omit<AmountChoice, 'quantity'>): AmountChoice {
  const grams = gramsOf(food, from);
  if (to.unit === 'g') return { ...to, quantity: Math.max(1, Math.round(grams)) };
  if (to.unit === 'oz') return { ...to, quantity: Math.max(0.1, Math.round((grams / GRAMS_PER_OUNCE) * 10) / 10) };
  return { ...to, quantity: 1 };
}
