import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { scheduleOneOff } from '../factories/programs';
import type { Agent } from '../setup/agent';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * Workout history: the client logs two workouts through the API (the second with a heavier squat:
 * a record); the coach opens the newest from the Training tab, reads target vs actual and comments;
 * the client finds it in Progress → History with its PR badge and reads the comment under it.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let trainerApi: Agent;
let clientApi: Agent;
let clientId = '';

beforeAll(async () => {
  server = await startServer();
  // The server's clock: Monday 7 December 2026, 10:00 in Madrid (the client's time zone).
  server.clock.set(new Date('2026-12-07T09:00:00Z'));
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl);
  trainerApi = trainer.agent;
  const client = await createJoinedClient(app, trainer.agent, {
    client: { name: 'Lena Fischer', email: 'lena@example.com' },
    baseUrl: server.baseUrl,
  });
  clientApi = client.agent;
  clientId = client.client.id;
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

type Done = { weight: number; reps: number; rpe?: number };

/** The client does a scheduled workout through the API: start, one set per entry, finish. */
async function logWorkout(input: { date: string; name: string; startedAt: string; sets: Done[]; rating: number; comment: string }) {
  const scheduled = await scheduleOneOff(server.db, trainerApi, clientId, input.date, input.name);
  const sessionId = randomUUID();
  const started = await clientApi.put(`/api/me/sessions/${sessionId}`, { scheduledWorkoutId: scheduled.id, startedAt: input.startedAt });
  expect(started.status).toBe(201);
  const prescription = started.body.plan.blocks[0].exercises[0];
  const start = Date.parse(input.startedAt);
  for (const [index, set] of input.sets.entries()) {
    const saved = await clientApi.put(`/api/me/sessions/${sessionId}/sets/${randomUUID()}`, {
      exerciseId: prescription.exerciseId,
      prescriptionId: prescription.id,
      position: 0,
      setNumber: index + 1,
      weight: set.weight,
      unit: 'kg',
      reps: set.reps,
      rpe: set.rpe ?? null,
      loggedAt: new Date(start + (index + 1) * 4 * 60_000).toISOString(),
    });
    expect(saved.status).toBe(200);
  }
  const finished = await clientApi.post(`/api/me/sessions/${sessionId}/finish`, {
    finishedAt: new Date(start + 50 * 60_000).toISOString(),
    rating: input.rating,
    comment: input.comment,
  });
  expect(finished.status).toBe(200);
  return { sessionId, exerciseId: prescription.exerciseId as string };
}

it('says what will appear before anything is logged, to the coach and to the client', async () => {
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.waitForURL('**/clients');
  await coach.goto(`/clients/${clientId}/training`);
  const logged = coach.locator('section', { has: coach.getByRole('heading', { name: 'Logged workouts' }) });
  await logged.getByText('No workouts logged yet').waitFor();
  await screenshots(coach, 'history-01-trainer-empty');

  const lena = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(lena, 'lena@example.com', CLIENT_PASSWORD);
  await lena.waitForURL('**/today');
  await lena.getByRole('link', { name: 'Progress' }).click();
  await lena.getByText('Your workouts will show here').waitFor();
  await lena.getByText('Log a weight and reps for an exercise and your best numbers for it start here.').waitFor();
  await screenshots(lena, 'history-02-client-progress-empty');
  await lena.goto('/progress/history');
  await lena.getByText('No workouts logged yet').waitFor();
  await screenshots(lena, 'history-02-client-history-empty');
  await coach.context().close();
  await lena.context().close();
});

it('shows the coach target vs actual with the PR, sends their comment, and the client reads it under the workout', async () => {
  // Thursday: 3 × 10 at 60 kg. Monday: heavier (65 kg, a record), and one set short of the range.
  await logWorkout({
    date: '2026-12-03',
    name: 'Lower body',
    startedAt: '2026-12-03T17:00:00Z',
    sets: [
      { weight: 60, reps: 10 },
      { weight: 60, reps: 10 },
      { weight: 60, reps: 10 },
    ],
    rating: 3,
    comment: '',
  });
  const { sessionId, exerciseId } = await logWorkout({
    date: '2026-12-07',
    name: 'Heavy lower',
    startedAt: '2026-12-07T07:30:00Z',
    sets: [
      { weight: 60, reps: 10, rpe: 7 },
      { weight: 65, reps: 8, rpe: 8.5 },
      { weight: 60, reps: 6, rpe: 9.5 },
    ],
    rating: 4,
    comment: 'Squats felt strong today, last set was a grind.',
  });

  // The coach: Training tab → the logged workout.
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.waitForURL('**/clients');
  await coach.goto(`/clients/${clientId}/training`);
  const list = coach.locator('section', { has: coach.getByRole('heading', { name: 'Logged workouts' }) });
  await list.getByRole('link', { name: 'Heavy lower' }).waitFor();
  expect(await list.getByRole('link', { name: 'Lower body' }).count()).toBe(1);
  await screenshots(coach, 'history-03-trainer-list');
  await list.getByRole('link', { name: 'Heavy lower' }).click();
  await coach.waitForURL(`**/clients/${clientId}/workouts/${sessionId}`);
  await coach.getByRole('heading', { name: 'Target vs actual' }).waitFor();

  // Target beside actual, set by set; the heavier set is the record, the short one is flagged.
  const rows = coach.locator('table').last().locator('tbody tr');
  expect(await rows.count()).toBe(3);
  expect(await rows.nth(0).innerText()).toMatch(/8–12 reps · 60 kg · RPE 8[\s\S]*60 kg × 10 · RPE 7/);
  expect(await rows.nth(1).innerText()).toMatch(/65 kg × 8 · RPE 8\.5[\s\S]*PR/);
  expect(await rows.nth(2).innerText()).toMatch(/60 kg × 6 · RPE 9\.5[\s\S]*Below target/);
  expect(await rows.nth(0).innerText()).not.toMatch(/PR/);
  await coach.getByText(/new personal records? for Lena/).waitFor();
  await coach.getByText('Squats felt strong today, last set was a grind.').waitFor();
  await coach.getByText('Good (4 of 5)').waitFor();
  await coach.getByText('No comments on this workout yet.').waitFor();
  await screenshots(coach, 'history-04-trainer-workout');

  const comment = 'Great depth on the squats. Add 2.5 kg next week and keep the last set at RPE 9.';
  await coach.getByLabel('Comment on this workout').fill(comment);
  await coach.getByRole('button', { name: 'Send comment' }).click();
  await coach.locator('ol li', { hasText: comment }).waitFor();
  expect(await coach.getByLabel('Comment on this workout').inputValue()).toBe('');
  await screenshots(coach, 'history-05-trainer-commented');

  // It went out as a message about this workout, and the client was told.
  const conversation = await clientApi.get(`/api/clients/${clientId}/messages`);
  const sent = conversation.body.items.find((message: any) => message.body === comment);
  expect(sent).toMatchObject({ sender: 'trainer', subject: { type: 'workout_session', id: sessionId } });
  const notifications = await clientApi.get('/api/notifications');
  expect(notifications.body.items.some((item: any) => item.type === 'workout_comment')).toBe(true);

  // The client, on a phone: Progress → History → the workout, with the PR badge and the comment.
  const lena = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(lena, 'lena@example.com', CLIENT_PASSWORD);
  await lena.waitForURL('**/today');
  await lena.getByRole('link', { name: 'Progress' }).click();
  const recent = lena.getByRole('list', { name: 'Recent workouts' });
  await recent.getByRole('link', { name: /Heavy lower/ }).waitFor();
  expect(await recent.getByRole('link', { name: /Heavy lower/ }).innerText()).toMatch(/PR/);
  expect(await recent.getByRole('link', { name: /Lower body/ }).innerText()).not.toMatch(/PR/);
  await lena.getByRole('list', { name: 'Personal records' }).getByRole('link').first().waitFor();
  await screenshots(lena, 'history-06-client-progress');

  await lena.getByRole('link', { name: 'All workouts' }).click();
  await lena.waitForURL('**/progress/history');
  const workouts = lena.getByRole('list', { name: 'Workouts' });
  await workouts.getByRole('link', { name: /Heavy lower/ }).waitFor();
  expect(await workouts.getByRole('link').count()).toBe(2);
  expect(await workouts.getByRole('link', { name: /Heavy lower/ }).innerText()).toMatch(/50 min · 3 sets · 1,480 kg/);
  await screenshots(lena, 'history-07-client-history');

  await workouts.getByRole('link', { name: /Heavy lower/ }).click();
  await lena.waitForURL(`**/progress/workouts/${sessionId}`);
  await lena.getByRole('heading', { name: 'From Sam Rivera' }).waitFor();
  await lena.getByText(comment).waitFor();
  await lena.getByText('Squats felt strong today, last set was a grind.').waitFor();
  expect(await lena.getByRole('list', { name: /sets$/ }).innerText()).toMatch(/65 kg × 8[\s\S]*PR/);
  await screenshots(lena, 'history-08-client-workout');

  // One exercise's whole history, records at the top.
  await lena.getByRole('link', { name: /Every set you've logged/ }).click();
  await lena.waitForURL(`**/progress/exercises/${exerciseId}`);
  await lena.getByRole('heading', { name: 'Your records' }).waitFor();
  await lena.getByText('6 sets in 2 workouts').waitFor();
  await screenshots(lena, 'history-09-client-exercise');
  await coach.context().close();
  await lena.context().close();
});

it('says when history cannot load, and loads it again on retry', async () => {
  const lena = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(lena, 'lena@example.com', CLIENT_PASSWORD);
  await lena.waitForURL('**/today');
  const sessions = (url: URL) => /^\/api\/clients\/[^/]+\/sessions$/.test(url.pathname);
  await lena.route(sessions, (route) =>
    route.fulfill({
      status: 500,
      json: { error: { code: 'INTERNAL', message: 'Something went wrong on our side. Try again in a moment.' } },
    }),
  );
  await lena.goto('/progress/history');
  await lena.getByText("Your workouts didn't load").waitFor({ timeout: 15_000 });
  await screenshots(lena, 'history-10-client-error');
  await lena.unroute(sessions);
  await lena.getByRole('button', { name: 'Try again' }).click();
  await lena
    .getByRole('list', { name: 'Workouts' })
    .getByRole('link', { name: /Heavy lower/ })
    .waitFor();
  await lena.context().close();
});
