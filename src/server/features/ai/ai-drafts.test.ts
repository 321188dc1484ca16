import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { builtInExerciseIds, STAPLES } from '../../../../tests/factories/programs';
import { startOpenAiStandIn, textOf } from '../../../../tests/stand-ins/openai';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import type { CheckinDraft, Insight } from '../../../shared/ai';

/** The weekly insight (projections by code, two sentences by the model) and check-in review drafts. */
let openai: Awaited<ReturnType<typeof startOpenAiStandIn>>;
let t: TestApp;
let trainer: Agent;
let client: Agent;
let clientId = '';
const TODAY = '2026-03-29';

beforeAll(async () => {
  openai = await startOpenAiStandIn();
  t = await createTestApp({ env: { OPENAI_BASE_URL: openai.url, OPENAI_API_KEY: openai.apiKey } });
  t.clock.set(new Date(`${TODAY}T10:00:00Z`));
  trainer = (await createTrainer(t.app, { name: 'Sam Rivera' })).agent;
  const joined = await createJoinedClient(t.app, trainer, { onboarding: { timeZone: 'UTC' } });
  [client, clientId] = [joined.agent, joined.client.id];
  // Four weeks of weigh-ins losing 0.7 kg a week (0.1 a day): 80 → 77.2 kg.
  for (let day = 0; day <= 28; day += 2) {
    const date = new Date(Date.parse('2026-03-01T00:00:00Z') + day * 86_400_000).toISOString().slice(0, 10);
    await client.post(`/api/clients/${clientId}/measurements`, {
      date,
      entries: [{ metric: 'weight', value: Math.round((80 - 0.1 * day) * 10) / 10, unit: 'kg' }],
    });
  }
  expect((await trainer.post(`/api/clients/${clientId}/goals`, { kind: 'weight', target: 75, unit: 'kg' })).status).toBe(201);
});
afterAll(async () => {
  await t.close();
  await openai.close();
});

describe('weekly insight', () => {
  it('projects each goal from the data and has the model explain it in two sentences, once a day', async () => {
    openai.reset();
    openai.respond(() => ({
      content: JSON.stringify({
        text: 'At about 0.7 kg a week she reaches 75 kg around 20 April. The trend is steady, so the date is firm.',
      }),
    }));
    const first = (await trainer.get(`/api/clients/${clientId}/ai/insight`)).body as Insight;
    expect(first.projections).toEqual([
      // 2.2 kg to go at 0.1 kg a day: 22 days after 29 March.
      expect.objectContaining({
        status: 'on_track',
        ratePerWeek: -0.7,
        projectedDate: '2026-04-20',
        target: 75,
        unit: 'kg',
        title: 'Body weight',
      }),
    ]);
    expect(first.text).toMatch(/^At about 0.7 kg a week/);
    // The model saw the computed numbers, nothing it had to invent.
    expect(textOf(openai.received[0]!.messages[1]!.content)).toContain('"projectedDate":"2026-04-20"');
    await trainer.get(`/api/clients/${clientId}/ai/insight`);
    expect(openai.received).toHaveLength(1);
    expect((await client.get(`/api/clients/${clientId}/ai/insight`)).status).toBe(403);
  });

  it('projects a lift goal from the best estimated 1RM of each training day', async () => {
    const lifter = await createJoinedClient(t.app, trainer, { client: { name: 'Lia Park' }, onboarding: { timeZone: 'UTC' } });
    const [squat] = await builtInExerciseIds(t.db, STAPLES.slice(0, 1));
    // Six weekly singles, 2.5 kg heavier each week: 100 → 112.5 kg (a single's estimate is the weight itself).
    for (let week = 0; week < 6; week++) {
      const day = new Date(Date.parse('2026-02-16T09:00:00Z') + week * 7 * 86_400_000).toISOString();
      const session = randomUUID();
      await lifter.agent.put(`/api/me/sessions/${session}`, { name: 'Heavy', startedAt: day });
      for (const [index, [weight, reps]] of [
        [90, 5],
        [100 + 2.5 * week, 1],
      ].entries())
        await lifter.agent.put(`/api/me/sessions/${session}/sets/${randomUUID()}`, {
          exerciseId: squat,
          position: 0,
          setNumber: index + 1,
          weight,
          reps,
          loggedAt: day,
        });
    }
    const goal = await trainer.post(`/api/clients/${lifter.client.id}/goals`, { kind: 'lift', exerciseId: squat, target: 125, unit: 'kg' });
    expect(goal.status).toBe(201);
    openai.reset();
    openai.respond(() => ({ content: JSON.stringify({ text: 'Two sentences.' }) }));
    const insight = (await trainer.get(`/api/clients/${lifter.client.id}/ai/insight`)).body as Insight;
    // 90 kg × 5 is an estimated 105 kg: the first two weeks' best is that, not the single.
    expect(insight.projections[0]).toMatchObject({ current: 112.5, target: 125, status: 'on_track' });
    expect(insight.projections[0]!.ratePerWeek).toBeGreaterThan(1.5);
    expect(insight.projections[0]!.projectedDate! > TODAY).toBe(true);
  });

  it('keeps the numbers when the model fails', async () => {
    openai.reset();
    openai.failNext(2);
    t.clock.set(new Date('2026-03-30T10:00:00Z'));
    const insight = (await trainer.get(`/api/clients/${clientId}/ai/insight`)).body as Insight;
    expect(insight.text).toBeNull();
    expect(insight.projections[0]!.status).toBe('on_track');
    t.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });
});

