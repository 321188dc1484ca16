import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClient,
  buildOnboarding,
  CLIENT_PASSWORD,
  createInvitedClient,
  createJoinedClient,
  createTrainer,
  TRAINER_PASSWORD,
} from '../../tests/factories/clients';
import { Agent } from '../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../tests/setup/test-app';

/**
 * Every route × {anonymous, client A, client B, trainer}. The routes come from the app itself,
 * so a new route without a row here fails this test.
 */
type Persona = 'anonymous' | 'clientA' | 'clientB' | 'trainer';
type Expect = Record<Persona, number>;
type Row = {
  expect: Expect;
  /** Resolves path params (and makes whatever record the call needs); runs once per persona. */
  path?: (ctx: Ctx) => Promise<string> | string;
  body?: (ctx: Ctx) => unknown;
};
type Ctx = { trainer: Agent; clientAId: string; emailId: string };

const all = (status: number): Expect => ({ anonymous: status, clientA: status, clientB: status, trainer: status });
const trainerOnly = (ok = 200): Expect => ({ anonymous: 401, clientA: 403, clientB: 403, trainer: ok });
const clientsOnly: Expect = { anonymous: 401, clientA: 200, clientB: 200, trainer: 403 };
const ownOrTrainer: Expect = { anonymous: 401, clientA: 200, clientB: 404, trainer: 200 };

const freshJoined = async (ctx: Ctx) => (await createJoinedClient(t.app, ctx.trainer)).client.id as string;
const freshInvited = async (ctx: Ctx) => (await createInvitedClient(ctx.trainer)).client.id as string;

const MATRIX: Record<string, Row> = {
  'GET /api/health': { expect: all(200) },
  'GET /api/setup': { expect: all(200) },
  'POST /api/setup': { expect: all(409), body: () => ({ name: 'Second', email: 'second@example.com', password: 'second-trainer-pw' }) },
  'GET /api/auth/session': { expect: all(200) },
  'POST /api/auth/sign-in': { expect: all(401), body: () => ({ email: 'sam@example.com', password: 'wrong-password' }) },
  'POST /api/auth/sign-out': { expect: all(200) },
  'POST /api/auth/password/forgot': { expect: all(202), body: () => ({ email: 'someone@example.com' }) },
  'POST /api/auth/password/reset': { expect: all(400), body: () => ({ token: 'made-up-token', password: 'whatever-password' }) },
  'POST /api/auth/password/change': {
    expect: { anonymous: 401, clientA: 400, clientB: 400, trainer: 400 },
    body: () => ({ currentPassword: 'not-my-password', newPassword: 'a-new-password-1' }),
  },
  'GET /api/invitations/:token': { expect: all(404), path: () => '/api/invitations/unknown-token-unknown-token-123' },
  'POST /api/invitations/:token/accept': {
    expect: all(404),
    path: () => '/api/invitations/unknown-token-unknown-token-123/accept',
    body: () => ({ password: 'some-password-1' }),
  },
  'GET /api/me/client': { expect: clientsOnly },
  'PUT /api/me/onboarding': { expect: clientsOnly, body: () => buildOnboarding() },
  'GET /api/clients': { expect: trainerOnly() },
  'GET /api/clients/tags': { expect: trainerOnly() },
  'POST /api/clients': { expect: trainerOnly(201), body: () => buildClient() },
  'GET /api/clients/:id': { expect: ownOrTrainer, path: (ctx) => `/api/clients/${ctx.clientAId}` },
  'PATCH /api/clients/:id': { expect: trainerOnly(), path: (ctx) => `/api/clients/${ctx.clientAId}`, body: () => ({ note: 'Checked' }) },
  'POST /api/clients/:id/pause': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/clients/${await freshJoined(ctx)}/pause`,
    body: () => ({ reason: 'vacation' }),
  },
  'POST /api/clients/:id/resume': {
    expect: trainerOnly(),
    path: async (ctx) => {
      const id = await freshJoined(ctx);
      await ctx.trainer.post(`/api/clients/${id}/pause`, { reason: 'injury' });
      return `/api/clients/${id}/resume`;
    },
  },
  'POST /api/clients/:id/archive': { expect: trainerOnly(), path: async (ctx) => `/api/clients/${await freshInvited(ctx)}/archive` },
  'POST /api/clients/:id/restore': {
    expect: trainerOnly(),
    path: async (ctx) => {
      const id = await freshInvited(ctx);
      await ctx.trainer.post(`/api/clients/${id}/archive`);
      return `/api/clients/${id}/restore`;
    },
  },
  'POST /api/clients/:id/invitation': { expect: trainerOnly(), path: async (ctx) => `/api/clients/${await freshInvited(ctx)}/invitation` },
  'DELETE /api/clients/:id/invitation': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/clients/${await freshInvited(ctx)}/invitation`,
  },
  'GET /api/emails': { expect: trainerOnly() },
  'GET /api/emails/:id': { expect: trainerOnly(), path: (ctx) => `/api/emails/${ctx.emailId}` },
  'GET /api/openapi.json': { expect: all(200) },
  'GET /api/docs': { expect: all(200) },
  'GET /api/docs/init.js': { expect: all(200) },
  'GET /api/docs/:asset': { expect: all(200), path: () => '/api/docs/swagger-ui.css' },
};

