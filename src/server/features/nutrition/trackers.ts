import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { habitLogs, habits } from '../../db/schema';
import { insertHabit, updateHabit, upsertHabitLog, type HabitRow } from '../checkins/checkins.repo';

/**
 * Water and steps are habits' numeric trackers (one store for every daily number, CROSS_CUTTING):
 * nutrition finds the client's live tracker habit, making it the first time it is needed.
 */
export type Tracker = 'water' | 'steps';
const TRACKERS: Record<Tracker, { name: string; unit: string }> = {
  water: { name: 'Water', unit: 'ml' },
  steps: { name: 'Steps', unit: 'steps' },
};

export async function findTracker(db: DbOrTx, clientId: string, tracker: Tracker): Promise<HabitRow | null> {
  const [row] = await db
    .select()
    .from(habits)
    .where(and(eq(habits.clientId, clientId), eq(habits.tracker, tracker), isNull(habits.archivedAt)));
  return row ?? null;
}

export async function ensureTracker(
  db: DbOrTx,
  p: { clientId: string; tracker: Tracker; target: number | null; today: string },
): Promise<HabitRow> {
  const existing = await findTracker(db, p.clientId, p.tracker);
  if (existing) return existing;
  const { name, unit } = TRACKERS[p.tracker];
  return insertHabit(db, {
    clientId: p.clientId,
    name,
    kind: 'numeric',
    frequency: 'daily',
    target: p.target,
    unit,
    startDate: p.today,
    tracker: p.tracker,
  });
}

/** New targets move the water habit's target along (its compliance then measures the new goal). */
export async function syncWaterTarget(db: DbOrTx, clientId: string, targetMl: number, today: string): Promise<void> {
  const habit = await ensureTracker(db, { clientId, tracker: 'water', target: targetMl, today });
  if (habit.target !== targetMl) await updateHabit(db, habit.id, { target: targetMl });
}

export async function trackerValue(db: DbOrTx, habitId: string | undefined, date: string): Promise<number | null> {
  if (!habitId) return null;
  const [row] = await db
    .select({ value: habitLogs.value })
    .from(habitLogs)
    .where(and(eq(habitLogs.habitId, habitId), eq(habitLogs.date, date)));
  return row ? Number(row.value) : null;
}

export async function setTrackerValue(db: DbOrTx, habit: HabitRow, date: string, value: number, now: Date): Promise<void> {
  await upsertHabitLog(db, { habitId: habit.id, clientId: habit.clientId, date, value, updatedAt: now });
}
