import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { billingStatus, type SubscriptionFacts } from './entitlements';

const now = new Date('2026-11-26T12:00:00Z');
const day = 86_400_000;
const facts = (over: Partial<SubscriptionFacts>): SubscriptionFacts => ({
  status: 'active',
  manual: false,
  planName: 'Coaching',
  areas: ['messaging', 'checkins'],
  currentPeriodEnd: new Date(now.getTime() + 20 * day),
  trialEnd: null,
  cancelAtPeriodEnd: false,
  pastDueSince: null,
  interval: 'month',
  ...over,
});

describe('entitlements (pure)', () => {
  it('gives everything without a plan, the plan’s areas while trialing, active or manual', () => {
    expect(billingStatus(null, now)).toMatchObject({ state: 'free', areas: ['messaging', 'checkins', 'nutrition', 'ai_coach'] });
    expect(billingStatus(facts({ status: 'trialing', trialEnd: new Date(now.getTime() + 5 * day) }), now)).toMatchObject({
      state: 'trialing',
      areas: ['messaging', 'checkins'],
    });
    expect(billingStatus(facts({}), now)).toMatchObject({ state: 'active', banner: null });
    expect(billingStatus(facts({ manual: true, status: 'manual' }), now).state).toBe('manual');
  });

  it('keeps access through the grace period after a failed payment, then limits it', () => {
    const failed = facts({ status: 'past_due', pastDueSince: new Date(now.getTime() - 6 * day) });
    expect(billingStatus(failed, now)).toMatchObject({
      state: 'grace',
      areas: ['messaging', 'checkins'],
      until: '2026-11-27T12:00:00.000Z',
    });
    expect(billingStatus(failed, new Date(now.getTime() + 2 * day))).toMatchObject({ state: 'limited', areas: ['messaging'] });
    expect(billingStatus(failed, now, 3).state).toBe('limited'); // the trainer's shorter grace
  });

  it('keeps access until the end when cancelled at period end; an ended plan is limited, nothing deleted', () => {
    expect(billingStatus(facts({ cancelAtPeriodEnd: true }), now)).toMatchObject({ state: 'ending', areas: ['messaging', 'checkins'] });
    expect(billingStatus(facts({ cancelAtPeriodEnd: true, currentPeriodEnd: new Date(now.getTime() - 1) }), now).state).toBe('limited');
    expect(billingStatus(facts({ status: 'canceled' }), now)).toMatchObject({ state: 'limited', areas: ['messaging'] });
  });
});

/**
 * The authorization matrix for a client whose plan lacks check-ins: every route the app serves under
 * the gated prefixes answers 403 (a new gated route joins this list by itself); the trainer's side
 * and messages with the coach stay open.
 */
describe('a client whose plan lacks check-ins', () => {
  let t: TestApp;
  let agent: Agent;
  let trainer: Agent;
  let clientId = '';
  beforeAll(async () => {
    t = await createTestApp();
    trainer = (await createTrainer(t.app)).agent;
    const joined = await createJoinedClient(t.app, trainer);
    agent = joined.agent;
    clientId = joined.client.id;
    const plan = (
      await trainer.post('/api/plans', {
        name: 'Training only',
        amountCents: 2900,
        currency: 'eur',
        interval: 'month',
        areas: ['messaging'],
      })
    ).body;
    await trainer.post(`/api/clients/${clientId}/plan`, { planId: plan.id, manual: true });
  });
  afterAll(() => t.close());

  it('is refused every gated route with the area named', async () => {
    const gated = [
      ...new Set(
        t.app.routes.filter((r) => r.method !== 'ALL' && /^\/api\/me\/(checkins|habits)/.test(r.path)).map((r) => `${r.method} ${r.path}`),
      ),
    ];
    expect(gated.length).toBeGreaterThanOrEqual(4);
    for (const route of gated) {
      const [method, pattern] = route.split(' ') as [string, string];
      const path = pattern.replace(':id', randomUUID()).replace(':date', '2026-11-20');
      const res = await agent.request(
        method,
        path,
        method === 'GET' || method === 'DELETE' ? undefined : { value: 1, scheduleId: randomUUID(), dueDate: '2026-11-20', answers: {} },
      );
      expect(res.status, route).toBe(403);
      expect(res.body.error.details).toMatchObject({ area: 'checkins' });
    }
    expect((await agent.post(`/api/clients/${clientId}/messages`, { body: 'Hello coach' })).status).toBe(201);
    expect((await trainer.get(`/api/clients/${clientId}/checkins`)).status).toBe(200);
  });
});
