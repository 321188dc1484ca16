import { and, asc, between, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { arrayParam, queryRows, type DbOrTx } from '../../db/client';
import { foodLogEntries, mealPlanDays, mealPlans, messages, nutritionTargets, scheduledWorkouts, user } from '../../db/schema';

export type EntryRow = typeof foodLogEntries.$inferSelect;
export type NewEntryRow = typeof foodLogEntries.$inferInsert;
export type TargetsRow = typeof nutritionTargets.$inferSelect;
export type MealPlanRow = typeof mealPlans.$inferSelect;

/** Saves an entry once: a retried offline save (same client_entry_id) returns the first one. */
export async function insertEntry(db: DbOrTx, values: NewEntryRow): Promise<EntryRow> {
  const [row] = await db.insert(foodLogEntries).values(values).onConflictDoNothing().returning();
  if (row) return row;
  const [existing] = await db
    .select()
    .from(foodLogEntries)
    .where(and(eq(foodLogEntries.clientId, values.clientId), eq(foodLogEntries.clientEntryId, values.clientEntryId)));
  return existing!;
}

export async function insertEntries(db: DbOrTx, values: NewEntryRow[]): Promise<EntryRow[]> {
  if (values.length === 0) return [];
  return db.insert(foodLogEntries).values(values).onConflictDoNothing().returning();
}

export async function findEntry(db: DbOrTx, id: string): Promise<EntryRow | null> {
  const [row] = await db.select().from(foodLogEntries).where(eq(foodLogEntries.id, id));
  return row ?? null;
}

export async function updateEntry(db: DbOrTx, id: string, values: Partial<NewEntryRow>): Promise<EntryRow> {
  const [row] = await db.update(foodLogEntries).set(values).where(eq(foodLogEntries.id, id)).returning();
  return row!;
}

export async function deleteEntry(db: DbOrTx, id: string): Promise<void> {
  await db.delete(foodLogEntries).where(eq(foodLogEntries.id, id));
}

export async function listDayEntries(db: DbOrTx, clientId: string, date: string, meal?: string | null): Promise<EntryRow[]> {
  return db
    .select()
    .from(foodLogEntries)
    .where(and(eq(foodLogEntries.clientId, clientId), eq(foodLogEntries.date, date), meal ? eq(foodLogEntries.meal, meal) : undefined))
    .orderBy(asc(foodLogEntries.createdAt), asc(foodLogEntries.id));
}

/** Totals per logged day in a range (days with nothing logged are absent). */
export async function dailyTotals(
  db: DbOrTx,
  clientId: string,
  from: string,
  to: string,
): Promise<{ date: string; kcal: number; proteinG: number; fatG: number; carbsG: number; fiberG: number }[]> {
  return queryRows(
    db,
    sql`select to_char(date, 'YYYY-MM-DD') as date, sum(kcal)::float8 as kcal, sum(protein_g)::float8 as "proteinG",
          sum(fat_g)::float8 as "fatG", sum(carbs_g)::float8 as "carbsG", sum(fiber_g)::float8 as "fiberG"
        from food_log_entries where client_id = ${clientId} and date between ${from} and ${to}
        group by date order by date`,
  );
}

/** The newest day each client logged anything (for needs-attention). */
export async function lastLoggedDays(db: DbOrTx, clientIds: string[]): Promise<Map<string, string>> {
  if (clientIds.length === 0) return new Map();
  const rows = await queryRows<{ clientId: string; date: string }>(
    db,
    sql`select client_id as "clientId", to_char(max(date), 'YYYY-MM-DD') as date from food_log_entries
        where client_id = any(${arrayParam(clientIds, 'uuid')}) group by client_id`,
  );
  return new Map(rows.map((row) => [row.clientId, row.date]));
}

export async function scheduledDates(db: DbOrTx, clientId: string, from: string, to: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ date: scheduledWorkouts.date })
    .from(scheduledWorkouts)
    .where(and(eq(scheduledWorkouts.clientId, clientId), between(scheduledWorkouts.date, from, to)));
  return new Set(rows.map((row) => row.date));
}

export async function insertTargets(db: DbOrTx, values: typeof nutritionTargets.$inferInsert): Promise<TargetsRow> {
  const [row] = await db.insert(nutritionTargets).values(values).returning();
  return row!;
}

export async function listTargets(db: DbOrTx, clientId: string, limit = 50): Promise<(TargetsRow & { createdByName: string | null })[]> {
  const rows = await db
    .select({ row: nutritionTargets, createdByName: user.name })
    .from(nutritionTargets)
    .leftJoin(user, eq(user.id, nutritionTargets.createdBy))
    .where(eq(nutritionTargets.clientId, clientId))
    .orderBy(desc(nutritionTargets.createdAt), desc(nutritionTargets.id))
    .limit(limit);
  return rows.map(({ row, createdByName }) => ({ ...row, createdByName }));
}

