import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';
import { achievements, goals, progressPhotos, uploads } from '../../db/schema';

export type GoalRow = typeof goals.$inferSelect;
export type PhotoRow = typeof progressPhotos.$inferSelect & { upload: typeof uploads.$inferSelect };

const day = (value: Date | string | null | undefined) =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10);

// ---- goals -------------------------------------------------------------------------------

export async function listGoals(db: DbOrTx, clientId: string): Promise<GoalRow[]> {
  return db.select().from(goals).where(eq(goals.clientId, clientId)).orderBy(asc(goals.createdAt));
}

export async function findGoal(db: DbOrTx, id: string): Promise<GoalRow | null> {
  const [row] = await db.select().from(goals).where(eq(goals.id, id));
  return row ?? null;
}

export async function insertGoal(db: DbOrTx, values: typeof goals.$inferInsert): Promise<GoalRow> {
  const [row] = await db.insert(goals).values(values).returning();
  return row!;
}

export async function updateGoal(db: DbOrTx, id: string, patch: Partial<typeof goals.$inferInsert>): Promise<GoalRow | null> {
  const [row] = await db.update(goals).set(patch).where(eq(goals.id, id)).returning();
  return row ?? null;
}

export async function deleteGoal(db: DbOrTx, id: string): Promise<void> {
  await db.delete(goals).where(eq(goals.id, id));
}

/** Marks a goal achieved if it was not yet: true only for the one call that did it (celebrated once). */
export async function markGoalAchieved(db: DbOrTx, id: string, at: Date, value: number): Promise<boolean> {
  const rows = await db
    .update(goals)
    .set({ achievedAt: at, achievedValue: value, updatedAt: at })
    .where(and(eq(goals.id, id), isNull(goals.achievedAt)))
    .returning({ id: goals.id });
  return rows.length > 0;
}

/** The latest value of each metric the client has (one row per metric), in base units. */
export async function latestMetricValues(db: DbOrTx, clientId: string): Promise<Map<string, { value: number; date: string }>> {
  const rows = await queryRows<{ metric: string; value: unknown; date: Date | string }>(
    db,
    sql`select distinct on (metric) metric, base_value as value, date
          from body_measurements where client_id = ${clientId}::uuid
         order by metric, date desc`,
  );
  return new Map(rows.map((row) => [row.metric, { value: Number(row.value), date: day(row.date)! }]));
}

/** Best estimated 1RM (Epley, 1–12 reps) per exercise, with the day it was set (client calendar). */
export async function bestE1rms(
  db: DbOrTx,
  clientId: string,
  timeZone: string,
  exerciseIds: string[],
): Promise<Map<string, { value: number; date: string }>> {
  if (exerciseIds.length === 0) return new Map();
  const rows = await queryRows<{ exercise_id: string; value: unknown; date: Date | string }>(
    db,
    sql`select distinct on (exercise_id) exercise_id,
               case when reps = 1 then weight_kg else weight_kg * (1 + reps / 30.0) end as value,
               (logged_at at time zone ${timeZone})::date as date
          from set_logs
         where client_id = ${clientId}::uuid
           and exercise_id in (${sql.join(
             exerciseIds.map((id) => sql`${id}::uuid`),
             sql`, `,
           )})
           and weight_kg > 0 and reps between 1 and 12
         order by exercise_id, value desc, logged_at`,
  );
  return new Map(rows.map((row) => [row.exercise_id, { value: Number(row.value), date: day(row.date)! }]));
}

/** A lift's best estimated 1RM on each day it was trained since a date (the same Epley estimate as above). */
export async function dailyBestE1rm(
  db: DbOrTx,
  p: { clientId: string; timeZone: string; exerciseId: string; since: string },
): Promise<{ date: string; value: number }[]> {
  const rows = await queryRows<{ date: Date | string; value: unknown }>(
    db,
    sql`select (logged_at at time zone ${p.timeZone})::date as date,
               max(case when reps = 1 then weight_kg else weight_kg * (1 + reps / 30.0) end) as value
          from set_logs
         where client_id = ${p.clientId}::uuid and exercise_id = ${p.exerciseId}::uuid
           and weight_kg > 0 and reps between 1 and 12
           and (logged_at at time zone ${p.timeZone})::date >= ${p.since}::date
         group by 1 order by 1`,
  );
  return rows.map((row) => ({ date: day(row.date)!, value: Number(row.value) }));
}

// ---- badge facts ---------------------------------------------------------------------------

export type BadgeFactRows = {
  finishedAt: Date[];
  workoutCount: number;
  trainedDays: string[];
  scheduledDays: Array<{ date: string; scheduled: number; completed: number }>;
  firstRecordAt: Date | null;
  firstGoalAchievedAt: Date | null;
};

