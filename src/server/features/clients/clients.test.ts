import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT_PASSWORD,
  buildOnboarding,
  createInvitedClient,
  createJoinedClient,
  createTrainer,
} from '../../../../tests/factories/clients';
import { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { DAY_MS } from '../../lib/clock';

let t: TestApp;
let trainer: Agent;
beforeAll(async () => {
  t = await createTestApp();
  trainer = (await createTrainer(t.app, { name: 'Sam Rivera', email: 'sam@example.com' })).agent;
});
afterAll(() => t.close());

const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((c) => c.name);

describe('adding and inviting a client', () => {
  it('adds a client, shows and emails a 14-day link, and stores only a hash of its token', async () => {
    const res = await trainer.post('/api/clients', {
      name: '  Ana López ',
      email: 'Ana@Example.com',
      tags: ['Online', 'online', 'Hybrid'],
      note: 'Met at the gym',
    });
    expect(res.status).toBe(201);
    expect(res.body.client).toMatchObject({
      name: 'Ana López',
      email: 'ana@example.com',
      status: 'invited',
      tags: ['online', 'hybrid'],
      invitation: { state: 'pending' },
    });
    const { url, expiresAt } = res.body.invitation;
    expect(url).toMatch(/^http:\/\/localhost:3000\/invite\/[\w-]{43}$/);
    expect(new Date(expiresAt).getTime() - t.clock.now().getTime()).toBeCloseTo(14 * DAY_MS, -4);

    const outbox = await trainer.get('/api/emails');
    const summary = outbox.body.items.find((e: { to: string }) => e.to === 'ana@example.com');
    expect(summary).toMatchObject({ kind: 'invitation', status: 'stored', subject: 'Sam Rivera invited you to OneCoach' });
    const email = (await trainer.get(`/api/emails/${summary.id}`)).body;
    expect(email.link).toBe(url);
    expect(email.html).toContain(url);

    const token = url.split('/invite/')[1];
    const rows = await t.db.query.invitations.findMany();
    expect(rows.some((row) => row.tokenHash.includes(token))).toBe(false);
  });

  it('refuses a second client with the same email, naming the field', async () => {
    const res = await trainer.post('/api/clients', { name: 'Ana Again', email: 'ANA@example.com' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual([{ path: 'email', message: 'Someone with this email is already in OneCoach.' }]);
    const trainerEmail = await trainer.post('/api/clients', { name: 'Me', email: 'sam@example.com' });
    expect(trainerEmail.status).toBe(400);
  });

  it('resends (old link stops working) and revokes invitations', async () => {
    const { client, token } = await createInvitedClient(trainer, { name: 'Ben Okafor' });
    const resent = await trainer.post(`/api/clients/${client.id}/invitation`);
    expect(resent.status).toBe(200);
    const newToken = resent.body.url.split('/invite/')[1];
    expect(newToken).not.toBe(token);

    const anon = new Agent(t.app);
    expect((await anon.get(`/api/invitations/${token}`)).body.state).toBe('revoked');
    expect((await anon.get(`/api/invitations/${newToken}`)).body).toMatchObject({
      state: 'pending',
      clientName: 'Ben Okafor',
      trainerName: 'Sam Rivera',
    });

    const revoked = await trainer.delete(`/api/clients/${client.id}/invitation`);
    expect(revoked.body.invitation.state).toBe('revoked');
    const accept = await anon.post(`/api/invitations/${newToken}/accept`, { password: CLIENT_PASSWORD });
    expect(accept.status).toBe(409);
    expect(accept.body.error.message).toMatch(/no longer valid/);
    expect((await trainer.delete(`/api/clients/${client.id}/invitation`)).status).toBe(409);
    expect((await anon.get('/api/invitations/not-a-real-token-not-a-real-token')).status).toBe(404);
  });

  it('expires an invitation after 14 days', async () => {
    const { token } = await createInvitedClient(trainer);
    t.clock.advance(14 * DAY_MS + 1000);
    const anon = new Agent(t.app);
    expect((await anon.get(`/api/invitations/${token}`)).body.state).toBe('expired');
    const accept = await anon.post(`/api/invitations/${token}/accept`, { password: CLIENT_PASSWORD });
    expect(accept.status).toBe(409);
    expect(accept.body.error.message).toMatch(/expired/);
    t.clock.advance(-(14 * DAY_MS + 1000));
  });
});

describe('joining and onboarding', () => {
  it('accepts an invitation once, signs the client in, and records onboarding the trainer can read', async () => {
    const { client, token } = await createInvitedClient(trainer, { name: 'Chloé Martin', email: 'chloe@example.com' });
    const agent = new Agent(t.app);
    const weak = await agent.post(`/api/invitations/${token}/accept`, { password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.fields[0].path).toBe('password');

    const joined = await agent.post(`/api/invitations/${token}/accept`, { password: CLIENT_PASSWORD });
    expect(joined.status).toBe(201);
    expect(joined.body.user).toMatchObject({ role: 'client', clientId: client.id, onboarded: false, name: 'Chloé Martin' });
    expect((await new Agent(t.app).post(`/api/invitations/${token}/accept`, { password: CLIENT_PASSWORD })).status).toBe(409);

    const bad = await agent.put('/api/me/onboarding', {
      ...buildOnboarding(),
      daysPerWeek: 9,
      units: 'stone',
      timeZone: 'Mars/Olympus',
      waiverAccepted: false,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'daysPerWeek',
      'timeZone',
      'units',
      'waiverAccepted',
    ]);

    const saved = await agent.put('/api/me/onboarding', buildOnboarding({ units: 'lb', timeZone: 'America/Chicago' }));
    expect(saved.status).toBe(200);
    expect((await agent.get('/api/auth/session')).body.user.onboarded).toBe(true);

    const seen = await trainer.get(`/api/clients/${client.id}`);
    expect(seen.body.status).toBe('active');
    expect(seen.body.onboarding).toMatchObject({
      goals: ['build_muscle', 'get_stronger'],
      units: 'lb',
      timeZone: 'America/Chicago',
      heightCm: 172,
      injuries: expect.stringContaining('shoulder'),
      health: expect.objectContaining({ boneJoint: true, chestPain: false }),
      waiverVersion: expect.any(String),
    });
    expect(seen.body.lastActiveAt).not.toBeNull();
  });

  it('lets a client see only their own profile', async () => {
    const a = await createJoinedClient(t.app, trainer);
    const b = await createJoinedClient(t.app, trainer);
    expect((await a.agent.get(`/api/clients/${a.client.id}`)).status).toBe(200);
    const other = await a.agent.get(`/api/clients/${b.client.id}`);
    expect(other.status).toBe(404);
    expect((await a.agent.get('/api/clients')).status).toBe(403);
  });
});

describe('the clients table', () => {
  it('searches, filters by status and tag, and sorts', async () => {
    const local = await createTestApp();
    const coach = (await createTrainer(local.app)).agent;
    await createJoinedClient(local.app, coach, { client: { name: 'Zoe Park', tags: ['online'] } });
    local.clock.advance(DAY_MS);
    await createJoinedClient(local.app, coach, { client: { name: 'adam Smith', email: 'adam@gym.test', tags: ['hybrid'] } });
    local.clock.advance(DAY_MS);
    const maya = await createInvitedClient(coach, { name: 'Maya Cohen', tags: ['online', 'vip'] });
    const archived = await createInvitedClient(coach, { name: 'Old Client' });
    await coach.post(`/api/clients/${archived.client.id}/archive`);

    expect(names(await coach.get('/api/clients'))).toEqual(['adam Smith', 'Maya Cohen', 'Zoe Park']);
    expect(names(await coach.get('/api/clients?sort=name&order=desc'))).toEqual(['Zoe Park', 'Maya Cohen', 'adam Smith']);
    expect(names(await coach.get('/api/clients?sort=joined&order=desc'))).toEqual(['Maya Cohen', 'adam Smith', 'Zoe Park']);
    expect(names(await coach.get('/api/clients?sort=lastActive&order=desc'))).toEqual(['adam Smith', 'Zoe Park', 'Maya Cohen']);
    expect(names(await coach.get('/api/clients?q=GYM.TEST'))).toEqual(['adam Smith']);
    expect(names(await coach.get('/api/clients?q=100%25'))).toEqual([]);
    expect(names(await coach.get('/api/clients?tag=online'))).toEqual(['Maya Cohen', 'Zoe Park']);
    expect(names(await coach.get('/api/clients?status=invited'))).toEqual(['Maya Cohen']);
    expect(names(await coach.get('/api/clients?status=archived'))).toEqual(['Old Client']);
    expect((await coach.get('/api/clients?status=all')).body.total).toBe(4);
    const page = await coach.get('/api/clients?limit=2&offset=2');
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect((await coach.get('/api/clients/tags')).body.tags).toEqual(['hybrid', 'online', 'vip']);
    expect((await coach.get('/api/clients?status=gone')).status).toBe(400);
    expect(maya.client.status).toBe('invited');
    await local.close();
  });
});

describe('editing, pausing, archiving', () => {
  it('edits a client, also renaming their account', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const res = await trainer.patch(`/api/clients/${client.id}`, { name: 'Renamed Person', tags: ['vip'], note: 'Prefers mornings' });
    expect(res.body).toMatchObject({ name: 'Renamed Person', tags: ['vip'], note: 'Prefers mornings' });
    expect((await agent.get('/api/auth/session')).body.user.name).toBe('Renamed Person');
    const clash = await trainer.patch(`/api/clients/${client.id}`, { email: 'chloe@example.com' });
    expect(clash.status).toBe(400);
  });

  it('pauses with a reason and end date, resumes, and refuses impossible moves', async () => {
    const { client } = await createJoinedClient(t.app, trainer);
    const past = await trainer.post(`/api/clients/${client.id}/pause`, { reason: 'injury', until: '2001-01-01' });
    expect(past.status).toBe(400);
    expect(past.body.error.details.fields[0].path).toBe('until');
    const until = new Date(t.clock.now().getTime() + 10 * DAY_MS).toISOString().slice(0, 10);
    const paused = await trainer.post(`/api/clients/${client.id}/pause`, { reason: 'injury', note: 'Sprained ankle', until });
    expect(paused.body).toMatchObject({ status: 'paused', pause: { reason: 'injury', note: 'Sprained ankle', until } });
    expect((await trainer.post(`/api/clients/${client.id}/pause`, { reason: 'vacation' })).status).toBe(409);
    const resumed = await trainer.post(`/api/clients/${client.id}/resume`);
    expect(resumed.body).toMatchObject({ status: 'active', pause: null });
    expect((await trainer.post(`/api/clients/${client.id}/resume`)).status).toBe(409);
  });

  it('archives (signing the client out, keeping their record) and restores', async () => {
    const { client, agent, email, password } = await createJoinedClient(t.app, trainer);
    await trainer.post(`/api/clients/${client.id}/pause`, { reason: 'vacation' });
    const archived = await trainer.post(`/api/clients/${client.id}/archive`);
    expect(archived.body).toMatchObject({ status: 'archived' });
    expect((await agent.get('/api/me/client')).status).toBe(401);
    const signIn = await new Agent(t.app).post('/api/auth/sign-in', { email, password });
    expect(signIn.status).toBe(403);
    expect(signIn.body.error.message).toMatch(/archived/);
    expect((await trainer.get(`/api/clients/${client.id}`)).body.onboarding).not.toBeNull();

    const restored = await trainer.post(`/api/clients/${client.id}/restore`);
    expect(restored.body).toMatchObject({ status: 'paused', archivedAt: null });
    expect((await new Agent(t.app).post('/api/auth/sign-in', { email, password })).status).toBe(200);

    const audit = await t.db.query.auditLog.findMany({ where: (row, { eq }) => eq(row.subjectId, client.id) });
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        'client.create',
        'client.invitation.accept',
        'client.onboarding.complete',
        'client.pause',
        'client.archive',
        'client.restore',
      ]),
    );
  });
});
