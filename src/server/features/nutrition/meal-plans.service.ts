import type { z } from 'zod';
import type { AssignMealPlanSchema, MealPlan, SaveMealPlanSchema, ShoppingList } from '../../../shared/nutrition';
import type { Db, DbOrTx } from '../../db/client';
import type { MealPlanItem } from '../../db/schema';
import { actorRef, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { loadVisibleClient } from '../clients/client-access';
import { addDays, localDate } from '../programs/schedule-rules';
import { findFoodsByIds, type FoodRow } from './foods.repo';
import { amountGrams, nutrientsFor, sumNutrients } from './nutrition-rules';
import {
  assignPlanDays,
  deleteFuturePlanDays,
  deletePlanDay,
  findMealPlan,
  insertMealPlan,
  listMealPlans,
  planDays,
  updateMealPlan,
  upcomingPlanDates,
  type MealPlanRow,
} from './nutrition.repo';

export type MealPlansDeps = { db: Db; clock: Clock };

/** The longest range a shopping list covers (a month of plans). */
const MAX_SHOPPING_DAYS = 31;

function toMealPlan(row: MealPlanRow, foods: Map<string, FoodRow>, upcomingDates: string[]): MealPlan {
  const items = row.items.map((item) => {
    const food = foods.get(item.foodId);
    return {
      ...item,
      name: food?.name ?? 'Deleted food',
      group: food?.foodGroup ?? 'Other',
      ...(food ? nutrientsFor(food, item.grams) : { kcal: 0, proteinG: 0, fatG: 0, carbsG: 0, fiberG: 0 }),
    };
  });
  return {
    id: row.id,
    clientId: row.clientId,
    name: row.name,
    notes: row.notes,
    meals: row.meals,
    items,
    totals: sumNutrients(items),
    upcomingDates,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Every item's food must be one this client may eat from (shared or theirs), and its amount real. */
async function resolveItems(db: DbOrTx, clientId: string, input: z.output<typeof SaveMealPlanSchema>): Promise<MealPlanItem[]> {
  const foods = await findFoodsByIds(
    db,
    input.items.map((item) => item.foodId),
  );
  return input.items.map((item, index) => {
    const food = foods.get(item.foodId);
    if (!food || food.archivedAt || (food.ownerClientId !== null && food.ownerClientId !== clientId))
      throw AppError.field(`items.${index}.foodId`, 'There is no such food.');
    const grams = amountGrams(item, food.portions);
    if (grams === null) throw AppError.field(`items.${index}.portionLabel`, `Not a portion of ${food.name}.`);
    if (grams > 3000) throw AppError.field(`items.${index}.quantity`, 'More than 3 kg of one food: check the amount.');
    return {
      meal: item.meal,
      foodId: food.id,
      unit: item.unit,
      quantity: item.quantity,
      portionLabel: item.unit === 'portion' ? item.portionLabel : null,
      grams: Math.round(grams * 10) / 10,
    };
  });
}

async function present(db: DbOrTx, rows: MealPlanRow[], today: string): Promise<MealPlan[]> {
  const foods = await findFoodsByIds(
    db,
    rows.flatMap((row) => row.items.map((item) => item.foodId)),
  );
  const dates = await upcomingPlanDates(
    db,
    rows.map((row) => row.id),
    today,
  );
  return rows.map((row) => toMealPlan(row, foods, dates.get(row.id) ?? []));
}

export async function clientMealPlans(
  deps: MealPlansDeps,
  actor: Actor,
  clientId: string,
): Promise<{ items: MealPlan[]; days: { date: string; planId: string; planName: string }[] }> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const today = localDate(deps.clock.now(), client.timeZone);
  const rows = await listMealPlans(deps.db, clientId);
  return { items: await present(deps.db, rows, today), days: await planDays(deps.db, clientId, addDays(today, -7), addDays(today, 62)) };
}

async function loadPlan(deps: MealPlansDeps, actor: Actor, id: string) {
  const row = await findMealPlan(deps.db, id);
  if (!row || row.archivedAt || (actor.role === 'client' && row.clientId !== actor.clientId)) throw AppError.notFound('That meal plan');
  const client = await loadVisibleClient(deps.db, actor, row.clientId);
  return { row, today: localDate(deps.clock.now(), client.timeZone) };
}

export async function mealPlan(deps: MealPlansDeps, actor: Actor, id: string): Promise<MealPlan> {
  const { row, today } = await loadPlan(deps, actor, id);
  return (await present(deps.db, [row], today))[0]!;
}

/**
 * The trainer's builder saves the whole plan. (An AI draft, when AI is configured, arrives as the
 * same document in this builder for the trainer to edit: nothing is saved until they do.)
 */
export async function createMealPlan(
  deps: MealPlansDeps,
  actor: Actor,
  clientId: string,
  input: z.output<typeof SaveMealPlanSchema>,
): Promise<MealPlan> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const items = await resolveItems(deps.db, clientId, input);
  const row = await insertMealPlan(deps.db, { clientId, name: input.name, notes: input.notes, meals: input.meals, items });
  return (await present(deps.db, [row], localDate(deps.clock.now(), client.timeZone)))[0]!;
}

export async function changeMealPlan(
  deps: MealPlansDeps,
  actor: Actor,
  id: string,
  input: z.output<typeof SaveMealPlanSchema>,
): Promise<MealPlan> {
  const { row, today } = await loadPlan(deps, actor, id);
  const items = await resolveItems(deps.db, row.clientId, input);
  const updated = await updateMealPlan(deps.db, id, {
    name: input.name,
    notes: input.notes,
    meals: input.meals,
    items,
    updatedAt: deps.clock.now(),
  });
  return (await present(deps.db, [updated], today))[0]!;
}

/** Deleting a plan keeps past days' record (they were eaten) but clears it from today on. */
export async function archiveMealPlan(deps: MealPlansDeps, actor: Actor, id: string): Promise<void> {
  const { row, today } = await loadPlan(deps, actor, id);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateMealPlan(tx, id, { archivedAt: now });
    await deleteFuturePlanDays(tx, id, today);
    await recordAudit(tx, { ...actorRef(actor), action: 'meal_plan.delete', subjectType: 'meal_plan', subjectId: row.id, at: now });
  });
}