/** Everything badges and the streak need, aggregated in SQL (a few hundred rows at most). */
export async function badgeFacts(
  db: DbOrTx,
  clientId: string,
  timeZone: string,
  today: string,
  options: { firstRecord: boolean },
): Promise<BadgeFactRows & { firstRecordChecked: boolean }> {
  const [finished, trained, scheduled, record, goal] = await Promise.all([
    queryRows<{ finished_at: Date | string; total: unknown }>(
      db,
      sql`select coalesce(finished_at, started_at) as finished_at, count(*) over () as total
            from workout_sessions where client_id = ${clientId}::uuid and status = 'completed'
           order by coalesce(finished_at, started_at) limit 100`,
    ),
    queryRows<{ day: Date | string }>(
      db,
      sql`select distinct (started_at at time zone ${timeZone})::date as day
            from workout_sessions where client_id = ${clientId}::uuid and status = 'completed'`,
    ),
    queryRows<{ date: Date | string; scheduled: unknown; completed: unknown }>(
      db,
      sql`select date, count(*) as scheduled, count(*) filter (where status = 'completed') as completed
            from scheduled_workouts where client_id = ${clientId}::uuid and date < ${today}::date
           group by date`,
    ),
    // The first set that beat an earlier set of the same exercise on load or on estimated 1RM
    // (the one statement here that reads every set: skipped when the caller knows the answer).
    !options.firstRecord
      ? Promise.resolve([])
      : queryRows<{ at: Date | string | null }>(
          db,
          sql`select min(logged_at) as at from (
            select logged_at, weight_kg, e1rm,
                   max(weight_kg) over earlier as best_load,
                   max(e1rm) over earlier as best_e1rm
              from (select id, exercise_id, logged_at, weight_kg,
                           case when reps = 1 then weight_kg when reps <= 12 then weight_kg * (1 + reps / 30.0) end as e1rm
                      from set_logs where client_id = ${clientId}::uuid and weight_kg > 0 and reps >= 1) s
            window earlier as (partition by exercise_id order by logged_at, id rows between unbounded preceding and 1 preceding)
          ) r
          where weight_kg > best_load + 0.000001 or e1rm > best_e1rm + 0.000001`,
        ),
    queryRows<{ at: Date | string | null }>(db, sql`select min(achieved_at) as at from goals where client_id = ${clientId}::uuid`),
  ]);
  const instant = (value: Date | string | null | undefined) => (value === null || value === undefined ? null : new Date(value));
  return {
    finishedAt: finished.map((row) => new Date(row.finished_at)),
    workoutCount: Number(finished[0]?.total ?? 0),
    trainedDays: trained.map((row) => day(row.day)!),
    scheduledDays: scheduled.map((row) => ({ date: day(row.date)!, scheduled: Number(row.scheduled), completed: Number(row.completed) })),
    firstRecordAt: instant(record[0]?.at),
    firstRecordChecked: options.firstRecord,
    firstGoalAchievedAt: instant(goal[0]?.at),
  };
}

export async function listAchievements(db: DbOrTx, clientId: string) {
  return db.select().from(achievements).where(eq(achievements.clientId, clientId));
}

/** Records newly earned badges (true for the ones this call wrote first) — at most once each. */
export async function insertAchievement(db: DbOrTx, clientId: string, badge: string, earnedAt: Date): Promise<boolean> {
  const rows = await db
    .insert(achievements)
    .values({ clientId, badge, earnedAt })
    .onConflictDoNothing()
    .returning({ badge: achievements.badge });
  return rows.length > 0;
}

export async function setAchievementRevoked(db: DbOrTx, clientId: string, badge: string, revokedAt: Date | null, earnedAt?: Date) {
  await db
    .update(achievements)
    .set({ revokedAt, ...(earnedAt ? { earnedAt } : {}) })
    .where(and(eq(achievements.clientId, clientId), eq(achievements.badge, badge)));
}

// ---- photos --------------------------------------------------------------------------------

export async function listPhotos(db: DbOrTx, clientId: string, pose?: string): Promise<PhotoRow[]> {
  const rows = await db
    .select({ photo: progressPhotos, upload: uploads })
    .from(progressPhotos)
    .innerJoin(uploads, eq(uploads.id, progressPhotos.uploadId))
    .where(and(eq(progressPhotos.clientId, clientId), pose ? eq(progressPhotos.pose, pose as 'front') : undefined))
    .orderBy(sql`${progressPhotos.date} desc, ${progressPhotos.pose}`);
  return rows.map((row) => ({ ...row.photo, upload: row.upload }));
}

export async function findPhoto(db: DbOrTx, id: string): Promise<PhotoRow | null> {
  const [row] = await db
    .select({ photo: progressPhotos, upload: uploads })
    .from(progressPhotos)
    .innerJoin(uploads, eq(uploads.id, progressPhotos.uploadId))
    .where(eq(progressPhotos.id, id));
  return row ? { ...row.photo, upload: row.upload } : null;
}

export async function findPhotoAt(db: DbOrTx, clientId: string, pose: string, date: string): Promise<PhotoRow | null> {
  const [row] = await db
    .select({ photo: progressPhotos, upload: uploads })
    .from(progressPhotos)
    .innerJoin(uploads, eq(uploads.id, progressPhotos.uploadId))
    .where(and(eq(progressPhotos.clientId, clientId), eq(progressPhotos.pose, pose as 'front'), eq(progressPhotos.date, date)));
  return row ? { ...row.photo, upload: row.upload } : null;
}

export async function insertPhoto(db: DbOrTx, values: typeof progressPhotos.$inferInsert) {
  const [row] = await db.insert(progressPhotos).values(values).returning();
  return row!;
}

export async function deletePhotoRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(progressPhotos).where(eq(progressPhotos.id, id));
}
