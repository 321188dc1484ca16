import type { Db } from '../../db/client';
import type { AiSetup } from '../ai/ai-client';
import type { Clock } from '../../lib/clock';
import type { Logger } from '../../lib/logger';
import type { Mailer } from '../emails/mailer';
import type { Hub } from '../realtime/hub';
import type { Storage } from '../uploads/storage';
import { claimDueJob, failJob, finishJob, insertJob, type JobRow } from './jobs.repo';

export type JobDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  hub: Hub;
  storage: Storage;
  appUrl: string;
  /** The AI provider, for jobs that draft with it (null or absent: AI off). */
  ai?: AiSetup | null;
};

/** A handler must be idempotent: a job can run again after a crash or a timeout. */
export type JobHandler = (deps: JobDeps, payload: Record<string, unknown>) => Promise<void>;

/** Sweeps that run on a period; each period is enqueued once (dedupe key kind:period). */
export type Schedule = { kind: string; everyMs: number };

export type JobRegistry = { handlers: Record<string, JobHandler>; schedules: Schedule[] };

const LOCK_MS = 5 * 60 * 1000;
const backoffMs = (attempt: number) => Math.min(60 * 60 * 1000, 30_000 * 2 ** (attempt - 1));

export async function enqueueScheduled(deps: JobDeps, schedules: Schedule[]): Promise<void> {
  const now = deps.clock.now().getTime();
  for (const schedule of schedules) {
    const period = Math.floor(now / schedule.everyMs);
    await insertJob(deps.db, {
      kind: schedule.kind,
      runAt: new Date(period * schedule.everyMs),
      dedupeKey: `${schedule.kind}:${period}`,
      maxAttempts: 3,
    });
  }
}

/**
 * Runs due jobs until none is left or the time budget is spent (Netlify: keep a run under 25 s).
 * Never inside a transaction: handlers may call SMTP or other services.
 */
export async function runDueJobs(deps: JobDeps, registry: JobRegistry, budgetMs: number): Promise<{ ran: number; failed: number }> {
  const started = Date.now();
  let ran = 0;
  let failed = 0;
  await enqueueScheduled(deps, registry.schedules);
  while (Date.now() - started < budgetMs) {
    const job = await claimDueJob(deps.db, deps.clock.now(), LOCK_MS);
    if (!job) break;
    const ok = await runOne(deps, registry, job);
    ran += 1;
    if (!ok) failed += 1;
  }
  return { ran, failed };
}

async function runOne(deps: JobDeps, registry: JobRegistry, job: JobRow): Promise<boolean> {
  const handler = registry.handlers[job.kind];
  try {
    if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
    await handler(deps, job.payload);
    await finishJob(deps.db, job.id, deps.clock.now());
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const retryAt = job.attempts < job.maxAttempts ? new Date(deps.clock.now().getTime() + backoffMs(job.attempts)) : null;
    deps.logger.error('job failed', { jobId: job.id, kind: job.kind, attempt: job.attempts, willRetry: Boolean(retryAt), error });
    await failJob(deps.db, job.id, message, retryAt, deps.clock.now());
    return false;
  }
}
