import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAutomations } from '../../src/server/features/automations/automations.service';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { scheduleOneOff } from '../factories/programs';
import type { Agent } from '../setup/agent';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/** Trainer and client chat side by side: messages arrive without a reload, links work, HTML stays text, read receipts update. */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clientId = '';
let trainerApi: Agent;
beforeAll(async () => {
  server = await startServer();
  // The server's clock: Monday 7 December 2026, 10:00 in Madrid (the client's time zone).
  server.clock.set(new Date('2026-12-07T09:00:00Z'));
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl);
  trainerApi = trainer.agent;
  clientId = (
    await createJoinedClient(app, trainer.agent, { client: { name: 'Lena Fischer', email: 'lena@example.com' }, baseUrl: server.baseUrl })
  ).client.id;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

it('delivers messages both ways without a reload, with links, plain-text HTML and read receipts', async () => {
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  const lena = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.waitForURL('**/clients');
  await coach.goto(`/clients/${clientId}/messages`);
  await signIn(lena, 'lena@example.com', CLIENT_PASSWORD);
  await lena.waitForURL(/\/(today|onboarding)/);
  await lena.goto('/messages');

  await coach.getByLabel('Message', { exact: true }).fill('Form video: https://example.com/step-ups <b>not bold</b>');
  await coach.getByRole('button', { name: 'Send' }).click();

  // Arrives on the client's phone by polling, no reload; the link is a link, the tag is text.
  const link = lena.getByRole('link', { name: 'https://example.com/step-ups' });
  await link.waitFor({ timeout: 10_000 });
  expect(await link.getAttribute('href')).toBe('https://example.com/step-ups');
  expect(await lena.getByText('<b>not bold</b>').count()).toBeGreaterThan(0);
  expect(await lena.locator('b', { hasText: 'not bold' }).count()).toBe(0); // never became markup

  await lena.getByLabel('Message', { exact: true }).fill('Will do, thanks!');
  await lena.keyboard.press('Enter');
  await coach.getByText('Will do, thanks!').first().waitFor({ timeout: 10_000 });
  // The coach opened it, so the client's message shows as read on the client's side.
  await lena.getByText('Read', { exact: true }).or(lena.getByText('· Read')).first().waitFor({ timeout: 15_000 });
  await screenshots(coach, '30-trainer-messages');
  await screenshots(lena, '31-client-messages');
});

it('sends the missed-workouts nudge under a fake clock: live on the client’s phone, as the coach, marked automated only for the coach', async () => {
  const enabled = await trainerApi.put('/api/automations/missed_workouts', {
    enabled: true,
    template: 'Hi {firstName}, {missed} workouts slipped this week. Want me to lighten the plan?',
    params: { missed: 2 },
  });
  expect(enabled.status).toBe(200);
  await scheduleOneOff(server.db, trainerApi, clientId, '2026-12-07', 'Upper body');
  await scheduleOneOff(server.db, trainerApi, clientId, '2026-12-08', 'Lower body');

  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  const lena = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.waitForURL('**/clients');
  await coach.goto(`/clients/${clientId}/messages`);
  await signIn(lena, 'lena@example.com', CLIENT_PASSWORD);
  await lena.waitForURL(/\/(today|onboarding)/);
  await lena.goto('/messages');
  await lena.getByText('Will do, thanks!').first().waitFor();

  // Wednesday morning in Madrid: Monday and Tuesday were missed; the job runner's sweep fires.
  server.clock.set(new Date('2026-12-09T08:30:00Z'));
  expect((await runAutomations(server.jobDeps)).sent).toBe(1);
  const text = 'Hi Lena, 2 workouts slipped this week. Want me to lighten the plan?';
  await lena.getByText(text).first().waitFor({ timeout: 3_000 }); // live: no reload, well within 2 s of delivery
  await coach.getByText(text).first().waitFor({ timeout: 3_000 });
  expect(await lena.getByText('Automated').count()).toBe(0);
  expect(await coach.getByText('Automated').count()).toBeGreaterThan(0);
  // Running again (the next sweep) never sends it twice.
  expect((await runAutomations(server.jobDeps)).sent).toBe(0);
  await screenshots(lena, '32-client-automated-message');
  await screenshots(coach, '33-trainer-automated-message');
});

it('puts a client message left unanswered for a day on the needs-attention list, one click from the reply', async () => {
  // Lena's "Will do, thanks!" (7 Dec) has had no personal answer: the automated nudge does not count.
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.waitForURL('**/clients');
  const panel = coach.getByRole('region', { name: /Needs attention/ });
  await panel.getByText(/Lena has been waiting \d+ (hours|days) for your reply/).waitFor();
  await screenshots(coach, '34-trainer-needs-attention');
  await panel.getByRole('link', { name: 'Reply' }).first().click();
  await coach.waitForURL(`**/clients/${clientId}/messages`);
  await coach.getByLabel('Message', { exact: true }).fill('Sorry for the wait: yes, lighter week it is.');
  await coach.getByRole('button', { name: 'Send' }).click();
  await coach.goto('/clients');
  await coach
    .getByText('All clear: nobody is waiting on you.')
    .or(coach.getByText(/Answered yes to/))
    .first()
    .waitFor();
  expect(await coach.getByText(/Lena has been waiting/).count()).toBe(0);
});
