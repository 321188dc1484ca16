import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../../../../tests/factories/clients';
import { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const latestEmail = async (trainer: Agent, kind: string) => {
  const list = await trainer.get('/api/emails');
  const summary = list.body.items.find((item: { kind: string }) => item.kind === kind);
  return (await trainer.get(`/api/emails/${summary.id}`)).body;
};

describe('first-run setup', () => {
  it('needs setup until the trainer exists, then refuses a second trainer', async () => {
    const anon = new Agent(t.app);
    expect((await anon.get('/api/setup')).body).toEqual({ needsSetup: true, tokenRequired: false });

    const weak = await anon.post('/api/setup', { name: 'Sam', email: 'sam@example.com', password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.fields).toEqual([{ path: 'password', message: 'Use at least 10 characters' }]);

    const trainer = await createTrainer(t.app, { email: 'Sam@Example.com' });
    expect(trainer.user).toMatchObject({ role: 'trainer', email: 'sam@example.com', name: 'Sam Rivera' });
    expect((await trainer.agent.get('/api/auth/session')).body.user.role).toBe('trainer');
    expect((await anon.get('/api/setup')).body.needsSetup).toBe(false);

    const second = await new Agent(t.app).post('/api/setup', { name: 'Eve', email: 'eve@example.com', password: 'another-password' });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('CONFLICT');
  });
});

describe('signing in and out', () => {
  it('signs in with the right password, shows who is signed in, and signs out', async () => {
    const agent = new Agent(t.app);
    expect((await agent.get('/api/auth/session')).body).toEqual({ user: null, coachName: 'Sam Rivera' });
    const res = await agent.post('/api/auth/sign-in', { email: 'SAM@example.com', password: TRAINER_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user.role).toBe('trainer');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/); // plain http locally
    expect((await agent.post('/api/auth/sign-out')).status).toBe(200);
    expect((await agent.get('/api/auth/session')).body.user).toBeNull();
    expect((await agent.get('/api/clients')).status).toBe(401);
  });

  it('answers a wrong password with a clear 401', async () => {
    const res = await new Agent(t.app).post('/api/auth/sign-in', { email: 'sam@example.com', password: 'not-the-password' });
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({ code: 'UNAUTHENTICATED', message: "That email and password don't match." });
    const unknown = await new Agent(t.app).post('/api/auth/sign-in', { email: 'nobody@example.com', password: 'whatever-123' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe(res.body.error.message);
  });

  it('locks an email+IP out after 10 failures in 15 minutes, with Retry-After', async () => {
    const agent = new Agent(t.app, { 'x-test-ip': '10.0.0.9' });
    for (let i = 0; i < 10; i++) {
      expect((await agent.post('/api/auth/sign-in', { email: 'sam@example.com', password: `wrong-${i}-password` })).status).toBe(401);
    }
    const blocked = await agent.post('/api/auth/sign-in', { email: 'sam@example.com', password: TRAINER_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);

    // Another IP is unaffected; and once the window has passed, the right password works again.
    const elsewhere = new Agent(t.app, { 'x-test-ip': '10.0.0.10' });
    expect((await elsewhere.post('/api/auth/sign-in', { email: 'sam@example.com', password: TRAINER_PASSWORD })).status).toBe(200);
    t.clock.advance(15 * 60 * 1000 + 1000);
    expect((await agent.post('/api/auth/sign-in', { email: 'sam@example.com', password: TRAINER_PASSWORD })).status).toBe(200);
  });
});

describe('passwords', () => {
  it('resets a forgotten password by the emailed link, once, and ends old sessions', async () => {
    const trainer = new Agent(t.app);
    await trainer.post('/api/auth/sign-in', { email: 'sam@example.com', password: TRAINER_PASSWORD });
    const { agent: client } = await createJoinedClient(t.app, trainer, { client: { email: 'forgetful@example.com' } });

    const anon = new Agent(t.app);
    expect((await anon.post('/api/auth/password/forgot', { email: 'forgetful@example.com' })).status).toBe(202);
    // Unknown addresses get the same answer, so accounts can't be discovered.
    const unknown = await anon.post('/api/auth/password/forgot', { email: 'ghost@example.com' });
    expect(unknown.status).toBe(202);

    const email = await latestEmail(trainer, 'password_reset');
    expect(email.to).toBe('forgetful@example.com');
    expect(email.link).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=/);
    expect(email.text).toContain(email.link);
    const token = new URL(email.link).searchParams.get('token')!;

    const tooShort = await anon.post('/api/auth/password/reset', { token, password: 'short' });
    expect(tooShort.status).toBe(400);
    expect((await anon.post('/api/auth/password/reset', { token, password: 'a-brand-new-password' })).status).toBe(200);
    const reused = await anon.post('/api/auth/password/reset', { token, password: 'yet-another-password' });
    expect(reused.status).toBe(400);
    expect(reused.body.error.details.fields[0].path).toBe('token');

    expect((await client.get('/api/me/client')).status).toBe(401);
    const old = await new Agent(t.app).post('/api/auth/sign-in', { email: 'forgetful@example.com', password: CLIENT_PASSWORD });
    expect(old.status).toBe(401);
    const fresh = await new Agent(t.app).post('/api/auth/sign-in', { email: 'forgetful@example.com', password: 'a-brand-new-password' });
    expect(fresh.status).toBe(200);
  });

  it('changes the password when the current one is right, and says so by email', async () => {
    const trainer = new Agent(t.app);
    await trainer.post('/api/auth/sign-in', { email: 'sam@example.com', password: TRAINER_PASSWORD });
    const other = new Agent(t.app);
    await other.post('/api/auth/sign-in', { email: 'sam@example.com', password: TRAINER_PASSWORD });

    const wrong = await trainer.post('/api/auth/password/change', { currentPassword: 'nope-nope-nope', newPassword: 'new-trainer-pass-1' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.fields[0].path).toBe('currentPassword');

    const ok = await trainer.post('/api/auth/password/change', { currentPassword: TRAINER_PASSWORD, newPassword: 'new-trainer-pass-1' });
    expect(ok.status).toBe(200);
    expect((await trainer.get('/api/clients')).status).toBe(200); // this device stays signed in
    expect((await other.get('/api/clients')).status).toBe(401); // other devices are signed out
    expect((await latestEmail(trainer, 'password_changed')).to).toBe('sam@example.com');
    expect(
      (await trainer.post('/api/auth/password/change', { currentPassword: 'new-trainer-pass-1', newPassword: TRAINER_PASSWORD })).status,
    ).toBe(200);
  });
});
