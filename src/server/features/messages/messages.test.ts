import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitedClient, createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { scheduleOneOff } from '../../../../tests/factories/programs';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';

let t: TestApp;
let trainer: Agent;
beforeAll(async () => {
  t = await createTestApp();
  trainer = (await createTrainer(t.app)).agent;
});
afterAll(() => t.close());

describe('a conversation', () => {
  it('carries messages both ways with read receipts, unread counts and the needs-reply flag', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const path = `/api/clients/${client.id}/messages`;
    const first = await agent.post(path, { body: 'Knee felt odd on squats today <script>alert(1)</script>' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ sender: 'client', body: 'Knee felt odd on squats today <script>alert(1)</script>', pinned: false });

    expect((await trainer.get('/api/messages/unread')).body).toEqual({ total: 1, byClient: [{ clientId: client.id, count: 1 }] });
    let page = (await trainer.get(path)).body;
    expect(page).toMatchObject({ needsReply: true, hasMore: false, otherLastReadAt: expect.any(String) });

    t.clock.advance(60_000);
    await trainer.post(`${path}/read`);
    expect((await trainer.get('/api/messages/unread')).body.total).toBe(0);
    expect((await agent.get(path)).body.otherLastReadAt).not.toBeNull(); // the client sees it was read

    const workout = await scheduleOneOff(t.db, trainer, client.id, '2026-03-03', 'Lower body');
    const reply = await trainer.post(path, {
      body: 'Thanks for telling me. Swap to box squats this week.',
      subject: { type: 'scheduled_workout', id: workout.id },
    });
    expect(reply.body).toMatchObject({
      sender: 'trainer',
      subject: { type: 'scheduled_workout', id: workout.id },
      subjectLabel: 'Tue 3 Mar — Lower body',
    });
    const other = await createJoinedClient(t.app, trainer);
    const foreign = await trainer.post(`/api/clients/${other.client.id}/messages`, {
      body: 'x',
      subject: { type: 'scheduled_workout', id: workout.id },
    });
    expect(foreign.body.error.details.fields[0].path).toBe('subject.id');
    page = (await trainer.get(path)).body;
    expect(page.needsReply).toBe(false);
    expect(page.items.map((m: { sender: string }) => m.sender)).toEqual(['client', 'trainer']);
    expect((await agent.get('/api/messages/unread')).body.total).toBe(1);

    await agent.post(path, { body: 'Will do' });
    const inbox = (await trainer.get('/api/messages/conversations')).body.items;
    expect(inbox[0]).toMatchObject({
      clientId: client.id,
      clientName: client.name,
      preview: 'Will do',
      lastSender: 'client',
      unread: 1,
      needsReply: true,
    });
  });

  it('pages backwards through a long conversation', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const path = `/api/clients/${client.id}/messages`;
    for (let i = 1; i <= 5; i++) {
      t.clock.advance(1000);
      await agent.post(path, { body: `Message ${i}` });
    }
    const latest = (await trainer.get(`${path}?limit=2`)).body;
    expect(latest.items.map((m: { body: string }) => m.body)).toEqual(['Message 4', 'Message 5']);
    expect(latest.hasMore).toBe(true);
    const older = (await trainer.get(`${path}?limit=2&before=${encodeURIComponent(latest.items[0].createdAt)}`)).body;
    expect(older.items.map((m: { body: string }) => m.body)).toEqual(['Message 2', 'Message 3']);
  });

  it('edits within 15 minutes and deletes with a visible trace, only by the sender', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const sent = (await agent.post(`/api/clients/${client.id}/messages`, { body: 'See you Tuesdya' })).body;
    expect((await trainer.patch(`/api/messages/${sent.id}`, { body: 'hijack' })).status).toBe(403);
    const edited = await agent.patch(`/api/messages/${sent.id}`, { body: 'See you Tuesday' });
    expect(edited.body).toMatchObject({ body: 'See you Tuesday', editedAt: expect.any(String) });
    t.clock.advance(16 * 60_000);
    expect((await agent.patch(`/api/messages/${sent.id}`, { body: 'Too late' })).status).toBe(409);
    const deleted = await agent.delete(`/api/messages/${sent.id}`);
    expect(deleted.body).toMatchObject({ body: null, deletedAt: expect.any(String) });
    expect((await trainer.get(`/api/clients/${client.id}/messages`)).body.items[0]).toMatchObject({ id: sent.id, body: null });
  });

  it('lets the trainer pin, search and flag; refuses bad input and closed conversations', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const path = `/api/clients/${client.id}/messages`;
    const sent = (await trainer.post(path, { body: 'Your deload week starts Monday' })).body;
    expect((await trainer.post(`/api/messages/${sent.id}/pin`)).body.pinned).toBe(true);
    expect((await agent.post(`/api/messages/${sent.id}/pin`)).status).toBe(403);
    expect((await trainer.get('/api/messages/search?q=DELOAD')).body.items.map((m: { id: string }) => m.id)).toContain(sent.id);
    expect((await trainer.put(`/api/clients/${client.id}/conversation`, { needsReply: true })).body).toEqual({ needsReply: true });

    const empty = await agent.post(path, { body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.fields[0]).toEqual({ path: 'body', message: 'Write something first' });
    expect((await agent.post(path, { body: 'x'.repeat(100_000) })).body.error.details.fields[0].message).toBe('At most 5000 characters');

    const invited = await createInvitedClient(trainer);
    expect((await trainer.post(`/api/clients/${invited.client.id}/messages`, { body: 'Hello?' })).status).toBe(409);
    await trainer.post(`/api/clients/${client.id}/archive`);
    expect((await trainer.post(path, { body: 'Still there?' })).status).toBe(409);
  });

  it('broadcasts to every active client or to a tag, each in their own conversation', async () => {
    const tagged = await createJoinedClient(t.app, trainer, { client: { tags: ['hybrid'] } });
    const untagged = await createJoinedClient(t.app, trainer);
    const paused = await createJoinedClient(t.app, trainer, { client: { tags: ['hybrid'] } });
    await trainer.post(`/api/clients/${paused.client.id}/pause`, { reason: 'vacation' });
    const invited = await createInvitedClient(trainer, { tags: ['hybrid'] });

    const toTag = await trainer.post('/api/messages/broadcast', { body: 'Hybrid group: new conditioning block on Monday', tag: 'hybrid' });
    expect(toTag).toMatchObject({ status: 201, body: { sent: 1 } });
    const theirs = (await tagged.agent.get(`/api/clients/${tagged.client.id}/messages`)).body.items;
    expect(theirs.map((m: { body: string }) => m.body)).toEqual(['Hybrid group: new conditioning block on Monday']);
    expect((await untagged.agent.get(`/api/clients/${untagged.client.id}/messages`)).body.items).toEqual([]);
    expect((await paused.agent.get(`/api/clients/${paused.client.id}/messages`)).body.items).toEqual([]);
    expect((await trainer.get(`/api/clients/${invited.client.id}/messages`)).body.items).toEqual([]);

    const toAll = await trainer.post('/api/messages/broadcast', { body: 'Gym closed on the 25th', tag: null });
    expect(toAll.body.sent).toBeGreaterThanOrEqual(2);
    expect((await untagged.agent.get('/api/messages/unread')).body.total).toBe(1);
    expect((await tagged.agent.post('/api/messages/broadcast', { body: 'x' })).status).toBe(403);
    expect((await trainer.post('/api/messages/broadcast', { body: '' })).body.error.details.fields[0].path).toBe('body');
  });

  it("never shows a client another client's conversation", async () => {
    const a = await createJoinedClient(t.app, trainer);
    const b = await createJoinedClient(t.app, trainer);
    const secret = (await b.agent.post(`/api/clients/${b.client.id}/messages`, { body: 'private' })).body;
    expect((await a.agent.get(`/api/clients/${b.client.id}/messages`)).status).toBe(404);
    expect((await a.agent.post(`/api/clients/${b.client.id}/messages`, { body: 'hi' })).status).toBe(404);
    expect((await a.agent.delete(`/api/messages/${secret.id}`)).status).toBe(404);
    expect((await a.agent.get('/api/messages/search?q=private')).status).toBe(403);
  });
});
