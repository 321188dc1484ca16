import { afterAll, beforeAll, expect, it } from 'vitest';
import { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import type { Logger } from '../../lib/logger';
import { prepareSetupToken } from './auth.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { NODE_ENV: 'production' } });
});
afterAll(() => t.close());

it('in production, generates a one-time setup token once, logs it, and only that token sets up', async () => {
  const logged: Record<string, unknown>[] = [];
  const logger: Logger = { debug() {}, info() {}, error() {}, warn: (_msg, fields) => void logged.push(fields ?? {}) };
  const setup = { needsToken: true };
  const token = await prepareSetupToken({ db: t.db, logger, setup });
  expect(token).toMatch(/^[\w-]{20,}$/);
  expect(logged).toEqual([{ setupToken: token }]);
  expect(await prepareSetupToken({ db: t.db, logger, setup })).toBeNull(); // not regenerated on the next start
  expect(JSON.stringify(await t.db.query.appState.findMany())).not.toContain(token!); // stored hashed

  const anon = new Agent(t.app);
  expect((await anon.get('/api/setup')).body).toEqual({ needsSetup: true, tokenRequired: true });
  const input = { name: 'Sam', email: 'sam@example.com', password: 'production-pass-1' };
  const missing = await anon.post('/api/setup', input);
  expect(missing.status).toBe(400);
  expect(missing.body.error.details.fields[0].path).toBe('setupToken');
  expect((await anon.post('/api/setup', { ...input, setupToken: 'x'.repeat(24) })).status).toBe(400);
  expect((await anon.post('/api/setup', { ...input, setupToken: token })).status).toBe(201);
  expect((await anon.get('/api/setup')).body).toEqual({ needsSetup: false, tokenRequired: false });
});
