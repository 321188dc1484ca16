import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agent } from '../setup/agent';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * The "feel heard" loop: the coach builds a weekly check-in (a 1–10 scale, a long text and a front
 * photo) in the form builder, previews it as the client sees it and schedules it for Lena on
 * today's weekday; it is due on her Today; she fills it in on the phone (the half-filled draft
 * survives a reload) and sends it; the coach finds it at the top of the review inbox, reads it
 * beside last week's answers and replies; Lena sees "Read by your coach" and the reply. Habits tick
 * in one tap on the same Today.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let sam: Agent;
let lena: Agent;
let clientId = '';
let scheduleId = '';
/** The question ids the builder gave each question, by type. */
let questionIds: Record<'scale_10' | 'long_text' | 'photo', string>;

/** A day in the client's calendar (Europe/Madrid, as onboarding sets it), `ago` days back. */
const day = (ago: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(Date.now() - ago * 86_400_000);
const isoWeekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay() || 7;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const photoOf = (background: string) =>
  sharp({ create: { width: 900, height: 1200, channels: 3, background } })
    .jpeg({ quality: 85 })
    .toBuffer();

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl);
  const client = await createJoinedClient(app, trainer.agent, {
    client: { name: 'Lena Fischer', email: 'lena@example.com' },
    baseUrl: server.baseUrl,
  });
  sam = trainer.agent;
  lena = client.agent;
  clientId = client.client.id;
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

/** Reads a toast and closes it, so toasts don't pile up (half-faded) over later screenshots. */
async function dismissToast(page: Page, text: string) {
  const toast = page.getByRole('listitem').filter({ hasText: text });
  await toast.getByRole('button', { name: 'Close toast' }).click();
  await toast.waitFor({ state: 'detached' });
}

