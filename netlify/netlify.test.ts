import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres } from '../scripts/postgres-server.mjs';
import { databaseUrlFor } from '../tests/setup/global-db';

/**
 * The Netlify entry, imported as Netlify will run it, against a real PostgreSQL whose schema was
 * built by running netlify/database/migrations/*.sql in order — what Netlify does at deploy.
 */
const MIGRATIONS = 'netlify/database/migrations';
const SETUP_TOKEN = 'netlify-setup-token-123';
const SITE = 'https://coach.example';

let stopServer: (() => Promise<void>) | undefined;
let dropDatabase: (() => Promise<void>) | undefined;
let handler: (request: Request, context: unknown) => Promise<Response>;
const savedEnv = { ...process.env };

beforeAll(async () => {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const server = await startPostgres();
    stopServer = () => server.stop();
    adminUrl = server.url;
  }
  const name = `onecoach_netlify_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = databaseUrlFor(adminUrl, name);
  dropDatabase = async () => {
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  };

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const file of readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    await client.query(readFileSync(join(MIGRATIONS, file), 'utf8'));
  }
  await client.end();

  // What Netlify provides at run time, and what the owner sets in the site's settings.
  delete process.env.DATABASE_URL;
  Object.assign(process.env, {
    NETLIFY_DB_URL: url,
    URL: SITE,
    AUTH_SECRET: 'n'.repeat(40),
    SETUP_TOKEN,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
  });
  handler = (await import('./functions/api')).default;
}, 120_000);

afterAll(async () => {
  process.env = savedEnv;
  await dropDatabase?.();
  await stopServer?.();
});

let cookie = '';
async function call(method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { cookie };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers.origin = SITE;
  const res = await handler(
    new Request(`${SITE}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
    { ip: '203.0.113.7' },
  );
  const set = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (set) cookie = set;
  return { status: res.status, headers: res.headers, body: await res.json() };
}

describe('the Netlify function', () => {
  it('answers health with the migrated database', async () => {
    expect((await call('GET', '/api/health')).body).toEqual({ status: 'ok' });
  });

  it('asks for the setup token, then sets up the trainer with a Secure cookie', async () => {
    expect((await call('GET', '/api/setup')).body).toEqual({ needsSetup: true, tokenRequired: true });
    const input = { name: 'Sam Rivera', email: 'sam@coach.example', password: 'netlify-password-1' };
    const refused = await call('POST', '/api/setup', { ...input, setupToken: 'guess' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.fields[0].path).toBe('setupToken');
    const created = await call('POST', '/api/setup', { ...input, setupToken: SETUP_TOKEN });
    expect(created.status).toBe(201);
    expect(created.headers.get('set-cookie')).toMatch(/__Secure-better-auth\.session_token=.*Secure/);
    expect(created.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('serves the signed-in trainer: add a client, list clients, invitation link on the site URL', async () => {
    const added = await call('POST', '/api/clients', { name: 'Ana López', email: 'ana@example.com', tags: ['online'] });
    expect(added.status).toBe(201);
    expect(added.body.invitation.url).toMatch(/^https:\/\/coach\.example\/invite\//);
    const list = await call('GET', '/api/clients');
    expect(list.body.items.map((c: { name: string }) => c.name)).toEqual(['Ana López']);
    cookie = '';
    expect((await call('GET', '/api/clients')).status).toBe(401);
    const signIn = await call('POST', '/api/auth/sign-in', { email: 'sam@coach.example', password: 'netlify-password-1' });
    expect(signIn.status).toBe(200);
    expect((await call('GET', '/api/clients')).body.total).toBe(1);
  });
});

describe('the migrations Netlify applies', () => {
  it('are exactly the drizzle-kit migrations (run `npm run db:generate` to regenerate both)', () => {
    const ours = readdirSync('src/server/db/migrations')
      .filter((f) => f.endsWith('.sql'))
      .sort();
    const theirs = readdirSync(MIGRATIONS)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(theirs).toEqual(ours);
    for (const file of ours) {
      expect(readFileSync(join(MIGRATIONS, file), 'utf8'), file).toBe(readFileSync(join('src/server/db/migrations', file), 'utf8'));
    }
  });
});

describe('netlify.toml', () => {
  it('sends the CDN pages the same security headers as the Node server', async () => {
    const { parse } = await import('smol-toml');
    const config = parse(readFileSync('netlify.toml', 'utf8')) as {
      headers: { for: string; values: Record<string, string> }[];
      build: { publish: string };
    };
    expect(config.build.publish).toBe('dist/web');
    const cdn = config.headers.find((h) => h.for === '/*')!.values;
    const res = await handler(new Request(`${SITE}/api/health`), {});
    for (const [name, value] of Object.entries(cdn)) {
      expect(res.headers.get(name), name).toBe(value);
    }
  });
});
