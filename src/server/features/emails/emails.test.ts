import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrainer } from '../../../../tests/factories/clients';
import { startSmtpStandIn, type ReceivedMail } from '../../../../tests/stand-ins/smtp';
import type { StandIn } from '../../../../tests/stand-ins/stand-in';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { Agent } from '../../../../tests/setup/agent';
import { createMailer } from './mailer';

let smtp: StandIn<ReceivedMail>;
let t: TestApp;
let trainer: Agent;
beforeAll(async () => {
  smtp = await startSmtpStandIn();
  t = await createTestApp({ mailer: createMailer({ smtpUrl: smtp.url, from: 'Coach Sam <coach@example.com>' }) });
  trainer = (await createTrainer(t.app)).agent;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('email with SMTP configured', () => {
  it('delivers the invitation through SMTP and records it as sent', async () => {
    const res = await trainer.post('/api/clients', { name: 'Dana Smith', email: 'dana@example.com' });
    expect(res.body.invitation.emailed).toBe(true);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual(['dana@example.com']);
    expect(mail.from).toBe('coach@example.com');
    expect(mail.raw).toContain('Subject: Sam Rivera invited you to OneCoach');
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(res.body.invitation.url);
    const outbox = await trainer.get('/api/emails');
    expect(outbox.body.items[0]).toMatchObject({ to: 'dana@example.com', status: 'sent' });
  });

  it('keeps the client and the link when the mail server refuses, and shows the failure', async () => {
    smtp.failNext(1, 'mailbox unavailable');
    const res = await trainer.post('/api/clients', { name: 'Eli Brown', email: 'eli@example.com' });
    expect(res.status).toBe(201);
    expect(res.body.invitation).toMatchObject({ emailed: false, url: expect.stringContaining('/invite/') });
    const outbox = await trainer.get('/api/emails');
    const failed = outbox.body.items.find((e: { to: string }) => e.to === 'eli@example.com');
    expect(failed.status).toBe('failed');
    expect((await trainer.get(`/api/emails/${failed.id}`)).body.error).toMatch(/mailbox unavailable/);
  });

  it('emails a password reset link', async () => {
    const before = smtp.received.length;
    const email = (await trainer.get('/api/auth/session')).body.user.email;
    await new Agent(t.app).post('/api/auth/password/forgot', { email });
    expect(smtp.received.length).toBe(before + 1);
    expect(smtp.received.at(-1)!.raw).toContain('Subject: Reset your OneCoach password');
  });
});