export async function assignMealPlan(
  deps: MealPlansDeps,
  actor: Actor,
  id: string,
  input: z.output<typeof AssignMealPlanSchema>,
): Promise<MealPlan> {
  const { row, today } = await loadPlan(deps, actor, id);
  await assignPlanDays(deps.db, row.clientId, id, [...new Set(input.dates)]);
  return (await present(deps.db, [row], today))[0]!;
}

export async function unassignMealPlanDay(deps: MealPlansDeps, actor: Actor, clientId: string, date: string): Promise<void> {
  await loadVisibleClient(deps.db, actor, clientId);
  if (!(await deletePlanDay(deps.db, clientId, date))) throw AppError.notFound('A meal plan on that day');
}

/** Everything the planned days need, by food group, quantities summed (grams, and on how many days). */
export async function shoppingList(
  deps: MealPlansDeps,
  actor: Actor,
  clientId: string,
  range: { from: string; to: string },
): Promise<ShoppingList> {
  await loadVisibleClient(deps.db, actor, clientId);
  if (range.to < range.from) throw AppError.field('to', 'The end comes before the start.');
  if (range.to > addDays(range.from, MAX_SHOPPING_DAYS - 1)) throw AppError.field('to', `At most ${MAX_SHOPPING_DAYS} days at once.`);
  const days = await planDays(deps.db, clientId, range.from, range.to);
  const plans = new Map<string, MealPlanRow>();
  for (const day of days) if (!plans.has(day.planId)) plans.set(day.planId, (await findMealPlan(deps.db, day.planId))!);
  const foods = await findFoodsByIds(
    deps.db,
    [...plans.values()].flatMap((plan) => plan.items.map((item) => item.foodId)),
  );
  const totals = new Map<string, { grams: number; days: Set<string> }>();
  for (const day of days)
    for (const item of plans.get(day.planId)?.items ?? []) {
      const entry = totals.get(item.foodId) ?? { grams: 0, days: new Set<string>() };
      entry.grams += item.grams;
      entry.days.add(day.date);
      totals.set(item.foodId, entry);
    }
  const groups = new Map<string, ShoppingList['groups'][number]['items']>();
  for (const [foodId, total] of totals) {
    const food = foods.get(foodId);
    const group = food?.foodGroup ?? 'Other';
    groups.set(group, [
      ...(groups.get(group) ?? []),
      { foodId, name: food?.name ?? 'Deleted food', grams: Math.round(total.grams), days: total.days.size },
    ]);
  }
  return {
    ...range,
    days: new Set(days.map((day) => day.date)).size,
    groups: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, items]) => ({ group, items: items.sort((a, b) => a.name.localeCompare(b.name)) })),
  };
}