it('lets the coach build the weekly check-in in the form builder, preview it and schedule it for Lena, due today', async () => {
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.waitForURL('**/clients');
  await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check-ins' }).click();
  await coach.getByRole('link', { name: 'Forms & schedules' }).click();
  await coach.getByRole('heading', { name: 'No check-ins yet — create your first check-in form' }).waitFor();
  await screenshots(coach, 'checkins-01-forms-empty');

  // A new form: its name, then the three questions.
  await coach.getByRole('link', { name: 'New form' }).first().click();
  await coach.getByRole('heading', { name: 'New check-in form' }).waitFor();
  await coach.getByLabel('Name', { exact: true }).fill('Weekly check-in');

  // A new form starts with a 1–10 scale: that is the energy question.
  const energy = coach.getByRole('region', { name: 'Question 1', exact: true });
  expect(await energy.getByRole('combobox', { name: 'Type of question 1' }).inputValue()).toBe('scale_10');
  await energy.getByRole('textbox', { name: 'Question 1', exact: true }).fill('How was your energy?');
  await energy.getByRole('textbox', { name: /^Label at 1\b/ }).fill('Drained');
  await energy.getByRole('textbox', { name: /^Label at 10\b/ }).fill('Buzzing');
  const required = energy.getByRole('switch', { name: 'Required' });
  await required.click();
  expect(await required.getAttribute('aria-checked')).toBe('true');

  // The other two are added from "Add a question".
  await coach.getByRole('button', { name: 'Long text', exact: true }).click();
  const week = coach.getByRole('region', { name: 'Question 2', exact: true });
  await week.getByRole('textbox', { name: 'Question 2', exact: true }).fill('How did the week go?');

  await coach.getByRole('button', { name: 'Photo', exact: true }).click();
  const front = coach.getByRole('region', { name: 'Question 3', exact: true });
  await front.getByRole('textbox', { name: 'Question 3', exact: true }).fill('Front photo');
  await front.getByText('Front', { exact: true }).click();
  expect(await front.getByRole('radio', { name: 'Front' }).isChecked()).toBe(true);
  await front.getByText('Saved as a front progress photo too').waitFor();
  await coach.getByText('3 questions · Unsaved changes').waitFor();
  await screenshots(coach, 'checkins-02-builder');

  // As Lena will see it: the scale with its words at each end, the required mark, every control live.
  await coach.getByRole('button', { name: 'Preview as the client sees it' }).click();
  const preview = coach.getByRole('dialog', { name: 'As the client sees it' });
  const previewEnergy = preview.getByRole('group', { name: /How was your energy/ });
  await previewEnergy.getByText('(required)').waitFor();
  await previewEnergy.getByText('1 · Drained').waitFor();
  await previewEnergy.getByText('Buzzing · 10').waitFor();
  await previewEnergy.getByText('7', { exact: true }).click();
  expect(await previewEnergy.getByRole('radio', { name: '7' }).isChecked()).toBe(true);
  await preview
    .getByRole('group', { name: /How did the week go/ })
    .getByRole('textbox')
    .waitFor();
  await preview.getByRole('group', { name: /Front photo/ }).waitFor();
  await screenshots(coach, 'checkins-03-preview');
  await preview.getByRole('button', { name: 'Close' }).click();
  await preview.waitFor({ state: 'hidden' });

  await coach.getByRole('button', { name: 'Save form' }).first().click();
  await dismissToast(coach, 'Weekly check-in is ready');
  await coach.waitForURL(/\/checkins\/forms\/[0-9a-f-]{36}$/);
  const formId = new URL(coach.url()).pathname.split('/').pop();
  await coach.getByRole('heading', { name: 'Weekly check-in', level: 1 }).waitFor();

  // Weekly, on the weekday that is today in Lena's calendar. Starting a week ago, so last week's
  // check-in is part of the same schedule (it is sent below, before this week's).
  const weekday = isoWeekday(day(0));
  await coach.getByRole('button', { name: 'Schedule', exact: true }).click();
  const dialog = coach.getByRole('dialog', { name: 'Schedule a check-in' });
  expect(await dialog.getByRole('radio', { name: 'One client' }).isChecked()).toBe(true);
  await dialog.getByLabel('Client', { exact: true }).selectOption({ label: 'Lena Fischer' });
  expect(await dialog.getByRole('radio', { name: 'Weekly' }).isChecked()).toBe(true);
  await dialog.getByLabel('On', { exact: true }).selectOption({ label: WEEKDAYS[weekday - 1]! });
  await dialog.getByLabel('Starting from').fill(day(7));
  expect(await dialog.getByLabel('Overdue after').inputValue()).toBe('2');
  await dialog.getByText('overdue 2 days later').waitFor();
  await screenshots(coach, 'checkins-04-schedule');
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await coach.getByText('Weekly check-in scheduled for Lena Fischer').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await coach.getByText('3 questions · 1 schedule running').waitFor();

  // What was built is what was saved.
  const mine = (await lena.get('/api/me/checkins')).body.current;
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ formId, formName: 'Weekly check-in', dueDate: day(0), state: 'due' });
  scheduleId = mine[0].scheduleId;
  const questions: Array<{ id: string; type: string }> = mine[0].questions;
  expect(questions).toMatchObject([
    { type: 'scale_10', prompt: 'How was your energy?', lowLabel: 'Drained', highLabel: 'Buzzing', required: true },
    { type: 'long_text', prompt: 'How did the week go?', required: false },
    { type: 'photo', prompt: 'Front photo', pose: 'front', required: false },
  ]);
  questionIds = Object.fromEntries(questions.map((q) => [q.type, q.id])) as typeof questionIds;

  await coach.getByRole('link', { name: 'Check-in forms' }).click();
  await coach.getByText(/3 questions · 1 schedule running/).waitFor();
  // Under "Running schedules": the form, for Lena, every <today's weekday>.
  await coach.getByRole('link', { name: 'Lena Fischer' }).waitFor();
  await coach.getByText(new RegExp(`^Every ${WEEKDAYS[weekday - 1]!} · from .* · overdue after 2 days$`)).waitFor();
  await screenshots(coach, 'checkins-05-forms');
  await coach.context().close();
});

