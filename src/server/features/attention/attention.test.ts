import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import {
  awaitingClient,
  checkinOverdue,
  checkinWaiting,
  complianceDrop,
  inactive,
  missedWorkouts,
  pauseEnded,
  unansweredClient,
  type AttentionClient,
  type AttentionData,
  type WorkoutCounts,
} from './attention-rules';

const HOUR = 3_600_000;

describe('needs-attention rules (pure)', () => {
  const client: AttentionClient = {
    id: '11111111-1111-4111-8111-111111111111',
    name: 'Anna Kowalska',
    status: 'active',
    pauseUntil: null,
    health: null,
    onboardedAt: null,
    timeZone: 'Europe/Madrid',
  };
  const now = new Date('2026-12-10T12:00:00Z');
  const data = (
    last: AttentionData['lastMessages'] extends Map<string, infer V> ? V : never,
    overrides: Partial<AttentionClient> = {},
  ): AttentionData => ({
    clients: [{ ...client, ...overrides }],
    lastMessages: new Map([[client.id, last]]),
    today: () => '2026-12-10',
  });

  it('flag a client message unanswered for 24 hours, keyed by that message', () => {
    const at = (h: number) => new Date(now.getTime() - h * HOUR);
    expect(unansweredClient.evaluate(data({ client: { id: 'm1', at: at(23) } }), now)).toEqual([]);
    const [item] = unansweredClient.evaluate(data({ client: { id: 'm1', at: at(30) }, trainer: { id: 't1', at: at(40) } }), now);
    expect(item).toMatchObject({
      key: `unanswered_message:${client.id}:m1`,
      priority: 'high',
      reason: 'Anna has been waiting 30 hours for your reply',
    });
    expect(unansweredClient.evaluate(data({ client: { id: 'm1', at: at(30) }, trainer: { id: 't2', at: at(29) } }), now)).toEqual([]);
  });

  it('flag the trainer’s own message left without a reply for 24 hours, for active clients only', () => {
    const last = { trainer: { id: 't1', at: new Date(now.getTime() - 50 * HOUR) } };
    expect(awaitingClient.evaluate(data(last), now)[0]).toMatchObject({
      priority: 'normal',
      reason: 'No reply to your message from 2 days ago',
    });
    expect(awaitingClient.evaluate(data(last, { status: 'paused' }), now)).toEqual([]);
  });

  it('flag a check-in waiting for review with its waiting time, high after a day', () => {
    const waiting = (hours: number): AttentionData => ({
      ...data({}),
      waitingCheckins: [
        { id: 'c1', clientId: client.id, formName: 'Weekly check-in', submittedAt: new Date(now.getTime() - hours * HOUR) },
      ],
    });
    expect(checkinWaiting.evaluate(waiting(3), now)[0]).toMatchObject({
      key: `checkin_waiting:${client.id}:c1`,
      priority: 'normal',
      reason: '“Weekly check-in” waiting for your review for 3 hours',
      action: { label: 'Review', link: '/checkins/review/c1' },
    });
    expect(checkinWaiting.evaluate(waiting(30), now)[0]!.priority).toBe('high');
  });

  it('flag an overdue check-in of an active client, keyed by its due day', () => {
    const overdue: AttentionData = {
      ...data({}),
      overdueCheckins: [
        {
          clientId: client.id,
          scheduleId: 's1',
          formName: 'Weekly check-in',
          dueDate: '2026-12-06',
          overdueAt: new Date('2026-12-08T00:00:00Z'),
        },
      ],
    };
    expect(checkinOverdue.evaluate(overdue, now)[0]!.key).toBe(`checkin_overdue:${client.id}:s1:2026-12-06`);
    expect(checkinOverdue.evaluate({ ...overdue, clients: [{ ...client, status: 'paused' }] }, now)).toEqual([]);
  });

  const counts = (over: Partial<WorkoutCounts>): AttentionData => ({
    ...data({}),
    workouts: new Map([
      [client.id, { weekStart: '2026-12-07', missedThisWeek: 0, planned7: 3, done7: 3, plannedBefore: 12, doneBefore: 12, ...over }],
    ]),
  });

  it('flag 2 or more missed scheduled workouts this week', () => {
    expect(missedWorkouts.evaluate(counts({ missedThisWeek: 1 }), now)).toEqual([]);
    expect(missedWorkouts.evaluate(counts({ missedThisWeek: 2 }), now)[0]).toMatchObject({
      key: `missed_workouts:${client.id}:2026-12-07`,
      reason: 'Missed 2 scheduled workouts this week',
    });
  });

  it('flag compliance down 20 points or more against the 30 days before (not on too little history)', () => {
    expect(complianceDrop.evaluate(counts({}), now)).toEqual([]); // 100 % both
    expect(complianceDrop.evaluate(counts({ done7: 2 }), now)).toHaveLength(1); // 67 vs 100: 33 points
    expect(complianceDrop.evaluate(counts({ done7: 1, planned7: 3 }), now)[0]).toMatchObject({
      reason: 'Workout compliance 33% this week, down from 100% the 30 days before',
    });
    expect(complianceDrop.evaluate(counts({ done7: 2, planned7: 3, doneBefore: 10, plannedBefore: 12 }), now)).toEqual([]); // 67 vs 83
    expect(complianceDrop.evaluate(counts({ done7: 0, planned7: 3, doneBefore: 2, plannedBefore: 2 }), now)).toEqual([]); // too little before
  });

  it('flag an active client with no activity for 7 days', () => {
    const quiet = (days: number) => data({}, { lastActiveAt: new Date(now.getTime() - days * 24 * HOUR) });
    expect(inactive.evaluate(quiet(6), now)).toEqual([]);
    expect(inactive.evaluate(quiet(8), now)[0]).toMatchObject({ reason: 'No activity for 8 days', rule: 'inactive' });
    expect(inactive.evaluate(data({}, { lastActiveAt: new Date(now.getTime() - 9 * 24 * HOUR), status: 'paused' }), now)).toEqual([]);
  });

  it('flag a pause whose end date has passed', () => {
    expect(pauseEnded.evaluate(data({}, { status: 'paused', pauseUntil: '2026-12-09' }), now)).toHaveLength(1);
    expect(pauseEnded.evaluate(data({}, { status: 'paused', pauseUntil: '2026-12-11' }), now)).toEqual([]);
  });
});

