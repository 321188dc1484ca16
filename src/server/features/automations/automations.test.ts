import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { scheduleOneOff } from '../../../../tests/factories/programs';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { runDueJobs } from '../jobs/jobs.runner';
import { jobRegistry } from '../jobs/registry';
import { runAutomations } from './automations.service';

let t: TestApp;
let trainer: Agent;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-12-07T09:00:00Z')); // Monday, 10:00 in Madrid (the clients' time zone)
  trainer = (await createTrainer(t.app, { name: 'Sam Rivera' })).agent;
});
afterAll(() => t.close());

const messagesOf = async (agent: Agent, clientId: string) =>
  (await agent.get(`/api/clients/${clientId}/messages`)).body.items as Array<{ body: string; automated: boolean; sender: string }>;

describe('automated messages', () => {
  it('are off until the trainer turns them on, validate their settings and preview with variables', async () => {
    const list = (await trainer.get('/api/automations')).body.items;
    expect(list.map((a: { kind: string; enabled: boolean }) => [a.kind, a.enabled])).toEqual([
      ['welcome', false],
      ['missed_workouts', false],
      ['inactivity', false],
      ['personal_record', false],
    ]);
    const bad = await trainer.put('/api/automations/missed_workouts', { enabled: true, template: 'x', params: { missed: 30 } });
    expect(bad.body.error.details.fields[0]).toMatchObject({ path: 'params.missed' });
    expect((await trainer.put('/api/automations/nope', { enabled: true, template: 'x' })).status).toBe(400);
    const preview = await trainer.post('/api/automations/missed_workouts/preview', {
      template: 'Hi {firstName}, {missed} missed ({workoutName}). {mood}? — {coachName}',
      params: { missed: 3 },
    });
    expect(preview.body).toEqual({ text: 'Hi Alex, 3 missed (Lower body). {mood}? — Sam', unknownVariables: ['mood'] });
  });

  it('nudge once per streak of missed workouts, as the trainer, marked automated only for the trainer', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer, { client: { name: 'Noa Levi' } });
    const saved = await trainer.put('/api/automations/missed_workouts', {
      enabled: true,
      template: 'Hi {firstName}, {missed} workouts slipped ({workoutName} last). Shall we adjust?',
      params: { missed: 2 },
    });
    expect(saved.body).toMatchObject({ enabled: true, params: { missed: 2 } });
    await scheduleOneOff(t.db, trainer, client.id, '2026-12-07', 'Upper body');
    await scheduleOneOff(t.db, trainer, client.id, '2026-12-08', 'Lower body');
    await scheduleOneOff(t.db, trainer, client.id, '2026-12-10', 'Full body');

    t.clock.set(new Date('2026-12-08T10:00:00Z')); // one missed so far
    await runAutomations(t.jobDeps);
    expect(await messagesOf(trainer, client.id)).toEqual([]);

    t.clock.set(new Date('2026-12-09T10:00:00Z')); // Monday and Tuesday missed
    expect((await runAutomations(t.jobDeps)).sent).toBe(1);
    const [nudge] = await messagesOf(trainer, client.id);
    expect(nudge).toMatchObject({
      sender: 'trainer',
      automated: true,
      body: 'Hi Noa, 2 workouts slipped (Lower body last). Shall we adjust?',
    });
    expect((await messagesOf(agent, client.id))[0]!.automated).toBe(false);

    await runAutomations(t.jobDeps);
    t.clock.set(new Date('2026-12-11T10:00:00Z')); // a third miss in the same streak
    await runAutomations(t.jobDeps);
    expect(await messagesOf(trainer, client.id)).toHaveLength(1);
    expect((await trainer.get('/api/automations')).body.items[1]).toMatchObject({
      sentCount: expect.any(Number),
      lastSentAt: expect.any(String),
    });
  });

  it("wait for the client's morning, and never write to paused clients", async () => {
    t.clock.set(new Date('2026-12-14T09:00:00Z'));
    const night = await createJoinedClient(t.app, trainer);
    const paused = await createJoinedClient(t.app, trainer);
    await trainer.post(`/api/clients/${paused.client.id}/pause`, { reason: 'vacation' });
    for (const id of [night.client.id, paused.client.id]) {
      await scheduleOneOff(t.db, trainer, id, '2026-12-14', 'A');
      await scheduleOneOff(t.db, trainer, id, '2026-12-15', 'B');
    }
    t.clock.set(new Date('2026-12-16T22:30:00Z')); // 23:30 in Madrid
    await runAutomations(t.jobDeps);
    expect(await messagesOf(trainer, night.client.id)).toEqual([]);
    t.clock.set(new Date('2026-12-17T07:30:00Z')); // 08:30 in Madrid
    await runAutomations(t.jobDeps);
    expect(await messagesOf(trainer, night.client.id)).toHaveLength(1);
    expect(await messagesOf(trainer, paused.client.id)).toEqual([]);
  });

  it('welcome clients who join after it is turned on, within a minute, through the job runner', async () => {
    const before = await createJoinedClient(t.app, trainer);
    await trainer.put('/api/automations/welcome', { enabled: true, template: 'Welcome, {firstName}! — {coachName}', params: {} });
    const joined = await createJoinedClient(t.app, trainer, { client: { name: 'Ines Moreau' } });
    await runDueJobs(t.jobDeps, { ...jobRegistry, schedules: [] }, 5_000);
    expect((await messagesOf(joined.agent, joined.client.id)).map((m) => m.body)).toEqual(['Welcome, Ines! — Sam']);
    await runAutomations(t.jobDeps);
    expect(await messagesOf(joined.agent, joined.client.id)).toHaveLength(1);
    expect(await messagesOf(trainer, before.client.id)).toEqual([]);
    await trainer.put('/api/automations/welcome', { enabled: false, template: 'Welcome, {firstName}!', params: {} });
  });

  it('check in once after N quiet days, and again only after the client comes back and goes quiet again', async () => {
    await trainer.put('/api/automations/missed_workouts', { enabled: false, template: 'x', params: {} });
    const { client, agent } = await createJoinedClient(t.app, trainer);
    await trainer.put('/api/automations/inactivity', {
      enabled: true,
      template: '{days} days, {firstName}. All well?',
      params: { days: 5 },
    });
    t.clock.advance(6 * 86_400_000);
    if (t.clock.now().getUTCHours() < 8) t.clock.advance(10 * 3_600_000);
    await runAutomations(t.jobDeps);
    await runAutomations(t.jobDeps);
    const sent = await messagesOf(trainer, client.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatch(/^6 days, /);
    await agent.get('/api/me/client'); // back in the app
    t.clock.advance(6 * 86_400_000);
    await runAutomations(t.jobDeps);
    expect(await messagesOf(trainer, client.id)).toHaveLength(2);
  });
});
