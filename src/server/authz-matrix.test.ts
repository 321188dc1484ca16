import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../../tests/factories/clients';
import { Agent } from '../../tests/setup/agent';
import type { AuthzCtx, AuthzRows, Expect, Persona } from '../../tests/setup/authz';
import { createTestApp, type TestApp } from '../../tests/setup/test-app';
import { aiAuthz } from './features/ai/ai.authz';
import { attentionAuthz } from './features/attention/attention.authz';
import { authAuthz } from './features/auth/auth.authz';
import { billingAuthz } from './features/billing/billing.authz';
import { checkinsAuthz } from './features/checkins/checkins.authz';
import { nutritionAuthz } from './features/nutrition/nutrition.authz';
import { clientsAuthz } from './features/clients/clients.authz';
import { exercisesAuthz } from './features/exercises/exercises.authz';
import { loggingAuthz } from './features/logging/logging.authz';
import { messagesAuthz } from './features/messages/messages.authz';
import { goalsAuthz } from './features/progress/goals.authz';
import { progressAuthz } from './features/progress/progress.authz';
import { trainingChartsAuthz } from './features/progress/training-charts.authz';
import { programsAuthz } from './features/programs/programs.authz';
import { settingsAuthz } from './features/settings/settings.authz';
import { systemAuthz } from './features/health/system.authz';
import { notificationsAuthz } from './features/notifications/notifications.authz';
import { eventsAuthz } from './features/realtime/events.authz';
import { uploadsAuthz } from './features/uploads/uploads.authz';
import { formChecksAuthz } from './features/form-checks/form-checks.authz';

/**
 * Every route × {anonymous, client A, client B, trainer}. The routes come from the app itself,
 * so a new route without a row (in its feature's `<feature>.authz.ts`) fails this test.
 */
const MATRIX: AuthzRows = {
  ...systemAuthz,
  ...authAuthz,
  ...clientsAuthz,
  ...exercisesAuthz,
  ...programsAuthz,
  ...settingsAuthz,
  ...messagesAuthz,
  ...uploadsAuthz,
  ...formChecksAuthz,
  ...eventsAuthz,
  ...notificationsAuthz,
  ...attentionAuthz,
  ...loggingAuthz,
  ...progressAuthz,
  ...goalsAuthz,
  ...trainingChartsAuthz,
  ...checkinsAuthz,
  ...billingAuthz,
  ...nutritionAuthz,
  ...aiAuthz,
};

let t: TestApp;
let ctx: AuthzCtx;
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
  // A workout client A logged, for the rows that read one.
  const sessionOfA = randomUUID();
  await a.agent.put(`/api/me/sessions/${sessionOfA}`, { name: 'Legs', startedAt: '2026-01-05T10:00:00Z' });
  ctx = {
    app: t.app,
    db: t.db,
    trainer: trainer.agent,
    clientAId: a.client.id,
    clientBId: b.client.id,
    emailId: emails.body.items[0].id,
    scratch: { sessionOfA },
    asClientA: () => as('clientA'),
    now: () => t.clock.now().getTime(),
  };
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
        const path = row.path ? await row.path(ctx, persona) : pattern;
        const body = (await row.body?.(ctx, persona)) ?? (method === 'GET' || method === 'DELETE' ? undefined : {});
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