describe('check-in review drafts', () => {
  let checkinId = '';
  beforeAll(async () => {
    const form = await trainer.post('/api/checkin-forms', {
      name: 'Weekly',
      questions: [
        { id: 'energy', type: 'scale_5', prompt: 'Energy this week?', required: true },
        { id: 'win', type: 'short_text', prompt: 'Best moment?' },
      ],
    });
    const schedule = await trainer.post('/api/checkin-schedules', { formId: form.body.id, clientId, kind: 'once', startDate: TODAY });
    const sent = await client.post('/api/me/checkins', {
      scheduleId: schedule.body.id,
      dueDate: TODAY,
      answers: { energy: 4, win: 'Squatted 80 kg' },
    });
    expect(sent.status).toBe(201);
    checkinId = sent.body.id as string;
  });

  it('drafts what changed, what to praise and ask, and a reply, from the answers and the data', async () => {
    openai.reset();
    const draft: CheckinDraft = {
      summary: 'Energy good, first 80 kg squat.',
      changes: ['Weight down 2 kg in four weeks'],
      praise: ['The 80 kg squat'],
      questions: ['How is sleep?'],
      reply: 'Brilliant week — 80 kg squat! How has sleep been?',
    };
    openai.respond(() => ({ content: JSON.stringify(draft) }));
    const res = await trainer.post(`/api/checkins/${checkinId}/ai/draft`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(draft);
    const sentToModel = textOf(openai.received[0]!.messages[1]!.content);
    expect(sentToModel).toContain('Squatted 80 kg');
    expect(openai.received[0]!.response_format).toMatchObject({ json_schema: { name: 'checkin_draft' } });
    // Nothing was sent to the client: the check-in is still waiting for review.
    expect((await trainer.get(`/api/checkins/${checkinId}`)).body.checkin.state).toBe('submitted');
  });

  it('retries an incomplete draft once, then says so', async () => {
    openai.reset();
    openai.respond(() => ({ content: JSON.stringify({ summary: 'x' }) }));
    const res = await trainer.post(`/api/checkins/${checkinId}/ai/draft`);
    expect([res.status, res.body.error.code]).toEqual([502, 'UPSTREAM_FAILED']);
    expect(openai.received).toHaveLength(2);
    expect((await client.post(`/api/checkins/${checkinId}/ai/draft`)).status).toBe(403);
  });
});
