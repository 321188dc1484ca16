import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { scheduledWorkouts, setLogs, workoutSessions } from '../../db/schema';

export type SessionRow = typeof workoutSessions.$inferSelect;
export type SetRow = typeof setLogs.$inferSelect;

/** Creates the session once; a second start with the same id changes nothing. */
export async function insertSessionIfNew(db: DbOrTx, values: typeof workoutSessions.$inferInsert): Promise<boolean> {
  const rows = await db.insert(workoutSessions).values(values).onConflictDoNothing().returning({ id: workoutSessions.id });
  return rows.length === 1;
}

export async function findSession(db: DbOrTx, id: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(workoutSessions).where(eq(workoutSessions.id, id));
  return row ?? null;
}

export async function findActiveSession(db: DbOrTx, clientId: string): Promise<SessionRow | null> {
  const [row] = await db
    .select()
    .from(workoutSessions)
    .where(and(eq(workoutSessions.clientId, clientId), eq(workoutSessions.status, 'in_progress')))
    .orderBy(desc(workoutSessions.startedAt))
    .limit(1);
  return row ?? null;
}

export async function findLatestFinished(db: DbOrTx, clientId: string): Promise<SessionRow | null> {
  const [row] = await db
    .select()
    .from(workoutSessions)
    .where(and(eq(workoutSessions.clientId, clientId), eq(workoutSessions.status, 'completed')))
    .orderBy(desc(workoutSessions.finishedAt))
    .limit(1);
  return row ?? null;
}

export async function updateSession(db: DbOrTx, id: string, patch: Partial<typeof workoutSessions.$inferInsert>): Promise<SessionRow> {
  const [row] = await db.update(workoutSessions).set(patch).where(eq(workoutSessions.id, id)).returning();
  return row!;
}

export async function deleteSession(db: DbOrTx, id: string): Promise<void> {
  await db.delete(workoutSessions).where(eq(workoutSessions.id, id));
}

/** What the statement that saves a set also answers: the best earlier values for record detection. */
export type PreviousBests = { heaviest: number | null; e1rm: number | null; volume: number | null; repsAtLoad: number | null };

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * Saves a set in one statement (CROSS_CUTTING: PGlite has one connection, so a save is one round
 * trip): inserted only if the session is this client's, updated in place when the id exists (the
 * same set synced again), and answered with the best earlier values of the same exercise so the
 * caller can tell a personal record. A set id belonging to another session is left alone: no row
 * comes back and the caller answers 404.
 */
export async function upsertSet(db: DbOrTx, values: typeof setLogs.$inferInsert): Promise<{ row: SetRow; previous: PreviousBests } | null> {
  const { id, sessionId, clientId } = values;
  const loggedAt = values.loggedAt.toISOString();
  const load = values.weightKg ?? 0;
  const result = await db.execute(sql`
    with saved as (
      insert into ${setLogs} (id, session_id, client_id, exercise_id, prescription_id, position, set_number, weight, unit, weight_kg,
                              reps, duration_seconds, distance_meters, rpe, notes, logged_at, updated_at)
      select ${id}::uuid, s.id, s.client_id, ${values.exerciseId}::uuid, ${values.prescriptionId ?? null}::text, ${values.position}::smallint,
             ${values.setNumber}::smallint, ${values.weight ?? null}::numeric, ${values.unit ?? 'kg'}::text, ${values.weightKg ?? null}::numeric,
             ${values.reps ?? null}::int, ${values.durationSeconds ?? null}::int, ${values.distanceMeters ?? null}::numeric,
             ${values.rpe ?? null}::numeric, ${values.notes ?? ''}::text, ${loggedAt}::timestamptz, now()
        from ${workoutSessions} s where s.id = ${sessionId}::uuid and s.client_id = ${clientId}::uuid
      on conflict (id) do update set
        exercise_id = excluded.exercise_id, prescription_id = excluded.prescription_id, position = excluded.position,
        set_number = excluded.set_number, weight = excluded.weight, unit = excluded.unit, weight_kg = excluded.weight_kg,
        reps = excluded.reps, duration_seconds = excluded.duration_seconds, distance_meters = excluded.distance_meters,
        rpe = excluded.rpe, notes = excluded.notes, logged_at = excluded.logged_at, updated_at = now()
        where ${setLogs.sessionId} = excluded.session_id
      returning *
    ),
    previous as (
      select max(p.weight_kg) as heaviest,
             max(case when p.reps between 1 and 12 then case when p.reps = 1 then p.weight_kg else p.weight_kg * (1 + p.reps / 30.0) end end) as e1rm,
             max(p.weight_kg * p.reps) as volume,
             max(p.reps) filter (where p.weight_kg >= ${load}::numeric - 0.000001) as reps_at_load
        from ${setLogs} p
       where p.client_id = ${clientId}::uuid and p.exercise_id = ${values.exerciseId}::uuid and p.id <> ${id}::uuid
         and p.weight_kg > 0 and p.reps >= 1 and (p.logged_at, p.id) < (${loggedAt}::timestamptz, ${id}::uuid)
    )
    select saved.*, previous.heaviest as prev_heaviest, previous.e1rm as prev_e1rm, previous.volume as prev_volume,
           previous.reps_at_load as prev_reps_at_load
      from saved, previous`);
  const [raw] = (result as { rows: Record<string, unknown>[] }).rows;
  if (!raw) return null;
  const row: SetRow = {
    id: String(raw.id),
    sessionId: String(raw.session_id),
    clientId: String(raw.client_id),
    exerciseId: String(raw.exercise_id),
    prescriptionId: (raw.prescription_id as string | null) ?? null,
    position: Number(raw.position),
    setNumber: Number(raw.set_number),
    weight: num(raw.weight),
    unit: raw.unit as 'kg' | 'lb',
    weightKg: num(raw.weight_kg),
    reps: num(raw.reps),
    durationSeconds: num(raw.duration_seconds),
    distanceMeters: num(raw.distance_meters),
    rpe: num(raw.rpe),
    notes: typeof raw.notes === 'string' ? raw.notes : '',
    loggedAt: new Date(raw.logged_at as string | Date),
    updatedAt: new Date(raw.updated_at as string | Date),
  };
  return {
    row,
    previous: {
      heaviest: num(raw.prev_heaviest),
      e1rm: num(raw.prev_e1rm),
      volume: num(raw.prev_volume),
      repsAtLoad: num(raw.prev_reps_at_load),
    },
  };
}

