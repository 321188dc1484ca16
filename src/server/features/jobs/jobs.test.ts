import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { DAY_MS } from '../../lib/clock';
import { createLogger } from '../../lib/logger';
import { createMailer } from '../emails/mailer';
import { insertJob } from './jobs.repo';
import { jobRegistry } from './registry';
import { runDueJobs, type JobDeps, type JobRegistry } from './jobs.runner';

let t: TestApp;
let trainer: Agent;
let deps: JobDeps;
beforeAll(async () => {
  t = await createTestApp();
  trainer = (await createTrainer(t.app)).agent;
  deps = { ...t.jobDeps, logger: createLogger('silent'), mailer: createMailer({ from: 'x@example.com' }) };
});
afterAll(() => t.close());

describe('the job runner', () => {
  it('runs each scheduled sweep once per period, however often it is called', async () => {
    const calls: string[] = [];
    const registry: JobRegistry = {
      handlers: { sweep: () => Promise.resolve(void calls.push('sweep')) },
      schedules: [{ kind: 'sweep', everyMs: 60 * 60 * 1000 }],
    };
    await runDueJobs(deps, registry, 5_000);
    await runDueJobs(deps, registry, 5_000);
    expect(calls).toEqual(['sweep']);
    t.clock.advance(60 * 60 * 1000);
    await runDueJobs(deps, registry, 5_000);
    expect(calls).toEqual(['sweep', 'sweep']);
  });

  it('retries a failing job with backoff, then gives up and records why', async () => {
    let attempts = 0;
    const registry: JobRegistry = {
      handlers: {
        flaky: () => {
          attempts += 1;
          return Promise.reject(new Error('provider down'));
        },
      },
      schedules: [],
    };
    await insertJob(t.db, { kind: 'flaky', runAt: t.clock.now(), maxAttempts: 2 });
    expect(await runDueJobs(deps, registry, 5_000)).toEqual({ ran: 1, failed: 1 });
    expect(await runDueJobs(deps, registry, 5_000)).toEqual({ ran: 0, failed: 0 }); // waiting for its retry time
    t.clock.advance(60_000);
    expect(await runDueJobs(deps, registry, 5_000)).toEqual({ ran: 1, failed: 1 });
    t.clock.advance(10 * 60_000);
    expect(await runDueJobs(deps, registry, 5_000)).toEqual({ ran: 0, failed: 0 });
    expect(attempts).toBe(2);
    const job = (await t.db.query.jobs.findMany()).find((j) => j.kind === 'flaky')!;
    expect(job).toMatchObject({ status: 'failed', attempts: 2, lastError: 'provider down' });
  });
});

describe('ending pauses', () => {
  it('makes a paused client active again on their "back on" date, in their time zone', async () => {
    const { client } = await createJoinedClient(t.app, trainer, { onboarding: { timeZone: 'Pacific/Auckland' } });
    const backOn = new Date(t.clock.now().getTime() + 3 * DAY_MS).toISOString().slice(0, 10);
    await trainer.post(`/api/clients/${client.id}/pause`, { reason: 'vacation', until: backOn });
    const indefinitely = (await createJoinedClient(t.app, trainer)).client;
    await trainer.post(`/api/clients/${indefinitely.id}/pause`, { reason: 'injury' });

    t.clock.set(new Date(`${backOn}T00:00:00Z`)); // 13:00 in Auckland: their day has come
    t.clock.advance(-DAY_MS + 60_000); // …but a day earlier it had not
    await runDueJobs(deps, jobRegistry, 5_000);
    expect((await trainer.get(`/api/clients/${client.id}`)).body.status).toBe('paused');

    t.clock.set(new Date(`${backOn}T00:00:00Z`));
    await runDueJobs(deps, jobRegistry, 5_000);
    expect((await trainer.get(`/api/clients/${client.id}`)).body).toMatchObject({ status: 'active', pause: null });
    expect((await trainer.get(`/api/clients/${indefinitely.id}`)).body.status).toBe('paused');
  });
});
