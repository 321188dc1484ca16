import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localDate } from '../../src/server/features/programs/schedule-rules';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer } from '../factories/clients';
import { buildSet, builtInExerciseIds } from '../factories/programs';
import type { Agent } from '../setup/agent';
import { launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * Issue 4's journey, on a phone: the client starts today's workout, logs every set (one heavier
 * than last time: a PR), rests between sets with the timer, finishes with a rating and a word for
 * the coach; the server has exactly those sets. Then the gym with no signal: sets logged offline
 * survive a reload and reach the server once when the network is back.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let trainerApi: Agent;
let clientApi: Agent;
let clientId = '';
const TZ = 'Europe/Madrid';
const today = localDate(new Date(), TZ);
let ids: { squat: string; bench: string; row: string };

/** A workout for today on the client's calendar: squats (2 sets, 30 s rest), then a bench/row superset. */
async function scheduleToday(name: string) {
  const workout = {
    id: randomUUID(),
    week: 1,
    order: 1,
    name,
    notes: 'Warm up well: two light sets before the first squat.',
    blocks: [
      {
        id: randomUUID(),
        kind: 'single',
        section: 'main',
        rounds: 1,
        restSeconds: null,
        exercises: [
          {
            id: randomUUID(),
            exerciseId: ids.squat,
            sets: [buildSet({ restSeconds: 30 }), buildSet({ restSeconds: 30 })],
            note: 'Sit back, chest up.',
            progression: null,
          },
        ],
      },
      {
        id: randomUUID(),
        kind: 'superset',
        section: 'main',
        rounds: 1,
        restSeconds: 60,
        exercises: [ids.bench, ids.row].map((exerciseId) => ({
          id: randomUUID(),
          exerciseId,
          sets: [buildSet({ restSeconds: null, target: { kind: 'reps', min: 8, max: 8 } })],
          note: '',
          progression: null,
        })),
      },
    ],
  };
  const res = await trainerApi.post(`/api/clients/${clientId}/calendar`, { date: today, workout });
  if (res.status !== 201) throw new Error(`could not schedule: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string };
}

beforeAll(async () => {
  server = await startServer();
  // The server's clock is pinned to the moment the test starts (the browser's clock is the real one).
  server.clock.set(new Date());
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl);
  trainerApi = trainer.agent;
  const client = await createJoinedClient(app, trainer.agent, {
    client: { name: 'Lena Fischer', email: 'lena@example.com' },
    onboarding: { timeZone: TZ, units: 'kg' },
    baseUrl: server.baseUrl,
  });
  clientApi = client.agent;
  clientId = client.client.id;
  const [squat, bench, row] = await builtInExerciseIds(server.db, [
    'Barbell_Squat',
    'Barbell_Bench_Press_-_Medium_Grip',
    'Seated_Cable_Rows',
  ]);
  ids = { squat: squat!, bench: bench!, row: row! };

  // Last time (yesterday): squats 60 kg × 10, twice. Logged through the client's own API.
  const last = randomUUID();
  const yesterday = new Date(Date.now() - 24 * 3600_000);
  expect(
    (await clientApi.put(`/api/me/sessions/${last}`, { scheduledWorkoutId: null, name: 'Legs', startedAt: yesterday.toISOString() }))
      .status,
  ).toBe(201);
  for (const setNumber of [1, 2]) {
    const saved = await clientApi.put(`/api/me/sessions/${last}/sets/${randomUUID()}`, {
      exerciseId: ids.squat,
      position: 0,
      setNumber,
      weight: 60,
      unit: 'kg',
      reps: 10,
      loggedAt: new Date(yesterday.getTime() + setNumber * 180_000).toISOString(),
    });
    expect(saved.status).toBe(200);
  }
  const finished = await clientApi.post(`/api/me/sessions/${last}/finish`, {
    finishedAt: new Date(yesterday.getTime() + 3600_000).toISOString(),
  });
  expect(finished.status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('lena@example.com');
  await page.getByLabel('Password', { exact: true }).fill(CLIENT_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/today');
}

async function newPhone() {
  const context = await newContext(browser, server.baseUrl, PHONE);
  await context.addInitScript(() => {
    window.localStorage.setItem('onecoach:test-hooks', '1');
    // Count the buzz at the end of a rest (headless Chromium has no motor to ask).
    Object.defineProperty(navigator, 'vibrate', {
      value: () => {
        const w = window as unknown as { __buzzes?: number };
        w.__buzzes = (w.__buzzes ?? 0) + 1;
        return true;
      },
    });
  });
  return { context, page: await context.newPage() };
}

const exercise = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const set = (card: Locator, n: number) => card.getByRole('listitem', { name: new RegExp(`^Set ${n}(, done)?$`) });

it('logs today’s workout set by set, rests, celebrates a PR and finishes with a rating and a comment', async () => {
  const scheduled = await scheduleToday('Lower and push');
  const { page } = await newPhone();
  await signIn(page);

  const card = page.getByRole('region', { name: 'Today: Lower and push' });
  await card.getByRole('button', { name: 'Start workout' }).waitFor();
  await screenshots(page, 'logging-00-today');
  await card.getByRole('button', { name: 'Start workout' }).click();
  await page.waitForURL(/\/workout\/[\w-]+$/);
  const sessionId = page.url().split('/').pop()!;

  // Each set shows the coach's target and last time's numbers; the superset is grouped.
  const squat = exercise(page, 'Barbell Squat');
  await squat.getByRole('button', { name: "Last 60 kg × 10: fill set 1 with last time's numbers" }).waitFor();
  await squat.getByRole('button', { name: /Fill set 1 with the target: 8–12 reps · 60 kg · RPE 8/ }).waitFor();
  await page.getByRole('group', { name: 'Superset B' }).waitFor();
  await page.getByText('Sit back, chest up.').waitFor();
  await screenshots(page, 'logging-01-start');

  // How to do it: a tap on the name.
  await squat.getByRole('button', { name: 'Barbell Squat', exact: true }).click();
  await page.getByRole('dialog', { name: 'Barbell Squat' }).getByText('How to do it').waitFor();
  await screenshots(page, 'logging-01b-how-to');
  await page.keyboard.press('Escape');

  // Set 1: heavier than last time, typed and nudged with the stepper.
  await set(squat, 1).getByLabel('Weight (kg), set 1', { exact: true }).fill('60');
  await set(squat, 1).getByRole('button', { name: 'More: Weight (kg), set 1' }).click();
  await expect.poll(() => set(squat, 1).getByLabel('Weight (kg), set 1', { exact: true }).inputValue()).toBe('62.5');
  await set(squat, 1).getByLabel('Reps, set 1', { exact: true }).fill('10');
  await set(squat, 1).getByRole('button', { name: 'Done: set 1' }).click();

  // The PR arrives from the server and is celebrated, on the set and in a toast.
  await set(squat, 1).getByText('New PR: Heaviest 62.5 kg', { exact: false }).waitFor({ timeout: 10_000 });
  await page.getByText('New PR on Barbell Squat!').first().waitFor();

  // The rest timer: 30 s, more and less, then it ends with a buzz.
  const timer = page.getByRole('region', { name: 'Rest timer' });
  await timer.getByText('Rest · next: Barbell Squat, set 2').waitFor();
  await screenshots(page, 'logging-02-rest-timer');
  const seconds = async () => {
    const [m, s] = (await timer.getByRole('timer').innerText()).split(':').map(Number);
    return m! * 60 + s!;
  };
  const before = await seconds();
  await timer.getByRole('button', { name: '15 seconds more rest' }).click();
  expect(await seconds()).toBeGreaterThan(before + 10);
  for (let i = 0; i < 3; i++) await timer.getByRole('button', { name: '15 seconds less rest' }).click();
  await timer.getByText('Rest over').waitFor();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __buzzes?: number }).__buzzes ?? 0)).toBe(1);
  await timer.getByRole('button', { name: 'OK' }).click();

  // Set 2: one tap fills last time's numbers, one tap logs it; the rest is skipped.
  await set(squat, 2).getByRole('button', { name: "Last 60 kg × 10: fill set 2 with last time's numbers" }).click();
  expect(await set(squat, 2).getByLabel('Weight (kg), set 2', { exact: true }).inputValue()).toBe('60');
  await set(squat, 2).getByRole('button', { name: 'Done: set 2' }).click();
  await set(squat, 2).getByRole('button', { name: 'Done: set 2 (tap to undo)' }).waitFor();
  await timer.getByRole('button', { name: 'Skip' }).click();
  await timer.waitFor({ state: 'detached' });

  // The superset: a tick on empty inputs logs what they show greyed (the target: 60 kg × 8).
  const bench = exercise(page, 'Barbell Bench Press - Medium Grip');
  const row = exercise(page, 'Seated Cable Rows');
  expect(await set(bench, 1).getByLabel('Reps, set 1', { exact: true }).getAttribute('placeholder')).toBe('8');
  await set(bench, 1).getByRole('button', { name: 'Done: set 1' }).click();
  // Inside a superset there is no rest before the partner exercise.
  await page.waitForTimeout(300);
  expect(await timer.count()).toBe(0);
  await screenshots(page, 'logging-03-mid-workout');
  await set(row, 1).getByRole('button', { name: 'Done: set 1' }).click();
  await page.getByText('Everything is synced').waitFor({ timeout: 10_000 });

  // Finish: every set is done, so no question; the summary adds it up.
  await page.getByRole('button', { name: 'Finish workout' }).click();
  await page.getByRole('heading', { name: 'Workout done' }).waitFor();
  const stats = page.locator('dl').first();
  await stats.getByText('2,185 kg').waitFor(); // 62.5×10 + 60×10 + 60×8 + 60×8
  await stats.getByText('4 of 4').waitFor();
  const records = page.getByRole('region', { name: 'Personal records' });
  await records.getByText('Barbell Squat').waitFor();
  await records.getByText('Heaviest load: 62.5 kg').waitFor();
  await page.getByText('Good', { exact: true }).click(); // 4 of 5
  await page.getByLabel(/For Sam/).fill('Squats felt strong today!');
  await screenshots(page, 'logging-04-summary');
  await page.getByRole('button', { name: 'Done', exact: true }).click();

  // Back on Today: the workout shows completed.
  await page.waitForURL('**/today');
  await card.getByRole('button', { name: 'Done — nice work' }).waitFor();
  await card.getByText('Completed').waitFor();

  // The server has exactly those sets, the rating and the comment (as the trainer sees it).
  const detail = await trainerApi.get(`/api/sessions/${sessionId}`);
  expect(detail.status).toBe(200);
  expect(detail.body).toMatchObject({
    status: 'completed',
    scheduledWorkoutId: scheduled.id,
    rating: 4,
    comment: 'Squats felt strong today!',
  });
  const sets = (detail.body.sets as Array<{ exerciseId: string; setNumber: number; weight: number; reps: number }>)
    .map((s) => [s.exerciseId, s.setNumber, s.weight, s.reps])
    .sort();
  expect(sets).toEqual(
    [
      [ids.squat, 1, 62.5, 10],
      [ids.squat, 2, 60, 10],
      [ids.bench, 1, 60, 8],
      [ids.row, 1, 60, 8],
    ].sort(),
  );
  expect(detail.body.summary.records.some((r: { kind: string; value: number }) => r.kind === 'heaviest' && r.value === 62.5)).toBe(true);
  // The comment reached the coach as a message about this workout.
  const messages = await trainerApi.get(`/api/clients/${clientId}/messages`);
  expect(JSON.stringify(messages.body)).toContain('Squats felt strong today!');
});

/**
 * No network for the page and for its service worker (Chromium's offline emulation does not reach
 * the worker's own fetches, so those are aborted as a lost connection would abort them).
 */
const abortWorkerRequests = (route: Route) => (route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue());
async function setOffline(context: BrowserContext, offline: boolean) {
  if (offline) await context.route('**/*', abortWorkerRequests);
  else await context.unroute('**/*', abortWorkerRequests);
  await context.setOffline(offline);
}

it('keeps sets logged with no signal through a reload and syncs each exactly once', async () => {
  await scheduleToday('Offline day');
  const { context, page } = await newPhone();
  await signIn(page);
  // The service worker installs on the first visit and takes the page over.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload();

  await page.getByRole('region', { name: 'Today: Offline day' }).getByRole('button', { name: 'Start workout' }).click();
  await page.waitForURL(/\/workout\/[\w-]+$/);
  const sessionId = page.url().split('/').pop()!;
  const squat = exercise(page, 'Barbell Squat');
  await squat.getByRole('button', { name: /fill set 1 with last time/ }).waitFor(); // the server's answer is in
  await page.getByText('Everything is synced').waitFor();

  await setOffline(context, true);
  await page.getByText('Offline: what you log is saved on this phone').waitFor();
  await set(squat, 1).getByRole('button', { name: 'Done: set 1' }).click();
  await page.getByRole('region', { name: 'Rest timer' }).getByRole('button', { name: 'Skip' }).click();
  await set(squat, 2).getByLabel('Reps, set 2', { exact: true }).fill('12');
  await set(squat, 2).getByRole('button', { name: 'Done: set 2' }).click();
  await page.getByText('Offline: saved on this phone, 2 changes waiting to sync').waitFor();
  await expect.poll(() => set(squat, 2).getByText('Waiting to sync').count()).toBe(1);
  await screenshots(page, 'logging-05-offline');

  // A reload with no signal: the screen comes back from the phone, the two sets still waiting.
  await page.reload();
  await set(squat, 2).getByRole('button', { name: 'Done: set 2 (tap to undo)' }).waitFor();
  await expect.poll(() => squat.getByText('Waiting to sync').count()).toBe(2);
  expect(await set(squat, 2).getByLabel('Reps, set 2', { exact: true }).inputValue()).toBe('12');
  expect((await trainerApi.get(`/api/sessions/${sessionId}`)).body.sets).toHaveLength(0);

  // Back online: they go out, once each.
  await setOffline(context, false);
  await page.getByText('Everything is synced').waitFor({ timeout: 20_000 });
  await expect.poll(() => squat.getByText('Waiting to sync').count()).toBe(0);
  const detail = await trainerApi.get(`/api/sessions/${sessionId}`);
  expect(
    (detail.body.sets as Array<{ setNumber: number; reps: number; weight: number }>).map((s) => [s.setNumber, s.weight, s.reps]).sort(),
  ).toEqual([
    [1, 60, 10],
    [2, 60, 12],
  ]);

  // Finished with no signal: Today shows it done and waiting; back online, the server has it done.
  await setOffline(context, true);
  // Today opened afresh with no signal (the service worker serves it; the server cannot say what is open).
  await page.goto('/today');
  const card = page.getByRole('region', { name: 'Today: Offline day' });
  await card.getByRole('button', { name: 'Resume workout' }).click(); // known from the copy on the phone
  await page.getByRole('button', { name: 'Finish workout' }).click();
  await page.getByRole('alertdialog', { name: 'Finish with sets not done?' }).getByRole('button', { name: 'Finish anyway' }).click();
  await page.getByText("You're offline. It's all saved on this phone", { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await page.waitForURL('**/today');
  await card.getByRole('button', { name: 'Done — waiting to sync' }).waitFor();
  expect((await trainerApi.get(`/api/sessions/${sessionId}`)).body.status).toBe('in_progress');
  await setOffline(context, false);
  await card.getByText('Completed').waitFor({ timeout: 20_000 });
  await card.getByRole('button', { name: 'Done — nice work' }).waitFor();
  expect((await trainerApi.get(`/api/sessions/${sessionId}`)).body).toMatchObject({ status: 'completed' });
});

it('proves the offline rule of the issue: 6 sets with no signal, a reload, 2 more, back online → exactly 8 on the server', async () => {
  const workout = {
    id: randomUUID(),
    week: 1,
    order: 1,
    name: 'Eight sets',
    notes: '',
    blocks: [
      {
        id: randomUUID(),
        kind: 'single',
        section: 'main',
        rounds: 1,
        restSeconds: null,
        exercises: [
          {
            id: randomUUID(),
            exerciseId: ids.squat,
            sets: Array.from({ length: 8 }, () => buildSet({ restSeconds: 0 })),
            note: '',
            progression: null,
          },
        ],
      },
    ],
  };
  expect((await trainerApi.post(`/api/clients/${clientId}/calendar`, { date: today, workout })).status).toBe(201);
  const { context, page } = await newPhone();
  await signIn(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload();
  await page.getByRole('region', { name: 'Today: Eight sets' }).getByRole('button', { name: 'Start workout' }).click();
  await page.waitForURL(/\/workout\/[\w-]+$/);
  const sessionId = page.url().split('/').pop()!;
  const squat = exercise(page, 'Barbell Squat');
  await page.getByText('Everything is synced').waitFor();

  const logSet = async (n: number) => {
    await set(squat, n)
      .getByRole('button', { name: `Done: set ${n}` })
      .click();
    await set(squat, n)
      .getByRole('button', { name: `Done: set ${n} (tap to undo)` })
      .waitFor();
    const skip = page.getByRole('region', { name: 'Rest timer' }).getByRole('button', { name: 'Skip' });
    if (await skip.isVisible()) await skip.click();
  };
  await setOffline(context, true);
  for (const n of [1, 2, 3, 4, 5, 6]) await logSet(n);
  await expect.poll(() => squat.getByText('Waiting to sync').count()).toBe(6);
  await page.reload(); // still offline: the screen comes back from the phone
  await set(squat, 6).getByRole('button', { name: 'Done: set 6 (tap to undo)' }).waitFor();
  for (const n of [7, 8]) await logSet(n);
  await expect.poll(() => squat.getByText('Waiting to sync').count()).toBe(8);
  expect((await trainerApi.get(`/api/sessions/${sessionId}`)).body.sets).toHaveLength(0);

  await setOffline(context, false);
  await page.getByText('Everything is synced').waitFor({ timeout: 20_000 });
  const stored = (await trainerApi.get(`/api/sessions/${sessionId}`)).body.sets as Array<{ setNumber: number }>;
  expect(stored.map((s) => s.setNumber).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
});

it('logs an empty workout from Today: an exercise from the library, swapped, a set, finished', async () => {
  const { page } = await newPhone();
  await signIn(page);
  await page.getByRole('button', { name: 'Log an empty workout' }).click();
  await page.waitForURL(/\/workout\/[\w-]+$/);
  const sessionId = page.url().split('/').pop()!;
  await page.getByRole('heading', { name: 'Add your first exercise' }).waitFor();
  await screenshots(page, 'logging-06-empty-workout');
  await page.getByRole('button', { name: 'Add exercise' }).click();
  await page.getByLabel('Search the exercise library').fill('seated cable rows');
  await page
    .getByRole('button', { name: /^Seated Cable Rows/ })
    .first()
    .click();
  await exercise(page, 'Seated Cable Rows').waitFor();

  // The machine is taken: swap it for one that works the same muscles.
  await page.getByRole('button', { name: 'More for Seated Cable Rows: swap, skip, add or remove a set' }).click();
  await page.getByRole('button', { name: /^Swap exercise/ }).click();
  const options = page.getByRole('dialog', { name: 'Swap Seated Cable Rows' }).getByRole('list', { name: 'Alternatives' });
  const choice = options.getByRole('button').first();
  const swappedName = (await choice.locator('span span').first().innerText()).trim();
  await choice.click();
  const swapped = exercise(page, swappedName);
  await set(swapped, 1).getByLabel('Reps, set 1', { exact: true }).fill('12');
  await set(swapped, 1).getByRole('button', { name: 'Done: set 1' }).click();
  await page.getByRole('region', { name: 'Rest timer' }).getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'Finish workout' }).click();
  // Two empty rows are left: a question first.
  await page.getByRole('alertdialog', { name: 'Finish with sets not done?' }).getByRole('button', { name: 'Finish anyway' }).click();
  await page.getByRole('heading', { name: 'Workout done' }).waitFor();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await page.waitForURL('**/today');
  const detail = await trainerApi.get(`/api/sessions/${sessionId}`);
  expect(detail.body).toMatchObject({ name: 'Workout', status: 'completed', plan: null });
  expect(detail.body.sets).toHaveLength(1);
  expect(detail.body.sets[0]).toMatchObject({ prescriptionId: null, position: 0, setNumber: 1, reps: 12 });
  expect(detail.body.sets[0].exerciseId).not.toBe(ids.row);
  expect(detail.body.exercises.map((e: { name: string }) => e.name)).toContain(swappedName);
});

it('logs a past workout at the time it was done, with no rest timer', async () => {
  const { page } = await newPhone();
  await signIn(page);
  const yesterday = localDate(new Date(Date.now() - 24 * 3600_000), TZ);
  await page.getByRole('button', { name: 'Log a past workout' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a past workout' });
  await dialog.getByRole('button', { name: 'Log its sets' }).click();
  await dialog.getByText(/Give it a name/).waitFor();
  await dialog.getByLabel('Name').fill('Hotel gym legs');
  await dialog.getByLabel('Day').fill(yesterday);
  await dialog.getByLabel('Started at').fill('18:30');
  await dialog.getByLabel('How long (minutes)').fill('45');
  await screenshots(page, 'logging-07-past-workout');
  await dialog.getByRole('button', { name: 'Log its sets' }).click();
  await page.waitForURL(/\/workout\/[\w-]+$/);
  const sessionId = page.url().split('/').pop()!;
  await page.getByText('Hotel gym legs').first().waitFor();
  await page.getByRole('button', { name: 'Add exercise' }).click();
  await page.getByLabel('Search the exercise library').fill('barbell squat');
  await page
    .getByRole('button', { name: /^Barbell Squat Quadriceps/ })
    .first()
    .click();
  const squat = exercise(page, 'Barbell Squat');
  await set(squat, 1).getByLabel('Weight (kg), set 1', { exact: true }).fill('40');
  await set(squat, 1).getByLabel('Reps, set 1', { exact: true }).fill('5');
  await set(squat, 1).getByRole('button', { name: 'Done: set 1' }).click();
  await set(squat, 1).getByRole('button', { name: 'Done: set 1 (tap to undo)' }).waitFor();
  await page.waitForTimeout(300);
  expect(await page.getByRole('region', { name: 'Rest timer' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Finish workout' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Finish anyway' }).click();
  await page.locator('dl').first().getByText('45 min').waitFor();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await page.waitForURL('**/today');
  const detail = await trainerApi.get(`/api/sessions/${sessionId}`);
  expect(detail.body).toMatchObject({ name: 'Hotel gym legs', status: 'completed' });
  const startedAt = new Date(detail.body.startedAt);
  expect(localDate(startedAt, TZ)).toBe(yesterday);
  expect(new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hour: '2-digit', minute: '2-digit' }).format(startedAt)).toBe('18:30');
  expect(Date.parse(detail.body.finishedAt) - startedAt.getTime()).toBe(45 * 60_000);
  expect(detail.body.sets).toMatchObject([{ weight: 40, reps: 5 }]);
});