export async function findSet(db: DbOrTx, id: string): Promise<SetRow | null> {
  const [row] = await db.select().from(setLogs).where(eq(setLogs.id, id));
  return row ?? null;
}

export async function deleteSet(db: DbOrTx, id: string, sessionId: string): Promise<void> {
  await db.delete(setLogs).where(and(eq(setLogs.id, id), eq(setLogs.sessionId, sessionId)));
}

export async function listSessionSets(db: DbOrTx, sessionId: string): Promise<SetRow[]> {
  return db.select().from(setLogs).where(eq(setLogs.sessionId, sessionId)).orderBy(asc(setLogs.position), asc(setLogs.setNumber));
}

/** Every set of these exercises this client logged: what record detection walks through. */
export async function listExerciseSets(db: DbOrTx, clientId: string, exerciseIds: string[]): Promise<SetRow[]> {
  if (exerciseIds.length === 0) return [];
  return db
    .select()
    .from(setLogs)
    .where(and(eq(setLogs.clientId, clientId), inArray(setLogs.exerciseId, exerciseIds)))
    .orderBy(asc(setLogs.loggedAt));
}

/** Per exercise: the sets of the latest completed session (other than this one) that had it. */
export async function lastTimeSets(db: DbOrTx, clientId: string, exerciseIds: string[], exceptSessionId: string): Promise<SetRow[]> {
  if (exerciseIds.length === 0) return [];
  return db
    .select({ set: setLogs })
    .from(setLogs)
    .innerJoin(workoutSessions, eq(workoutSessions.id, setLogs.sessionId))
    .where(
      and(
        eq(setLogs.clientId, clientId),
        inArray(setLogs.exerciseId, exerciseIds),
        ne(setLogs.sessionId, exceptSessionId),
        eq(workoutSessions.status, 'completed'),
        sql`${setLogs.sessionId} = (
          select s2.session_id from ${setLogs} s2 join ${workoutSessions} w2 on w2.id = s2.session_id
           where s2.client_id = ${clientId} and s2.exercise_id = ${setLogs.exerciseId} and w2.status = 'completed' and s2.session_id <> ${exceptSessionId}
           order by w2.started_at desc limit 1)`,
      ),
    )
    .orderBy(asc(setLogs.setNumber))
    .then((rows) => rows.map((row) => row.set));
}

export async function listSessions(db: DbOrTx, clientId: string, limit: number) {
  return db
    .select({
      session: workoutSessions,
      // Spelled out: inside a select list drizzle would print these columns without their table.
      setsDone: sql<number>`(select count(*)::int from set_logs sl where sl.session_id = "workout_sessions"."id")`,
      volumeKg: sql<number>`(select coalesce(sum(sl.weight_kg * sl.reps), 0)::float from set_logs sl where sl.session_id = "workout_sessions"."id")`,
    })
    .from(workoutSessions)
    .where(eq(workoutSessions.clientId, clientId))
    .orderBy(desc(workoutSessions.startedAt))
    .limit(limit);
}

/** The calendar entry a finished session came from is done. */
export async function completeScheduled(db: DbOrTx, id: string, at: Date, now: Date): Promise<void> {
  await db.update(scheduledWorkouts).set({ status: 'completed', completedAt: at, updatedAt: now }).where(eq(scheduledWorkouts.id, id));
}

export async function loggedExerciseIds(db: DbOrTx, clientId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ id: setLogs.exerciseId }).from(setLogs).where(eq(setLogs.clientId, clientId));
  return rows.map((row) => row.id);
}

export async function sessionNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: workoutSessions.id, name: workoutSessions.name })
    .from(workoutSessions)
    .where(inArray(workoutSessions.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
