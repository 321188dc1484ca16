// Netlify scheduled function: runs due background jobs every 5 minutes with the same runner
// the Node server uses on its interval. Kept under Netlify's time limit by the budget.
import { openPostgres } from '../../src/server/db/postgres';
import { createAi } from '../../src/server/features/ai/ai-client';
import { createMailer } from '../../src/server/features/emails/mailer';
import { jobRegistry } from '../../src/server/features/jobs/registry';
import { silentHub } from '../../src/server/features/realtime/hub';
import { createStorageFor } from '../../src/server/features/uploads/storage';
import { runDueJobs } from '../../src/server/features/jobs/jobs.runner';
import { systemClock } from '../../src/server/lib/clock';
import { loadEnv } from '../../src/server/lib/env';
import { createLogger } from '../../src/server/lib/logger';

let database: ReturnType<typeof openPostgres> | undefined;

export default async () => {
  const env = loadEnv({ NETLIFY: 'true' });
  if (!env.databaseUrl) throw new Error('NETLIFY_DB_URL is not set: enable Netlify Database for this site.');
  database ??= openPostgres(env.databaseUrl, { max: 2 });
  const logger = createLogger(env.logLevel);
  const result = await runDueJobs(
    {
      db: database.db,
      clock: systemClock,
      logger,
      mailer: createMailer({ smtpUrl: env.smtpUrl, from: env.mailFrom }),
      hub: silentHub,
      storage: createStorageFor(env),
      appUrl: env.appUrl,
      ai: createAi(env),
    },
    jobRegistry,
    20_000,
  );
  logger.info('scheduled jobs ran', result);
  return new Response(null, { status: 204 });
};

export const config = { schedule: '*/5 * * * *' };
