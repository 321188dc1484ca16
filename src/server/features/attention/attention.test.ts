import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { awaitingClient, pauseEnded, unansweredClient, type AttentionClient, type AttentionData } from './attention-rules';

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