/** The targets in force on each of several clients (the newest row each). */
export async function currentTargets(db: DbOrTx, clientIds: string[]): Promise<Map<string, TargetsRow>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([nutritionTargets.clientId])
    .from(nutritionTargets)
    .where(inArray(nutritionTargets.clientId, clientIds))
    .orderBy(nutritionTargets.clientId, desc(nutritionTargets.createdAt), desc(nutritionTargets.id));
  return new Map(rows.map((row) => [row.clientId, row]));
}

/** The trainer's comments and the client's replies about one day of the food log. */
export async function dayComments(db: DbOrTx, clientId: string, date: string) {
  return db
    .select({ id: messages.id, body: messages.body, senderRole: messages.senderRole, authorName: user.name, at: messages.createdAt })
    .from(messages)
    .leftJoin(user, eq(user.id, messages.senderId))
    .where(
      and(eq(messages.clientId, clientId), eq(messages.subjectType, 'food_day'), eq(messages.subjectId, date), isNull(messages.deletedAt)),
    )
    .orderBy(asc(messages.createdAt));
}

export async function insertMealPlan(db: DbOrTx, values: typeof mealPlans.$inferInsert): Promise<MealPlanRow> {
  const [row] = await db.insert(mealPlans).values(values).returning();
  return row!;
}

export async function updateMealPlan(db: DbOrTx, id: string, values: Partial<typeof mealPlans.$inferInsert>): Promise<MealPlanRow> {
  const [row] = await db.update(mealPlans).set(values).where(eq(mealPlans.id, id)).returning();
  return row!;
}

export async function findMealPlan(db: DbOrTx, id: string): Promise<MealPlanRow | null> {
  const [row] = await db.select().from(mealPlans).where(eq(mealPlans.id, id));
  return row ?? null;
}

export async function listMealPlans(db: DbOrTx, clientId: string): Promise<MealPlanRow[]> {
  return db
    .select()
    .from(mealPlans)
    .where(and(eq(mealPlans.clientId, clientId), isNull(mealPlans.archivedAt)))
    .orderBy(asc(mealPlans.name), asc(mealPlans.id));
}

export async function assignPlanDays(db: DbOrTx, clientId: string, planId: string, dates: string[]): Promise<void> {
  await db
    .insert(mealPlanDays)
    .values(dates.map((date) => ({ clientId, date, planId })))
    .onConflictDoUpdate({ target: [mealPlanDays.clientId, mealPlanDays.date], set: { planId: sql`excluded.plan_id` } });
}

export async function deletePlanDay(db: DbOrTx, clientId: string, date: string): Promise<boolean> {
  const rows = await db
    .delete(mealPlanDays)
    .where(and(eq(mealPlanDays.clientId, clientId), eq(mealPlanDays.date, date)))
    .returning({ date: mealPlanDays.date });
  return rows.length > 0;
}

export async function deleteFuturePlanDays(db: DbOrTx, planId: string, from: string): Promise<void> {
  await db.delete(mealPlanDays).where(and(eq(mealPlanDays.planId, planId), gte(mealPlanDays.date, from)));
}

export async function planDays(db: DbOrTx, clientId: string, from: string, to: string) {
  return db
    .select({ date: mealPlanDays.date, planId: mealPlanDays.planId, planName: mealPlans.name })
    .from(mealPlanDays)
    .innerJoin(mealPlans, eq(mealPlans.id, mealPlanDays.planId))
    .where(and(eq(mealPlanDays.clientId, clientId), gte(mealPlanDays.date, from), lte(mealPlanDays.date, to)))
    .orderBy(asc(mealPlanDays.date));
}

export async function upcomingPlanDates(db: DbOrTx, planIds: string[], from: string): Promise<Map<string, string[]>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .select({ planId: mealPlanDays.planId, date: mealPlanDays.date })
    .from(mealPlanDays)
    .where(and(inArray(mealPlanDays.planId, planIds), gte(mealPlanDays.date, from)))
    .orderBy(asc(mealPlanDays.date));
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.planId, [...(map.get(row.planId) ?? []), row.date]);
  return map;
}

/** The newest body weight (kg) and body fat (%) the client has, for the targets calculator. */
export async function latestBodyFigures(db: DbOrTx, clientId: string): Promise<{ weightKg: number | null; bodyFatPct: number | null }> {
  const rows = await queryRows<{ metric: string; value: number }>(
    db,
    sql`select distinct on (metric) metric, base_value::float8 as value from body_measurements
        where client_id = ${clientId} and metric in ('weight', 'body_fat') order by metric, date desc`,
  );
  const value = (metric: string) => rows.find((row) => row.metric === metric)?.value ?? null;
  return { weightKg: value('weight'), bodyFatPct: value('body_fat') };
}
