import type { DayLog, Entry, LogFoodInput, Nutrients } from '../../../shared/nutrition';
import type { OutboxOp } from '../../lib/outbox';
import { addNutrients, DEFAULT_MEALS, ZERO_NUTRIENTS } from './nutrition-format';

/*
 * The day as the client sees it: the server's day with what is still waiting in the outbox laid
 * over it (foods logged on this phone, the water total), so a food shows the moment it is added,
 * online or not, and survives a reload before it has synced.
 */

/** What the phone knows about a food it logged, to draw the entry before the server has answered. */
export type FoodPreview = { name: string; nutrients: Nutrients; grams: number | null };

export type DayEntry = Entry & { isPending?: boolean };
export type DayMeal = { name: string; entries: DayEntry[]; totals: Nutrients };
export type DayView = Omit<DayLog, 'meals'> & { meals: DayMeal[]; isWaterPending: boolean; pendingCount: number };

export const entriesPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/nutrition/entries`;
export const waterPath = (clientId: string, date: string) => `/api/clients/${encodeURIComponent(clientId)}/nutrition/water/${date}`;
export const stepsPath = (clientId: string, date: string) => `/api/clients/${encodeURIComponent(clientId)}/nutrition/steps/${date}`;

/** Outbox kinds of the food log (the banner counts them as "changes"). */
export const FOOD_KIND = 'food-entry';
export const WATER_KIND = 'water';
export const STEPS_KIND = 'steps';
export const NUTRITION_KINDS: readonly string[] = [FOOD_KIND, WATER_KIND, STEPS_KIND];

/** One waiting op per tracker and day: a newer total replaces the one not yet sent. */
export const waterOpId = (clientId: string, date: string) => `water:${clientId}:${date}`;
export const stepsOpId = (clientId: string, date: string) => `steps:${clientId}:${date}`;

/** A day with nothing in it: what the page builds on when offline and the day was never loaded. */
export function emptyDay(clientId: string, date: string): DayLog {
  return {
    clientId,
    date,
    isTrainingDay: false,
    targets: null,
    meals: DEFAULT_MEALS.map((name) => ({ name, entries: [], totals: ZERO_NUTRIENTS })),
    totals: ZERO_NUTRIENTS,
    water: { ml: 0, targetMl: null },
    steps: { count: null, target: null },
    plan: null,
    comments: [],
    units: 'kg',
  };
}

/** A logged food as an entry of the day, from its request and the phone's preview. */
export function pendingEntry(input: LogFoodInput, preview: FoodPreview | undefined, createdAt: string): DayEntry {
  const quick = input.kind === 'quick';
  const nutrients: Nutrients = quick
    ? { kcal: input.kcal, proteinG: input.proteinG ?? 0, fatG: input.fatG ?? 0, carbsG: input.carbsG ?? 0, fiberG: null }
    : (preview?.nutrients ?? ZERO_NUTRIENTS);
  return {
    id: input.clientEntryId,
    clientEntryId: input.clientEntryId,
    date: input.date,
    meal: input.meal,
    foodId: quick ? null : input.foodId,
    name: quick ? (input.label ?? 'Quick add') : (preview?.name ?? 'Food'),
    unit: quick ? 'quick' : input.unit,
    portionLabel: quick ? null : (input.portionLabel ?? null),
    quantity: quick ? 1 : input.quantity,
    grams: quick ? null : (preview?.grams ?? null),
    ...nutrients,
    createdAt,
    isPending: true,
  };
}

/** Adds an entry to its meal (a new meal at the end if the day has no such meal), keeping totals right. */
export function withEntry<T extends { meals: DayMeal[]; totals: Nutrients }>(day: T, entry: DayEntry): T {
  const exists = day.meals.some((meal) => meal.entries.some((other) => other.clientEntryId === entry.clientEntryId));
  if (exists) return day;
  const meals = day.meals.some((meal) => meal.name === entry.meal)
    ? day.meals
    : [...day.meals, { name: entry.meal, entries: [], totals: ZERO_NUTRIENTS }];
  return {
    ...day,
    meals: meals.map((meal) =>
      meal.name === entry.meal ? { ...meal, entries: [...meal.entries, entry], totals: addNutrients(meal.totals, entry) } : meal,
    ),
    totals: addNutrients(day.totals, entry),
  };
}

/** Takes an entry out of its meal, keeping totals right. */
export function withoutEntry<T extends { meals: DayMeal[]; totals: Nutrients }>(day: T, entryId: string): T {
  const entry = day.meals.flatMap((meal) => meal.entries).find((other) => other.id === entryId);
  if (!entry) return day;
  return {
    ...day,
    meals: day.meals.map((meal) =>
      meal.name === entry.meal
        ? { ...meal, entries: meal.entries.filter((other) => other.id !== entryId), totals: addNutrients(meal.totals, entry, -1) }
        : meal,
    ),
    totals: addNutrients(day.totals, entry, -1),
  };
}

type Overlay = { clientId: string; date: string; ops: OutboxOp[]; previews: Record<string, FoodPreview> };

/** The server's day with this phone's waiting writes on top. */
export function mergePending(day: DayLog, { clientId, date, ops, previews }: Overlay): DayView {
  let view: DayView = { ...day, isWaterPending: false, pendingCount: 0 };
  for (const op of ops) {
    if (op.kind === FOOD_KIND && op.method === 'POST' && op.path === entriesPath(clientId)) {
      const input = op.body as LogFoodInput;
      if (input.date !== date) continue;
      view = withEntry(view, pendingEntry(input, previews[input.clientEntryId], op.createdAt));
      view.pendingCount += 1;
    } else if (op.kind === WATER_KIND && op.id === waterOpId(clientId, date)) {
      view = { ...view, water: { ...view.water, ml: (op.body as { ml: number }).ml }, isWaterPending: true };
      view.pendingCount += 1;
    } else if (op.kind === STEPS_KIND && op.id === stepsOpId(clientId, date)) {
      view = { ...view, steps: { ...view.steps, count: (op.body as { steps: number }).steps } };
      view.pendingCount += 1;
    }
  }
  return view;
}
