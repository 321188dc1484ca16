import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { jobs } from '../../db/schema';

export type JobRow = typeof jobs.$inferSelect;

export async function insertJob(
  db: DbOrTx,
  job: { kind: string; payload?: Record<string, unknown>; runAt: Date; dedupeKey?: string; maxAttempts?: number },
): Promise<boolean> {
  const rows = await db
    .insert(jobs)
    .values({
      kind: job.kind,
      payload: job.payload ?? {},
      runAt: job.runAt,
      dedupeKey: job.dedupeKey ?? null,
      maxAttempts: job.maxAttempts ?? 5,
    })
    .onConflictDoNothing({ target: jobs.dedupeKey })
    .returning({ id: jobs.id });
  return rows.length === 1;
}

/** Takes one due job (or one whose runner died) and locks it; concurrent runners skip it. */
export async function claimDueJob(db: DbOrTx, now: Date, lockMs: number): Promise<JobRow | null> {
  const at = now.toISOString();
  const lockedUntil = new Date(now.getTime() + lockMs).toISOString();
  const rows = await db
    .update(jobs)
    .set({ status: 'running', attempts: sql`${jobs.attempts} + 1`, lockedUntil: sql`${lockedUntil}::timestamptz` })
    .where(
      eq(
        jobs.id,
        sql`(select id from ${jobs}
              where (${jobs.status} = 'queued' and ${jobs.runAt} <= ${at}::timestamptz)
                 or (${jobs.status} = 'running' and ${jobs.lockedUntil} < ${at}::timestamptz)
              order by ${jobs.runAt} limit 1 for update skip locked)`,
      ),
    )
    .returning();
  return rows[0] ?? null;
}

export async function finishJob(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(jobs).set({ status: 'done', finishedAt: at, lockedUntil: null, lastError: null }).where(eq(jobs.id, id));
}

export async function failJob(db: DbOrTx, id: string, error: string, retryAt: Date | null, at: Date): Promise<void> {
  await db
    .update(jobs)
    .set(
      retryAt
        ? { status: 'queued', runAt: retryAt, lockedUntil: null, lastError: error }
        : { status: 'failed', finishedAt: at, lockedUntil: null, lastError: error },
    )
    .where(and(eq(jobs.id, id), eq(jobs.status, 'running')));
}
