import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';
import { checkinForms, checkins, checkinSchedules, clientProfiles, habitLogs, habits, messages } from '../../db/schema';

export type FormRow = typeof checkinForms.$inferSelect;
export type ScheduleRow = typeof checkinSchedules.$inferSelect;
export type CheckinRow = typeof checkins.$inferSelect;
export type HabitRow = typeof habits.$inferSelect;

// ---- forms ---------------------------------------------------------------------------------

export async function listForms(db: DbOrTx): Promise<Array<FormRow & { schedules: number }>> {
  const rows = await db
    .select({
      form: checkinForms,
      schedules: sql<number>`(select count(*)::int from checkin_schedules s where s.form_id = checkin_forms.id and s.ended_at is null)`,
    })
    .from(checkinForms)
    .orderBy(asc(checkinForms.name));
  return rows.map((row) => ({ ...row.form, schedules: Number(row.schedules) }));
}

export async function findForm(db: DbOrTx, id: string): Promise<FormRow | null> {
  const [row] = await db.select().from(checkinForms).where(eq(checkinForms.id, id));
  return row ?? null;
}

export async function insertForm(db: DbOrTx, values: typeof checkinForms.$inferInsert): Promise<FormRow> {
  const [row] = await db.insert(checkinForms).values(values).returning();
  return row!;
}

export async function updateForm(db: DbOrTx, id: string, patch: Partial<typeof checkinForms.$inferInsert>): Promise<FormRow | null> {
  const [row] = await db.update(checkinForms).set(patch).where(eq(checkinForms.id, id)).returning();
  return row ?? null;
}

// ---- schedules -----------------------------------------------------------------------------

export type ScheduleWithForm = ScheduleRow & { form: FormRow };

export async function insertSchedule(db: DbOrTx, values: typeof checkinSchedules.$inferInsert): Promise<ScheduleRow> {
  const [row] = await db.insert(checkinSchedules).values(values).returning();
  return row!;
}

export async function findSchedule(db: DbOrTx, id: string): Promise<ScheduleWithForm | null> {
  const [row] = await db
    .select({ schedule: checkinSchedules, form: checkinForms })
    .from(checkinSchedules)
    .innerJoin(checkinForms, eq(checkinForms.id, checkinSchedules.formId))
    .where(eq(checkinSchedules.id, id));
  return row ? { ...row.schedule, form: row.form } : null;
}

/** Schedules that apply to a client (their own and the all-clients ones), still running, with live forms. */
export async function schedulesFor(db: DbOrTx, clientId: string | null): Promise<ScheduleWithForm[]> {
  const rows = await db
    .select({ schedule: checkinSchedules, form: checkinForms })
    .from(checkinSchedules)
    .innerJoin(checkinForms, eq(checkinForms.id, checkinSchedules.formId))
    .where(
      and(
        isNull(checkinSchedules.endedAt),
        isNull(checkinForms.archivedAt),
        clientId ? or(eq(checkinSchedules.clientId, clientId), isNull(checkinSchedules.clientId)) : undefined,
      ),
    )
    .orderBy(asc(checkinSchedules.createdAt));
  return rows.map((row) => ({ ...row.schedule, form: row.form }));
}

export async function endSchedule(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(checkinSchedules).set({ endedAt: at }).where(eq(checkinSchedules.id, id));
}

// ---- check-ins -----------------------------------------------------------------------------