describe('GET /api/attention', () => {
  let t: TestApp;
  let trainer: Agent;
  beforeAll(async () => {
    t = await createTestApp();
    trainer = (await createTrainer(t.app)).agent;
  });
  afterAll(() => t.close());

  const keys = async (rule: string) =>
    ((await trainer.get('/api/attention')).body.items as Array<{ key: string; rule: string; clientId: string }>).filter(
      (i) => i.rule === rule,
    );

  it('lists waiting messages until answered, forgets dismissals when it happens again, ignores broadcasts and automations', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const path = `/api/clients/${client.id}/messages`;
    await agent.post(path, { body: 'Can I swap Friday?' });
    t.clock.advance(25 * HOUR);
    const [waiting] = await keys('unanswered_message');
    expect(waiting).toMatchObject({ clientId: client.id });
    // A broadcast is not an answer.
    await trainer.post('/api/messages/broadcast', { body: 'Holiday hours' });
    expect(await keys('unanswered_message')).toHaveLength(1);

    const dismissed = await trainer.post('/api/attention/dismiss', { key: waiting!.key, snoozeHours: null });
    expect(dismissed.body.items.some((i: { key: string }) => i.key === waiting!.key)).toBe(false);
    await agent.post(path, { body: 'Hello?' });
    t.clock.advance(25 * HOUR);
    expect(await keys('unanswered_message')).toHaveLength(1); // a new occasion: back on the list

    await trainer.post(path, { body: 'Yes, swap it' });
    expect(await keys('unanswered_message')).toHaveLength(0);
    t.clock.advance(25 * HOUR);
    const [noReply] = await keys('no_reply_from_client');
    expect(noReply).toMatchObject({ clientId: client.id });
    await trainer.post('/api/attention/dismiss', { key: noReply!.key, snoozeHours: 4 });
    expect(await keys('no_reply_from_client')).toHaveLength(0);
    t.clock.advance(5 * HOUR);
    expect(await keys('no_reply_from_client')).toHaveLength(1); // the snooze ran out
  });

  it('flags health-screen yes answers and refuses keys it never gave', async () => {
    const { client } = await createJoinedClient(t.app, trainer);
    expect((await keys('health_screen')).map((i) => i.clientId)).toContain(client.id);
    expect((await trainer.post('/api/attention/dismiss', { key: 'nonsense' })).body.error.details.fields[0].path).toBe('key');
  });
});
