import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp, type AppDeps } from '../../src/server/app';
import type { Database } from '../../src/server/db/client';
import { openPglite } from '../../src/server/db/pglite';
import { openPostgres } from '../../src/server/db/postgres';
import { createMailer, type Mailer } from '../../src/server/features/emails/mailer';
import type { JobDeps } from '../../src/server/features/jobs/jobs.runner';
import { createHub } from '../../src/server/features/realtime/hub';
import { createLocalStorage } from '../../src/server/features/uploads/storage';
import { createTestClock } from '../../src/server/lib/clock';
import { createAi } from '../../src/server/features/ai/ai-client';
import { parseEnv } from '../../src/server/lib/env';
import { createLogger, type LogLevel } from '../../src/server/lib/logger';
import { TEST_APP_URL } from './agent';
import { databaseUrlFor } from './global-db';

export { TEST_APP_URL };

/** A fresh, migrated database for one test file: a PGlite copy of the dump, or a cloned template. */
export async function openTestDatabase(): Promise<Database> {
  const template = inject('dbTemplate');
  if (template.kind === 'pglite') {
    return openPglite({ loadDataDir: new Blob([readFileSync(template.dumpPath)]) });
  }
  const name = `onecoach_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: template.url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template.template}`);
  await admin.end();
  const database = openPostgres(databaseUrlFor(template.url, name), { max: 4 });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: template.url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export type TestAppOptions = { env?: Record<string, string>; mailer?: Mailer; kickJobs?: () => void };

/** The whole app in-process against its own database, with a clock the test can move. */
export async function createTestApp(options: TestAppOptions = {}) {
  const database = await openTestDatabase();
  const clock = createTestClock();
  const env = parseEnv({ NODE_ENV: 'test', APP_URL: TEST_APP_URL, LOG_LEVEL: 'silent', ...options.env });
  const uploadsDir = mkdtempSync(join(tmpdir(), 'onecoach-uploads-'));
  const deps: AppDeps = {
    db: database.db,
    env,
    clock,
    logger: createLogger((process.env.TEST_LOG as LogLevel | undefined) ?? 'silent'),
    mailer: options.mailer ?? createMailer({ from: env.mailFrom }),
    authSecret: 'test-secret-test-secret-test-secret-0123456789',
    clientIp: (c) => c.req.header('x-test-ip') ?? '127.0.0.1',
    storage: createLocalStorage(uploadsDir),
    hub: createHub(),
    ...(options.kickJobs ? { kickJobs: options.kickJobs } : {}),
  };
  const app = createApp(deps);
  /** What background jobs get (the same database, clock, hub and storage as the app). */
  const jobDeps: JobDeps = {
    db: deps.db,
    clock,
    logger: deps.logger,
    mailer: deps.mailer,
    hub: deps.hub!,
    storage: deps.storage,
    appUrl: env.appUrl,
    ai: createAi(env),
  };
  return {
    app,
    db: database.db,
    clock,
    deps,
    jobDeps,
    uploadsDir,
    close: async () => {
      await database.close();
      rmSync(uploadsDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
