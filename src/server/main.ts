import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app';
import { openDatabase } from './db/client';
import { resolveAuthSecret } from './features/auth/auth-secret';
import { prepareSetupToken } from './features/auth/auth.service';
import { createMailer } from './features/emails/mailer';
import { jobRegistry } from './features/jobs/registry';
import { createHub } from './features/realtime/hub';
import { createStorageFor } from './features/uploads/storage';
import { createAi } from './features/ai/ai-client';
import { runDueJobs } from './features/jobs/jobs.runner';
import { systemClock } from './lib/clock';
import { EnvError, loadEnv, type Env } from './lib/env';
import { createLogger } from './lib/logger';
import { webStatic } from './web-static';

async function main() {
  let env: Env;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`OneCoach cannot start.\n${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(env.logLevel);
  const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
  await database.migrate();
  const mailer = createMailer({ smtpUrl: env.smtpUrl, from: env.mailFrom });
  const webRoot = resolve('dist/web');
  const web = webStatic(webRoot);
  const storage = createStorageFor(env);
  const hub = createHub();
  if (!web) logger.warn('the web app is not built (run `npm run build`); serving the API only', { webRoot });

  // Work queued by a request (an AI first look at a form check) runs at once rather than at the next tick.
  let kickJobs = () => {};
  const app = createApp({
    kickJobs: () => kickJobs(),
    db: database.db,
    env,
    clock: systemClock,
    logger,
    mailer,
    authSecret: resolveAuthSecret(env),
    clientIp: (c) => getConnInfo(c).remote.address ?? 'unknown',
    web,
    storage,
    hub,
  });
  await prepareSetupToken({ db: database.db, logger, setup: { needsToken: env.setupNeedsToken, token: env.setupToken } });

  // Background jobs: the same runner Netlify's scheduled function calls.
  const jobDeps = { db: database.db, clock: systemClock, logger, mailer, hub, storage, appUrl: env.appUrl, ai: createAi(env) };
  const runJobs = () => runDueJobs(jobDeps, jobRegistry, 20_000).catch((error: unknown) => logger.error('job runner failed', { error }));
  const jobTimer = setInterval(() => void runJobs(), 60_000);
  kickJobs = () => void runJobs();
  void runJobs();

  const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
    logger.info('OneCoach is running', {
      url: env.appUrl,
      port: info.port,
      database: database.kind === 'pglite' ? `embedded PGlite in ${resolve(env.dataDir)}` : 'PostgreSQL',
      email: mailer.transport === 'smtp' ? 'SMTP' : 'outbox (Settings → Emails)',
    });
  });

  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    clearInterval(jobTimer);
    // Open event streams would keep the server from closing.
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

await main();