/** Inserts a submission; null when that occurrence was already submitted (the unique key). */
export async function insertCheckin(db: DbOrTx, values: typeof checkins.$inferInsert): Promise<CheckinRow | null> {
  const [row] = await db.insert(checkins).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function findCheckin(db: DbOrTx, id: string): Promise<CheckinRow | null> {
  const [row] = await db.select().from(checkins).where(eq(checkins.id, id));
  return row ?? null;
}

export async function submittedFor(db: DbOrTx, clientId: string, keys: Array<{ scheduleId: string; dueDate: string }>) {
  if (keys.length === 0) return [];
  return db
    .select()
    .from(checkins)
    .where(
      and(
        eq(checkins.clientId, clientId),
        or(...keys.map((key) => and(eq(checkins.scheduleId, key.scheduleId), eq(checkins.dueDate, key.dueDate)))),
      ),
    );
}

/** Which of these occurrences were sent: "client:schedule:due" keys. */
export async function sentOccurrences(
  db: DbOrTx,
  keys: Array<{ clientId: string; scheduleId: string; dueDate: string }>,
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const earliest = keys.reduce((min, key) => (key.dueDate < min ? key.dueDate : min), keys[0]!.dueDate);
  const rows = await db
    .select({ clientId: checkins.clientId, scheduleId: checkins.scheduleId, dueDate: checkins.dueDate })
    .from(checkins)
    .where(gte(checkins.dueDate, earliest));
  return new Set(rows.map((row) => `${row.clientId}:${row.scheduleId}:${row.dueDate}`));
}

export async function listClientCheckins(db: DbOrTx, clientId: string, limit: number): Promise<CheckinRow[]> {
  return db.select().from(checkins).where(eq(checkins.clientId, clientId)).orderBy(desc(checkins.submittedAt)).limit(limit);
}

/** The same client's previous answers to the same form (for "what changed"). */
export async function previousCheckin(db: DbOrTx, row: CheckinRow): Promise<CheckinRow | null> {
  const [previous] = await db
    .select()
    .from(checkins)
    .where(and(eq(checkins.clientId, row.clientId), eq(checkins.formId, row.formId), lt(checkins.submittedAt, row.submittedAt)))
    .orderBy(desc(checkins.submittedAt))
    .limit(1);
  return previous ?? null;
}

export async function reviewQueue(db: DbOrTx) {
  return db
    .select({ checkin: checkins, clientName: clientProfiles.name })
    .from(checkins)
    .innerJoin(clientProfiles, eq(clientProfiles.id, checkins.clientId))
    .where(and(isNull(checkins.reviewedAt), inArray(clientProfiles.status, ['active', 'paused'])))
    .orderBy(asc(checkins.submittedAt));
}

/** Marks reviewed once: null when someone already did. */
export async function markReviewed(db: DbOrTx, id: string, by: string, at: Date, replyMessageId: string | null) {
  const [row] = await db
    .update(checkins)
    .set({ reviewedAt: at, reviewedBy: by, replyMessageId })
    .where(and(eq(checkins.id, id), isNull(checkins.reviewedAt)))
    .returning();
  return row ?? null;
}

export async function replyBodies(db: DbOrTx, messageIds: string[]): Promise<Map<string, { body: string | null; at: Date }>> {
  if (messageIds.length === 0) return new Map();
  const rows = await db
    .select({ id: messages.id, body: messages.body, at: messages.createdAt })
    .from(messages)
    .where(inArray(messages.id, messageIds));
  return new Map(rows.map((row) => [row.id, { body: row.body, at: row.at }]));
}

/** Milliseconds from submission to review, for reviews in the window. */
export async function reviewDelays(db: DbOrTx, since: Date): Promise<number[]> {
  const rows = await queryRows<{ ms: unknown }>(
    db,
    sql`select extract(epoch from (reviewed_at - submitted_at)) * 1000 as ms
          from checkins where reviewed_at is not null and reviewed_at >= ${since.toISOString()}::timestamptz`,
  );
  return rows.map((row) => Number(row.ms));
}

// ---- habits --------------------------------------------------------------------------------

export async function listHabits(db: DbOrTx, clientId: string, includeArchived: boolean): Promise<HabitRow[]> {
  return db
    .select()
    .from(habits)
    .where(and(eq(habits.clientId, clientId), includeArchived ? undefined : isNull(habits.archivedAt)))
    .orderBy(asc(habits.createdAt));
}

export async function findHabit(db: DbOrTx, id: string): Promise<HabitRow | null> {
  const [row] = await db.select().from(habits).where(eq(habits.id, id));
  return row ?? null;
}

export async function insertHabit(db: DbOrTx, values: typeof habits.$inferInsert): Promise<HabitRow> {
  const [row] = await db.insert(habits).values(values).returning();
  return row!;
}

export async function updateHabit(db: DbOrTx, id: string, patch: Partial<typeof habits.$inferInsert>): Promise<HabitRow | null> {
  const [row] = await db.update(habits).set(patch).where(eq(habits.id, id)).returning();
  return row ?? null;
}

export async function deleteHabit(db: DbOrTx, id: string): Promise<void> {
  await db.delete(habits).where(eq(habits.id, id));
}

/** Logs since `from` for the given habits: habitId → (date → value). */
export async function habitLogsSince(db: DbOrTx, habitIds: string[], from: string): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>(habitIds.map((id) => [id, new Map()]));
  if (habitIds.length === 0) return out;
  const rows = await db
    .select({ habitId: habitLogs.habitId, date: habitLogs.date, value: habitLogs.value })
    .from(habitLogs)
    .where(and(inArray(habitLogs.habitId, habitIds), gte(habitLogs.date, from)));
  for (const row of rows) out.get(row.habitId)?.set(row.date, Number(row.value));
  return out;
}

export async function upsertHabitLog(db: DbOrTx, values: typeof habitLogs.$inferInsert): Promise<void> {
  await db
    .insert(habitLogs)
    .values(values)
    .onConflictDoUpdate({ target: [habitLogs.habitId, habitLogs.date], set: { value: values.value, updatedAt: values.updatedAt } });
}

export async function deleteHabitLog(db: DbOrTx, habitId: string, date: string): Promise<void> {
  await db.delete(habitLogs).where(and(eq(habitLogs.habitId, habitId), eq(habitLogs.date, date)));
}