let t: TestApp;
let ctx: Ctx;
const credentials: Partial<Record<Persona, { email: string; password: string }>> = {};

beforeAll(async () => {
  t = await createTestApp();
  const trainer = await createTrainer(t.app, { email: 'sam@example.com' });
  const a = await createJoinedClient(t.app, trainer.agent);
  const b = await createJoinedClient(t.app, trainer.agent);
  credentials.trainer = { email: 'sam@example.com', password: TRAINER_PASSWORD };
  credentials.clientA = { email: a.email, password: CLIENT_PASSWORD };
  credentials.clientB = { email: b.email, password: CLIENT_PASSWORD };
  const emails = await trainer.agent.get('/api/emails');
  ctx = { trainer: trainer.agent, clientAId: a.client.id, emailId: emails.body.items[0].id };
});
afterAll(() => t.close());

/** A new signed-in session per call, so sign-out or password rows can't disturb the others. */
async function as(persona: Persona): Promise<Agent> {
  const agent = new Agent(t.app);
  const cred = credentials[persona];
  if (cred) expect((await agent.post('/api/auth/sign-in', cred)).status).toBe(200);
  return agent;
}

const appRoutes = () => {
  const keys = t.app.routes
    .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api'))
    .map((route) => `${route.method} ${route.path}`);
  return [...new Set(keys)].sort();
};

describe('authorization matrix', () => {
  it('has a row for every route the app serves, and none for routes it does not', () => {
    expect(appRoutes()).toEqual(Object.keys(MATRIX).sort());
  });

  const personas: Persona[] = ['anonymous', 'clientA', 'clientB', 'trainer'];
  for (const [key, row] of Object.entries(MATRIX)) {
    it(key, async () => {
      const [method, pattern] = key.split(' ') as [string, string];
      const actual: Partial<Expect> = {};
      for (const persona of personas) {
        const agent = await as(persona);
        const path = row.path ? await row.path(ctx) : pattern;
        const body = row.body?.(ctx) ?? (method === 'GET' || method === 'DELETE' ? undefined : {});
        const res = await agent.request(method, path, body);
        actual[persona] = res.status;
        if (res.status >= 400)
          expect(res.body.error, `${key} as ${persona}: error envelope`).toMatchObject({
            code: expect.any(String),
            message: expect.any(String),
          });
      }
      expect(actual).toEqual(row.expect);
    });
  }

  it("answers a missing client and another client's client the same way", async () => {
    const b = await as('clientB');
    const theirs = await b.get(`/api/clients/${ctx.clientAId}`);
    const missing = await b.get('/api/clients/00000000-0000-4000-8000-000000000000');
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual(missing.body);
  });
});
