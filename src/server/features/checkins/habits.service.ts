import type { z } from 'zod';
import type { Habit, LogHabitSchema, SaveHabitSchema } from '../../../shared/checkins';
import type { Db } from '../../db/client';
import { actorRef, assertCanSeeClient, type Actor } from '../../lib/access';

type ClientActor = Extract<Actor, { role: 'client' }>;
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { findClient } from '../clients/clients.repo';
import { addDays, localDate } from '../programs/schedule-rules';
import { getSettings } from '../settings/settings.service';
import { habitStats } from './checkin-rules';
import {
  deleteHabit,
  deleteHabitLog,
  findHabit,
  habitLogsSince,
  insertHabit,
  listHabits,
  updateHabit,
  upsertHabitLog,
  type HabitRow,
} from './checkins.repo';

export type HabitsDeps = { db: Db; clock: Clock };

/** Habits with their streak and 7/30-day compliance, computed from the last 60 days of logs. */
export async function clientHabits(deps: HabitsDeps, actor: Actor, clientId: string, includeArchived = false): Promise<{ items: Habit[] }> {
  assertCanSeeClient(actor, clientId);
  const client = await findClient(deps.db, clientId);
  if (!client) throw AppError.notFound('That client');
  const rows = await listHabits(deps.db, clientId, includeArchived && actor.role === 'trainer');
  const today = localDate(deps.clock.now(), client.timeZone);
  const { weekStartsOn } = await getSettings(deps.db);
  // Streaks longer than the window read as "60+": enough for a habit card, and one small query.
  const logs = await habitLogsSince(
    deps.db,
    rows.map((row) => row.id),
    addDays(today, -60),
  );
  return { items: rows.map((row) => toHabit(row, logs.get(row.id) ?? new Map<string, number>(), today, weekStartsOn)) };
}

function toHabit(row: HabitRow, logs: Map<string, number>, today: string, weekStartsOn: number): Habit {
  const stats = habitStats(row, logs, today, weekStartsOn);
  const recent: Habit['recent'] = [];
  for (let i = 13; i >= 0; i--) {
    const date = addDays(today, -i);
    const value = logs.get(date);
    if (value !== undefined) recent.push({ date, value });
  }
  return {
    id: row.id,
    clientId: row.clientId,
    name: row.name,
    kind: row.kind,
    frequency: row.frequency,
    target: row.target,
    unit: row.unit,
    tracker: row.tracker ?? null,
    startDate: row.startDate,
    endDate: row.endDate,
    archived: row.archivedAt !== null,
    ...stats,
    recent,
  };
}

export async function createHabit(deps: HabitsDeps, actor: Actor, clientId: string, input: z.output<typeof SaveHabitSchema>) {
  const client = await findClient(deps.db, clientId);
  if (!client) throw AppError.notFound('That client');
  const now = deps.clock.now();
  const row = await insertHabit(deps.db, {
    clientId,
    name: input.name,
    kind: input.kind,
    frequency: input.frequency,
    target: input.kind === 'numeric' ? input.target : null,
    unit: input.kind === 'numeric' ? input.unit : '',
    startDate: input.startDate,
    endDate: input.endDate,
    archivedAt: input.archived ? now : null,
    createdAt: now,
  });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'habit.create', subjectType: 'habit', subjectId: row.id, at: now });
  return toHabit(row, new Map<string, number>(), localDate(now, client.timeZone), (await getSettings(deps.db)).weekStartsOn);
}

export async function changeHabit(deps: HabitsDeps, actor: Actor, id: string, input: z.output<typeof SaveHabitSchema>) {
  const current = await findHabit(deps.db, id);
  if (!current) throw AppError.notFound('That habit');
  const now = deps.clock.now();
  await updateHabit(deps.db, id, {
    name: input.name,
    kind: input.kind,
    frequency: input.frequency,
    target: input.kind === 'numeric' ? input.target : null,
    unit: input.kind === 'numeric' ? input.unit : '',
    startDate: input.startDate,
    endDate: input.endDate,
    archivedAt: input.archived ? (current.archivedAt ?? now) : null,
  });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'habit.update', subjectType: 'habit', subjectId: id, at: now });
  const { items } = await clientHabits(deps, actor, current.clientId, true);
  return items.find((habit) => habit.id === id)!;
}

export async function removeHabit(deps: HabitsDeps, actor: Actor, id: string) {
  const current = await findHabit(deps.db, id);
  if (!current) throw AppError.notFound('That habit');
  await deleteHabit(deps.db, id);
  await recordAudit(deps.db, { ...actorRef(actor), action: 'habit.delete', subjectType: 'habit', subjectId: id, at: deps.clock.now() });
}

/** The client ticks a habit or enters its number for a day (today or up to a week back). */
export async function logHabit(
  deps: HabitsDeps,
  actor: ClientActor,
  id: string,
  date: string,
  input: z.output<typeof LogHabitSchema> | null,
): Promise<Habit> {
  const habit = await findHabit(deps.db, id);
  if (!habit || habit.clientId !== actor.clientId || habit.archivedAt) throw AppError.notFound('That habit');
  const client = (await findClient(deps.db, actor.clientId))!;
  const today = localDate(deps.clock.now(), client.timeZone);
  if (date > today) throw AppError.field('date', 'That day has not come yet.');
  if (date < addDays(today, -7)) throw AppError.field('date', 'Only the last 7 days can be changed.');
  if (date < habit.startDate || (habit.endDate && date > habit.endDate))
    throw AppError.field('date', 'The habit does not run on that day.');
  if (input === null) await deleteHabitLog(deps.db, id, date);
  else await upsertHabitLog(deps.db, { habitId: id, clientId: actor.clientId, date, value: input.value, updatedAt: deps.clock.now() });
  const { items } = await clientHabits(deps, actor, actor.clientId);
  return items.find((item) => item.id === id)!;
}
