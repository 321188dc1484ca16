import type { z } from 'zod';
import {
  DEFAULT_MEALS,
  MAX_ENTRY_GRAMS,
  MAX_ENTRY_KCAL,
  type CopyEntriesSchema,
  type DayLog,
  type Entry,
  type LogFoodSchema,
  type UpdateEntrySchema,
} from '../../../shared/nutrition';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { loadVisibleClient } from '../clients/client-access';
import type { ClientRow } from '../clients/clients.repo';
import { addDays, localDate } from '../programs/schedule-rules';
import { findFood, type FoodRow } from './foods.repo';
import { loadUsableFood } from './foods.service';
import { amountGrams, nutrientsFor, sumNutrients, type Amount } from './nutrition-rules';
import {
  dayComments,
  deleteEntry,
  findEntry,
  findMealPlan,
  insertEntries,
  insertEntry,
  listDayEntries,
  listTargets,
  planDays,
  scheduledDates,
  updateEntry,
  type EntryRow,
} from './nutrition.repo';
import { dayTargets, targetsOn } from './targets.service';
import { ensureTracker, findTracker, setTrackerValue, trackerValue, type Tracker } from './trackers';

export type FoodLogDeps = { db: Db; clock: Clock };

/** How far ahead a day may be logged (planning tomorrow's breakfast is fine; next month is a typo). */
const MAX_DAYS_AHEAD = 7;

export function toEntry(row: EntryRow): Entry {
  return {
    id: row.id,
    clientEntryId: row.clientEntryId,
    date: row.date,
    meal: row.meal,
    foodId: row.foodId,
    name: row.name,
    unit: row.unit,
    portionLabel: row.portionLabel,
    quantity: row.quantity,
    grams: row.grams,
    kcal: row.kcal,
    proteinG: row.proteinG,
    fatG: row.fatG,
    carbsG: row.carbsG,
    fiberG: row.fiberG,
    createdAt: row.createdAt.toISOString(),
  };
}

function assertLoggableDate(client: ClientRow, date: string, now: Date) {
  if (date > addDays(localDate(now, client.timeZone), MAX_DAYS_AHEAD))
    throw AppError.field('date', `At most ${MAX_DAYS_AHEAD} days ahead.`);
}

/** Grams and nutrients for an amount of a food, refusing portions it lacks and impossible amounts. */
function measure(food: FoodRow, amount: Amount) {
  if (food.archivedAt) throw AppError.field('foodId', 'That food was deleted: choose another.');
  const grams = amountGrams(amount, food.portions);
  if (grams === null) throw AppError.field('portionLabel', `“${amount.portionLabel ?? ''}” is not a portion of ${food.name}.`);
  if (grams > MAX_ENTRY_GRAMS)
    throw AppError.field(
      'quantity',
      `That is ${Math.round(grams).toLocaleString('en')} g in one entry — at most ${MAX_ENTRY_GRAMS.toLocaleString('en')} g. Check the amount.`,
    );
  const nutrients = nutrientsFor(food, grams);
  if (nutrients.kcal > MAX_ENTRY_KCAL)
    throw AppError.field('quantity', `That is ${Math.round(nutrients.kcal).toLocaleString('en')} kcal in one entry. Check the amount.`);
  return { grams: Math.round(grams * 10) / 10, ...nutrients, fiberG: nutrients.fiberG ?? 0 };
}

async function foodForEntry(db: DbOrTx, actor: Actor, clientId: string, foodId: string): Promise<FoodRow> {
  try {
    return await loadUsableFood(db, actor, foodId, clientId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw AppError.field('foodId', 'There is no such food.');
    throw error;
  }
}

/** One entry (idempotent by clientEntryId: the offline outbox may send it twice). */
export async function logFood(deps: FoodLogDeps, actor: Actor, clientId: string, input: z.output<typeof LogFoodSchema>): Promise<Entry> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  assertLoggableDate(client, input.date, deps.clock.now());
  const base = { clientId, clientEntryId: input.clientEntryId, date: input.date, meal: input.meal, createdBy: actor.userId };
  if (input.kind === 'quick') {
    const row = await insertEntry(deps.db, {
      ...base,
      name: input.label,
      unit: 'quick',
      quantity: 1,
      grams: null,
      kcal: input.kcal,
      proteinG: input.proteinG,
      fatG: input.fatG,
      carbsG: input.carbsG,
      fiberG: 0,
    });
    return toEntry(row);
  }
  const food = await foodForEntry(deps.db, actor, clientId, input.foodId);
  const measured = measure(food, input);
  const row = await insertEntry(deps.db, {
    ...base,
    foodId: food.id,
    name: food.name,
    unit: input.unit,
    portionLabel: input.unit === 'portion' ? input.portionLabel : null,
    quantity: input.quantity,
    ...measured,
  });
  return toEntry(row);
}

async function loadEntry(deps: FoodLogDeps, actor: Actor, id: string) {
  const row = await findEntry(deps.db, id);
  if (!row || (actor.role === 'client' && row.clientId !== actor.clientId)) throw AppError.notFound('That entry');
  return row;
}

