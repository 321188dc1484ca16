import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../src/server/lib/logger';
import { createMailer } from '../src/server/features/emails/mailer';
import { Agent } from './setup/agent';
import { createTestApp, type TestApp } from './setup/test-app';
import { DEMO_TRAINER } from './factories/demo';
import { seedDemo } from './factories/seed-demo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('seeds a demo trainer and 12 clients in every state, and the trainer can sign in', async () => {
  await seedDemo({
    db: t.db,
    env: t.deps.env,
    logger: createLogger('silent'),
    mailer: createMailer({ from: 'x@example.com' }),
    authSecret: t.deps.authSecret,
    storage: t.deps.storage,
    hub: null,
  });
  const trainer = new Agent(t.app);
  expect((await trainer.post('/api/auth/sign-in', { email: DEMO_TRAINER.email, password: DEMO_TRAINER.password })).status).toBe(200);
  const all = (await trainer.get('/api/clients?status=all&limit=100')).body;
  expect(all.total).toBe(12);
  const statuses = all.items.reduce(
    (acc: Record<string, number>, c: { status: string }) => ({ ...acc, [c.status]: (acc[c.status] ?? 0) + 1 }),
    {},
  );
  expect(statuses).toEqual({ active: 8, invited: 2, paused: 1, archived: 1 });
  const states = all.items
    .filter((c: { invitation: unknown }) => c.invitation)
    .map((c: { invitation: { state: string } }) => c.invitation.state);
  expect(states.sort()).toEqual(['expired', 'pending']);
  const onboarded = all.items.filter((c: { onboarding: unknown }) => c.onboarding).length;
  expect(onboarded).toBe(9);
  expect((await trainer.get('/api/programs')).body.total).toBe(3);
  const maya = all.items.find((c: { name: string }) => c.name === 'Maya Thompson');
  const today = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
  const calendar = (await trainer.get(`/api/clients/${maya.id}/calendar?from=${from}&to=${today}`)).body;
  expect(calendar.items.length).toBeGreaterThan(4);
  expect(calendar.items.some((i: { status: string }) => i.status === 'missed')).toBe(true);
  // Weeks of progress history: weigh-ins, workouts with records, goals, badges, photos.
  const weights = (await trainer.get(`/api/clients/${maya.id}/charts/metric?metric=weight&range=12w`)).body.points;
  expect(weights.length).toBeGreaterThan(50);
  const activity = (await trainer.get(`/api/clients/${maya.id}/charts/activity?range=12w`)).body.days;
  expect(activity.length).toBeGreaterThan(20);
  const goals = (await trainer.get(`/api/clients/${maya.id}/goals`)).body.items;
  expect(goals.map((g: { kind: string }) => g.kind).sort()).toEqual(['lift', 'weight']);
  const badges = (await trainer.get(`/api/clients/${maya.id}/achievements`)).body;
  expect(badges.badges.filter((b: { earned: boolean }) => b.earned).map((b: { badge: string }) => b.badge)).toEqual(
    expect.arrayContaining(['first_workout', 'workouts_10', 'first_pr']),
  );
  const photos = (await trainer.get(`/api/clients/${maya.id}/photos?pose=front`)).body.items;
  expect(photos.length).toBeGreaterThanOrEqual(3);
  // Three weeks of food against targets set from the calculator.
  expect((await trainer.get(`/api/clients/${maya.id}/nutrition/targets`)).body.current.explanation.length).toBeGreaterThan(4);
  const weeks = (await trainer.get(`/api/clients/${maya.id}/nutrition/weeks?weeks=4`)).body.items;
  expect(weeks.reduce((sum: number, week: { daysLogged: number }) => sum + week.daysLogged, 0)).toBeGreaterThan(12);
  // Two form-check videos: one answered at a moment, one waiting on the needs-attention list.
  const videos = (await trainer.get('/api/form-checks')).body.items as { status: string; commentCount: number }[];
  expect(videos.map((v) => v.commentCount).sort()).toEqual([0, 1]);
  const attention = (await trainer.get('/api/attention')).body.items as { rule: string }[];
  expect(attention.map((item) => item.rule)).toContain('form_check_waiting');
  const lastActive = all.items.map((c: { lastActiveAt: string | null }) => c.lastActiveAt).filter(Boolean);
  expect(new Set(lastActive.map((d: string) => d.slice(0, 10))).size).toBeGreaterThan(5);
});
