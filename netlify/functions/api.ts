// Netlify Function: the same createApp(deps) as the Node server, through hono/netlify.
// Nothing feature-specific lives here. Migrations are applied by Netlify at deploy
// (netlify/database/migrations), never at cold start.
import type { Context as HonoContext } from 'hono';
import { handle } from 'hono/netlify';
import { createApp, type App } from '../../src/server/app';
import type { AppEnv } from '../../src/server/app-env';
import { openPostgres } from '../../src/server/db/postgres';
import { prepareSetupToken } from '../../src/server/features/auth/auth.service';
import { createMailer } from '../../src/server/features/emails/mailer';
import { createStorageFor } from '../../src/server/features/uploads/storage';
import { systemClock } from '../../src/server/lib/clock';
import { loadEnv } from '../../src/server/lib/env';
import { createLogger } from '../../src/server/lib/logger';

let app: Promise<App> | undefined;

/** Built once per function instance: the pool is reused across invocations. */
function getApp(): Promise<App> {
  app ??= buildApp().catch((error: unknown) => {
    app = undefined; // let the next request try again (e.g. the database was waking up)
    throw error;
  });
  return app;
}

async function buildApp(): Promise<App> {
  const env = loadEnv({ NETLIFY: 'true' });
  if (!env.databaseUrl) throw new Error('NETLIFY_DB_URL is not set: enable Netlify Database for this site (or set DATABASE_URL).');
  const database = openPostgres(env.databaseUrl, { max: 3 });
  const logger = createLogger(env.logLevel);
  // A new site with no SETUP_TOKEN: make one, store it hashed, print it in the function log once.
  await prepareSetupToken({ db: database.db, logger, setup: { needsToken: env.setupNeedsToken, token: env.setupToken } });
  return createApp({
    db: database.db,
    env,
    clock: systemClock,
    logger,
    mailer: createMailer({ smtpUrl: env.smtpUrl, from: env.mailFrom }),
    authSecret: env.authSecret!, // parseEnv refuses to start on Netlify without it
    storage: createStorageFor(env),
    // A function cannot hold event streams open: the web app polls instead.
    hub: null,
    clientIp: (c: HonoContext<AppEnv>) =>
      (c.env as { context?: { ip?: string } } | undefined)?.context?.ip ?? c.req.header('x-nf-client-connection-ip') ?? 'unknown',
  });
}

export default async (request: Request, context: unknown) => handle(await getApp())(request, context);

export const config = { path: '/api/*' };