it("has last week's check-in sent and read last week, so this week's can be compared with it", async () => {
  // The schedule starts a week ago, so last week's occurrence (same weekday, 7 days back) exists and
  // a client may still send it (the last 14 days are open). Sent through the API with the server's
  // clock set to last week, and read by the coach then, so it is history and not in the inbox.
  const lastWeek = new Date(Date.now() - 7 * 86_400_000);
  server.clock.set(lastWeek);
  try {
    const photo = await lena.upload('/api/uploads', {
      file: new File([new Uint8Array(await photoOf('#6b7f99'))], 'front.jpg', { type: 'image/jpeg' }),
      purpose: 'checkin',
    });
    expect(photo.status).toBe(201);
    const sent = await lena.post('/api/me/checkins', {
      scheduleId,
      dueDate: day(7),
      answers: {
        [questionIds.scale_10]: 6,
        [questionIds.long_text]: 'Three sessions. Work was busy, so I skipped Friday.',
        [questionIds.photo]: photo.body.id,
      },
    });
    expect(sent.status).toBe(201);
    server.clock.set(new Date(lastWeek.getTime() + 3 * 3_600_000));
    expect((await sam.post(`/api/checkins/${sent.body.id}/review`, { reply: '' })).status).toBe(200);
  } finally {
    server.clock.set(new Date());
  }
});

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
  await screenshots(page, 'checkins-06-today-due');

  await card.getByRole('link', { name: 'Fill in' }).click();
  await page.getByRole('heading', { name: 'Weekly check-in' }).waitFor();
  const week = page.getByRole('group', { name: /How did the week go/ });
  await week.getByRole('textbox').fill('Four sessions, knee felt fine. Slept badly on Thursday.');
  // Sending without the scale the coach made required: named at its question, nothing sent.
  await page.getByRole('button', { name: 'Send check-in' }).click();
  const energy = page.getByRole('group', { name: /How was your energy/ });
  await energy.getByText('This question needs an answer').waitFor();
  await energy.getByText('8', { exact: true }).click();

  // Half-filled and reloaded: the answers come back from the device.
  await page.reload();
  await page.getByText('Draft restored').waitFor();
  expect(await energy.getByRole('radio', { name: '8' }).isChecked()).toBe(true);
  expect(await week.getByRole('textbox').inputValue()).toBe('Four sessions, knee felt fine. Slept badly on Thursday.');

  const front = page.getByRole('group', { name: /Front photo/ });
  await front.locator('input[type=file]').setInputFiles({ name: 'front.jpg', mimeType: 'image/jpeg', buffer: await photoOf('#a98467') });
  await front.getByRole('img', { name: 'Your photo for this question' }).waitFor();
  await page.getByRole('button', { name: 'Send check-in' }).waitFor({ state: 'visible' });
  await expect.poll(() => page.getByRole('button', { name: 'Send check-in' }).isEnabled()).toBe(true);
  await screenshots(page, 'checkins-07-filled');

  await page.getByRole('button', { name: 'Send check-in' }).click();
  await page.waitForURL('**/today');
  await page.getByText('Sent — your coach will read it.').waitFor();
  await screenshots(page, 'checkins-08-today-sent');

  const mine = (await lena.get('/api/me/checkins')).body.current.find((c: { scheduleId: string }) => c.scheduleId === scheduleId);
  expect(mine).toMatchObject({ state: 'submitted', dueDate: day(0) });
  const answers = Object.fromEntries(mine.answers.map((a: { questionId: string; value: unknown }) => [a.questionId, a.value]));
  expect(answers).toMatchObject({
    [questionIds.scale_10]: 8,
    [questionIds.long_text]: 'Four sessions, knee felt fine. Slept badly on Thursday.',
  });
  expect(answers[questionIds.photo]).toMatch(/^[0-9a-f-]{36}$/);
  // Sent: the draft is gone from the device.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('onecoach:checkin-draft:')))).toEqual([]);
  await page.context().close();
});