export async function changeEntry(deps: FoodLogDeps, actor: Actor, id: string, input: z.output<typeof UpdateEntrySchema>): Promise<Entry> {
  const row = await loadEntry(deps, actor, id);
  const now = deps.clock.now();
  if (row.unit === 'quick') {
    const patch = {
      meal: input.meal,
      name: input.label,
      kcal: input.kcal,
      proteinG: input.proteinG,
      fatG: input.fatG,
      carbsG: input.carbsG,
    };
    return toEntry(await updateEntry(deps.db, id, { ...patch, updatedAt: now }));
  }
  const amount: Amount = {
    unit: input.unit ?? row.unit,
    quantity: input.quantity ?? row.quantity,
    portionLabel: input.portionLabel !== undefined ? input.portionLabel : row.portionLabel,
  };
  const amountChanged = input.unit !== undefined || input.quantity !== undefined || input.portionLabel !== undefined;
  if (!amountChanged) return toEntry(await updateEntry(deps.db, id, { meal: input.meal, updatedAt: now }));
  const food = row.foodId ? await findFood(deps.db, row.foodId) : null;
  if (!food) throw new AppError('CONFLICT', 'That food no longer exists: delete the entry and log another.');
  const measured = measure({ ...food, archivedAt: null }, amount);
  const portionLabel = amount.unit === 'portion' ? amount.portionLabel : null;
  return toEntry(
    await updateEntry(deps.db, id, {
      meal: input.meal,
      unit: amount.unit,
      quantity: amount.quantity,
      portionLabel,
      ...measured,
      updatedAt: now,
    }),
  );
}

export async function removeEntry(deps: FoodLogDeps, actor: Actor, id: string): Promise<void> {
  await loadEntry(deps, actor, id);
  await deleteEntry(deps.db, id);
}

/** Copies a meal or a whole day to another day (or meal): yesterday's breakfast again in one tap. */
export async function copyEntries(
  deps: FoodLogDeps,
  actor: Actor,
  clientId: string,
  input: z.output<typeof CopyEntriesSchema>,
): Promise<DayLog> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  assertLoggableDate(client, input.toDate, deps.clock.now());
  const source = await listDayEntries(deps.db, clientId, input.fromDate, input.meal);
  if (source.length === 0) throw AppError.field(input.meal ? 'meal' : 'fromDate', 'There is nothing logged there to copy.');
  await insertEntries(
    deps.db,
    source.map(({ id: _id, clientEntryId: _entry, createdAt: _created, updatedAt: _updated, ...entry }) => ({
      ...entry,
      clientEntryId: crypto.randomUUID(),
      date: input.toDate,
      meal: input.toMeal ?? entry.meal,
      createdBy: actor.userId,
    })),
  );
  return foodDay(deps, actor, clientId, input.toDate);
}

/** A day of the food log: meals (the plan's names, else the defaults), totals, targets, water, steps, comments. */
export async function foodDay(deps: FoodLogDeps, actor: Actor, clientId: string, date: string): Promise<DayLog> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const [entries, history, training, plan, comments, water, steps] = await Promise.all([
    listDayEntries(deps.db, clientId, date),
    listTargets(deps.db, clientId),
    scheduledDates(deps.db, clientId, date, date),
    planDays(deps.db, clientId, date, date),
    dayComments(deps.db, clientId, date),
    findTracker(deps.db, clientId, 'water'),
    findTracker(deps.db, clientId, 'steps'),
  ]);
  const planRow = plan[0] ? await findMealPlan(deps.db, plan[0].planId) : null;
  const mealNames = [...(planRow?.meals ?? DEFAULT_MEALS)];
  for (const entry of entries) if (!mealNames.includes(entry.meal)) mealNames.push(entry.meal);
  const isTrainingDay = training.has(date);
  const targets = dayTargets(targetsOn(history, date, client.timeZone), isTrainingDay);
  const meals = mealNames.map((name) => {
    const mealEntries = entries.filter((entry) => entry.meal === name).map(toEntry);
    return { name, entries: mealEntries, totals: sumNutrients(mealEntries) };
  });
  return {
    clientId,
    date,
    isTrainingDay,
    targets,
    meals,
    totals: sumNutrients(entries),
    water: { ml: (await trackerValue(deps.db, water?.id, date)) ?? 0, targetMl: targets?.waterMl ?? water?.target ?? null },
    steps: { count: await trackerValue(deps.db, steps?.id, date), target: steps?.target ?? null },
    plan: planRow ? { id: planRow.id, name: planRow.name } : null,
    comments: comments.map((comment) => ({
      id: comment.id,
      body: comment.body ?? '',
      authorName: comment.authorName ?? (comment.senderRole === 'trainer' ? 'Your coach' : client.name),
      fromTrainer: comment.senderRole === 'trainer',
      at: comment.at.toISOString(),
    })),
    units: client.units,
  };
}

/** Water (ml) or steps for a day, through the habit tracker; the value is the day's total (idempotent). */
export async function setTracker(deps: FoodLogDeps, actor: Actor, p: { clientId: string; tracker: Tracker; date: string; value: number }) {
  const client = await loadVisibleClient(deps.db, actor, p.clientId);
  const now = deps.clock.now();
  assertLoggableDate(client, p.date, now);
  if (p.date > localDate(now, client.timeZone)) throw AppError.field('date', 'Not a day in the future.');
  const habit = await ensureTracker(deps.db, {
    clientId: p.clientId,
    tracker: p.tracker,
    target: null,
    today: localDate(now, client.timeZone),
  });
  await setTrackerValue(deps.db, habit, p.date, p.value, now);
  return { date: p.date, value: p.value };
}
