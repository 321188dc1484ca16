import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import type { Agent } from '../../../../tests/setup/agent';
import { sseReader } from '../../../../tests/setup/sse';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';

let t: TestApp;
let trainer: Agent;
beforeAll(async () => {
  t = await createTestApp();
  trainer = (await createTrainer(t.app)).agent;
});
afterAll(() => t.close());

describe('live events', () => {
  it("deliver a conversation's messages and read receipts to its client and the trainer, never to another client", async () => {
    const a = await createJoinedClient(t.app, trainer);
    const b = await createJoinedClient(t.app, trainer);
    const streams = {
      a: sseReader(await a.agent.openStream('/api/events')),
      b: sseReader(await b.agent.openStream('/api/events')),
      trainer: sseReader(await trainer.openStream('/api/events')),
    };
    for (const stream of Object.values(streams)) expect((await stream.next())?.event).toBe('ready');

    const sent = (await a.agent.post(`/api/clients/${a.client.id}/messages`, { body: 'Done with legs!' })).body;
    const atTrainer = await streams.trainer.nextOf('message');
    expect(JSON.parse(atTrainer!.data)).toMatchObject({
      type: 'message',
      clientId: a.client.id,
      message: { id: sent.id, body: 'Done with legs!' },
    });
    expect(await streams.a.nextOf('message')).not.toBeNull(); // the sender's other devices too
    expect((await streams.trainer.nextOf('notifications'))?.data).toContain('notifications');

    await trainer.post(`/api/clients/${a.client.id}/messages/read`);
    expect(JSON.parse((await streams.a.nextOf('read'))!.data)).toMatchObject({ reader: 'trainer', clientId: a.client.id });

    // Client B heard nothing of it: no message, no read receipt.
    expect(await streams.b.next(300)).toBeNull();
    await Promise.all(Object.values(streams).map((stream) => stream.close()));
  });

  it('closes a client’s stream when they are archived, and needs a session', async () => {
    const c = await createJoinedClient(t.app, trainer);
    const stream = sseReader(await c.agent.openStream('/api/events'));
    expect((await stream.next())?.event).toBe('ready');
    const open = t.deps.hub!.size();
    await trainer.post(`/api/clients/${c.client.id}/archive`);
    expect(t.deps.hub!.size()).toBe(open - 1);
    expect(await stream.next(1000)).toBeNull();
    expect((await new (trainer.constructor as typeof Agent)(t.app).get('/api/events')).status).toBe(401);
  });
});
