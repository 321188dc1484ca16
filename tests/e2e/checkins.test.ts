import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agent } from '../setup/agent';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * The "feel heard" loop: the coach's weekly check-in (a 1–10 scale, a text and a photo) is due on
 * the client's Today; the client fills it in on the phone (the half-filled draft survives a
 * reload), sends it; the coach replies from the review page; the client sees "Read by your coach"
 * and the reply. Habits tick in one tap on the same Today.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let lena: Agent;
let clientId = '';
let scheduleId = '';

/** A day in the client's calendar (Europe/Madrid, as onboarding sets it), `ago` days back. */
const day = (ago: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(Date.now() - ago * 86_400_000);
const isoWeekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay() || 7;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl);
  const client = await createJoinedClient(app, trainer.agent, {
    client: { name: 'Lena Fischer', email: 'lena@example.com' },
    baseUrl: server.baseUrl,
  });
  lena = client.agent;
  clientId = client.client.id;
  // The coach's weekly check-in, due today (its weekday), assigned to Lena.
  const form = await trainer.agent.post('/api/checkin-forms', {
    name: 'Weekly check-in',
    questions: [
      { id: 'energy', type: 'scale_10', prompt: 'How was your energy?', lowLabel: 'Drained', highLabel: 'Buzzing', required: true },
      { id: 'week', type: 'long_text', prompt: 'How did the week go?', required: true },
      { id: 'front', type: 'photo', prompt: 'Front photo', pose: 'front' },
    ],
  });
  expect(form.status).toBe(201);
  const schedule = await trainer.agent.post('/api/checkin-schedules', {
    formId: form.body.id,
    clientId,
    kind: 'weekly',
    weekday: isoWeekday(day(0)),
    startDate: day(28),
    graceHours: 48,
  });
  expect(schedule.status).toBe(201);
  scheduleId = schedule.body.id;
  const habit = await trainer.agent.post(`/api/clients/${clientId}/habits`, {
    name: '10 minutes of mobility',
    kind: 'yes_no',
    startDate: day(3),
  });
  expect(habit.status).toBe(201);
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

it('shows the check-in due on Today; the client fills it in on the phone, keeps a draft, adds a photo and sends it', async () => {
  const page = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(page, 'lena@example.com', CLIENT_PASSWORD);
  await page.waitForURL('**/today');
  const card = page.getByRole('region', { name: 'Check-in: Weekly check-in' });
  await card.getByText('Check-in · Due today').waitFor();

  // A yes/no habit ticks in one tap, and stays ticked.
  const mobility = page.getByRole('button', { name: '10 minutes of mobility: done today' });
  await mobility.click();
  await expect.poll(async () => (await lena.get(`/api/clients/${clientId}/habits`)).body.items[0].current).toBe(1);
  expect(await mobility.getAttribute('aria-pressed')).toBe('true');
  await screenshots(page, 'checkins-01-today-due');

  await card.getByRole('link', { name: 'Fill in' }).click();
  await page.getByRole('heading', { name: 'Weekly check-in' }).waitFor();
  const energy = page.getByRole('group', { name: /How was your energy/ });
  await energy.getByText('8', { exact: true }).click();
  // Sending without the required text: named at its question, nothing sent.
  await page.getByRole('button', { name: 'Send check-in' }).click();
  const week = page.getByRole('group', { name: /How did the week go/ });
  await week.getByText('This question needs an answer').waitFor();
  await week.getByRole('textbox').fill('Four sessions, knee felt fine. Slept badly on Thursday.');

  // Half-filled and reloaded: the answers come back from the device.
  await page.reload();
  await page.getByText('Draft restored').waitFor();
  expect(await energy.getByRole('radio', { name: '8' }).isChecked()).toBe(true);
  expect(await week.getByRole('textbox').inputValue()).toBe('Four sessions, knee felt fine. Slept badly on Thursday.');

  const photo = await sharp({ create: { width: 900, height: 1200, channels: 3, background: '#a98467' } })
    .jpeg({ quality: 85 })
    .toBuffer();
  const front = page.getByRole('group', { name: /Front photo/ });
  await front.locator('input[type=file]').setInputFiles({ name: 'front.jpg', mimeType: 'image/jpeg', buffer: photo });
  await front.getByRole('img', { name: 'Your photo for this question' }).waitFor();
  await page.getByRole('button', { name: 'Send check-in' }).waitFor({ state: 'visible' });
  await expect.poll(() => page.getByRole('button', { name: 'Send check-in' }).isEnabled()).toBe(true);
  await screenshots(page, 'checkins-02-filled');

  await page.getByRole('button', { name: 'Send check-in' }).click();
  await page.waitForURL('**/today');
  await page.getByText('Sent — your coach will read it.').waitFor();
  await screenshots(page, 'checkins-03-today-sent');

  const mine = (await lena.get('/api/me/checkins')).body.current.find((c: { scheduleId: string }) => c.scheduleId === scheduleId);
  expect(mine.state).toBe('submitted');
  const answers = Object.fromEntries(mine.answers.map((a: { questionId: string; value: unknown }) => [a.questionId, a.value]));
  expect(answers).toMatchObject({ energy: 8, week: 'Four sessions, knee felt fine. Slept badly on Thursday.' });
  expect(answers.front).toMatch(/^[0-9a-f-]{36}$/);
  // Sent: the draft is gone from the device.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('onecoach:checkin-draft:')))).toEqual([]);
  await page.context().close();
});

it('lets the coach reply from the review page', async () => {
  const sent = (await lena.get('/api/me/checkins')).body.current.find((c: { scheduleId: string }) => c.scheduleId === scheduleId);
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.waitForURL('**/clients');
  // The notification's link (the review page).
  await coach.goto(`/checkins/review/${sent.id}`);
  const reply = coach.getByLabel(/Reply to Lena/);
  await reply.fill('Great week, Lena! Let’s get that sleep up: lights out by 23:00.');
  await screenshots(coach, 'checkins-04-coach-review');
  await coach.getByRole('button', { name: /Send reply/ }).click();
  await expect.poll(async () => (await lena.get(`/api/checkins/${sent.id}`)).body.checkin.state).toBe('reviewed');
  await coach.context().close();
});

it('shows the client "Read by your coach" and the reply, on Today and under the check-in', async () => {
  const page = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(page, 'lena@example.com', CLIENT_PASSWORD);
  await page.waitForURL('**/today');
  await page.getByText('Read by your coach').waitFor();
  await page.getByText('Great week, Lena! Let’s get that sleep up: lights out by 23:00.').waitFor();
  await screenshots(page, 'checkins-05-today-read');

  await page.getByRole('link', { name: /Weekly check-in.*Read by your coach/ }).click();
  await page.waitForURL('**/checkins/*');
  await page.getByRole('region', { name: "Your coach's reply" }).getByText('lights out by 23:00').waitFor();
  await page.getByText('8 / 10').waitFor();
  await page.getByRole('img', { name: /Your photo: Front photo/ }).waitFor();
  await screenshots(page, 'checkins-06-read-detail');

  await page.getByRole('link', { name: 'Check-ins' }).click();
  await page.getByRole('heading', { name: 'Check-ins', exact: true }).waitFor();
  await page.getByText(/Read by your coach · /).waitFor();
  await screenshots(page, 'checkins-07-history');
  await page.context().close();
});
