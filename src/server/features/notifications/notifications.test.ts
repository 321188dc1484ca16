import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { emailUnseenNotifications } from './notifications.service';
import { inLocalWindow } from './local-time';

let t: TestApp;
let trainer: Agent;
let trainerEmail: string;
beforeAll(async () => {
  t = await createTestApp();
  // Madrid: 10:00 local on a winter day, well outside anyone's night.
  t.clock.set(new Date('2026-12-01T09:00:00Z'));
  const created = await createTrainer(t.app);
  trainer = created.agent;
  trainerEmail = (await trainer.get('/api/auth/session')).body.user.email;
});
afterAll(() => t.close());

const MINUTE = 60_000;
const digests = async (to: string) =>
  (await trainer.get('/api/emails?limit=100')).body.items.filter(
    (e: { kind: string; to: string }) => e.kind === 'notifications' && e.to === to,
  );

describe('notifications', () => {
  it('fold a busy conversation into one notification and one email, and clear when the conversation is read', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const path = `/api/clients/${client.id}/messages`;
    for (const body of ['Quick question', 'about Thursday', 'can we move it?']) {
      await agent.post(path, { body });
      t.clock.advance(MINUTE);
    }
    const list = (await trainer.get('/api/notifications')).body;
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({
      type: 'message',
      count: 3,
      title: `New message from ${client.name}`,
      body: 'can we move it?',
      link: `/clients/${client.id}/messages`,
      readAt: null,
    });

    // Not yet 15 minutes: nothing is emailed.
    await emailUnseenNotifications(t.jobDeps);
    expect(await digests(trainerEmail)).toHaveLength(0);
    t.clock.advance(15 * MINUTE);
    expect((await emailUnseenNotifications(t.jobDeps)).emails).toBe(1);
    // More messages in the same unread conversation: still that one email.
    await agent.post(path, { body: 'hello?' });
    t.clock.advance(20 * MINUTE);
    await emailUnseenNotifications(t.jobDeps);
    const sent = await digests(trainerEmail);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe(`New message from ${client.name}`);

    await trainer.post(`${path}/read`);
    expect((await trainer.get('/api/notifications')).body.unread).toBe(0);
    // The client has no notification of their own messages.
    expect((await agent.get('/api/notifications')).body.items).toEqual([]);
  });

  it('respect preferences: muted types, email off, quiet hours (emails wait until they end)', async () => {
    const { client, agent, email } = await createJoinedClient(t.app, trainer);
    const base = { emailEnabled: true, mutedInApp: [], mutedEmail: [], quietStart: null, quietEnd: null };
    const unknownType = await agent.put('/api/notifications/preferences', { ...base, mutedInApp: ['nonsense'] });
    expect(unknownType.body.error.details.fields[0].path).toBe('mutedInApp.0');
    const halfQuiet = await agent.put('/api/notifications/preferences', { ...base, quietStart: '22:00' });
    expect(halfQuiet.body.error.details.fields[0].path).toBe('quietEnd');
    expect((await agent.put('/api/notifications/preferences', { ...base, quietStart: '25:00', quietEnd: '07:00' })).status).toBe(400);

    // Quiet from 09:00 to 12:00 Madrid time; it is 10:xx there now.
    t.clock.set(new Date('2026-12-02T09:00:00Z'));
    const saved = await agent.put('/api/notifications/preferences', {
      emailEnabled: true,
      mutedInApp: [],
      mutedEmail: [],
      quietStart: '09:00',
      quietEnd: '12:00',
    });
    expect(saved.status).toBe(200);
    await trainer.post(`/api/clients/${client.id}/messages`, { body: 'New program is up' });
    t.clock.advance(20 * MINUTE);
    await emailUnseenNotifications(t.jobDeps);
    expect(await digests(email)).toHaveLength(0);
    t.clock.set(new Date('2026-12-02T11:05:00Z')); // 12:05 in Madrid
    await emailUnseenNotifications(t.jobDeps);
    expect(await digests(email)).toHaveLength(1);

    // Messages muted in the app: no notification, so no email either.
    await agent.put('/api/notifications/preferences', { ...saved.body, mutedInApp: ['message'], quietStart: null, quietEnd: null });
    await agent.post('/api/notifications/read', {});
    await trainer.post(`/api/clients/${client.id}/messages`, { body: 'Another one' });
    expect((await agent.get('/api/notifications')).body.unread).toBe(0);
  });

  it('knows local quiet windows across midnight', () => {
    const at = (iso: string) => new Date(iso);
    expect(inLocalWindow(at('2026-07-01T21:30:00Z'), 'Europe/Madrid', '22:00', '07:00')).toBe(true); // 23:30
    expect(inLocalWindow(at('2026-07-01T04:30:00Z'), 'Europe/Madrid', '22:00', '07:00')).toBe(true); // 06:30
    expect(inLocalWindow(at('2026-07-01T05:30:00Z'), 'Europe/Madrid', '22:00', '07:00')).toBe(false); // 07:30
    expect(inLocalWindow(at('2026-07-01T10:00:00Z'), 'America/New_York', '06:00', '07:00')).toBe(true); // 06:00
  });
});