it("puts it at the top of the coach's inbox; the coach reads it beside last week's and replies", async () => {
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.waitForURL('**/clients');
  await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check-ins 1 waiting for review' }).click();
  const inbox = coach.getByRole('region', { name: 'Waiting for review' });
  const top = inbox.getByRole('link').first();
  await top.getByText('Lena Fischer').waitFor();
  expect(await inbox.getByRole('link').count()).toBe(1); // last week's was read last week
  expect(await top.textContent()).toContain('Weekly check-in');
  await screenshots(coach, 'checkins-09-inbox');

  await top.click();
  await coach.getByRole('heading', { name: 'Lena Fischer', level: 1 }).waitFor();
  await coach.getByText(`Beside Lena's previous check-in (`).waitFor();
  // Each answer with last week's beside it.
  const row = (prompt: RegExp) => coach.getByRole('listitem').filter({ has: coach.getByRole('heading', { name: prompt }) });
  const energy = row(/How was your energy/);
  await energy.getByText('Last time', { exact: true }).waitFor();
  // "This time 8 / 10, +2 since last time" beside "Last time 6 / 10".
  expect(await energy.textContent()).toMatch(/This time8 \/ 10\+2 since last timeLast time6 \/ 10$/);
  const week = row(/How did the week go/);
  await week.getByText('Four sessions, knee felt fine. Slept badly on Thursday.').waitFor();
  await week.getByText('Three sessions. Work was busy, so I skipped Friday.').waitFor();
  const front = row(/Front photo/);
  await front.getByRole('img', { name: 'Front photo, this time' }).waitFor();
  await front.getByRole('img', { name: 'Front photo, last time' }).waitFor();
  await expect
    .poll(() => front.getByRole('img').evaluateAll((images) => images.every((image) => (image as HTMLImageElement).naturalWidth > 0)))
    .toBe(true);

  const reply = coach.getByLabel(/Reply to Lena/);
  await reply.fill('Great week, Lena! Let’s get that sleep up: lights out by 23:00.');
  await screenshots(coach, 'checkins-10-coach-review');
  await coach.getByRole('button', { name: /Send reply/ }).click();
  await coach.getByText('Reply sent. Lena is notified.').waitFor();
  await coach.waitForURL('**/checkins/review');
  await coach.getByText('All caught up').waitFor();
  const sent = (await lena.get('/api/me/checkins')).body.current.find((c: { scheduleId: string }) => c.scheduleId === scheduleId);
  expect(sent.state).toBe('reviewed');
  await coach.context().close();
});

it('shows the client "Read by your coach" and the reply, on Today and under the check-in', async () => {
  const page = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(page, 'lena@example.com', CLIENT_PASSWORD);
  await page.waitForURL('**/today');
  await page.getByText('Read by your coach').waitFor();
  await page.getByText('Great week, Lena! Let’s get that sleep up: lights out by 23:00.').waitFor();
  await screenshots(page, 'checkins-11-today-read');

  await page.getByRole('link', { name: /Weekly check-in.*Read by your coach/ }).click();
  await page.waitForURL('**/checkins/*');
  await page.getByRole('region', { name: "Your coach's reply" }).getByText('lights out by 23:00').waitFor();
  await page.getByText('8 / 10').waitFor();
  await page.getByRole('img', { name: /Your photo: Front photo/ }).waitFor();
  await screenshots(page, 'checkins-12-read-detail');

  // Both weeks in the history, each read by the coach.
  await page.getByRole('link', { name: 'Check-ins' }).click();
  await page.getByRole('heading', { name: 'Check-ins', exact: true }).waitFor();
  await page
    .getByText(/Read by your coach · /)
    .first()
    .waitFor();
  expect(await page.getByText(/Read by your coach · /).count()).toBe(2);
  await screenshots(page, 'checkins-13-history');
  await page.context().close();
});
