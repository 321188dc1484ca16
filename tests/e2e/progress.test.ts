import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { builtInExerciseIds } from '../factories/programs';
import { seedProgressHistory } from '../factories/progress-history';
import { accessibilityProblems, DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * Twelve weeks of history (the demo's own generator, through the API): the client dives into it on
 * a phone — changes the weight chart's range, opens an exercise's strength chart and its table,
 * compares photos — and the coach sees the same charts on the client's Progress tab.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clientId = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl);
  const client = await createJoinedClient(app, trainer.agent, {
    client: { name: 'Lena Fischer', email: 'lena@example.com' },
    baseUrl: server.baseUrl,
  });
  clientId = client.client.id;
  const exercises = (await builtInExerciseIds(server.db, [
    'Barbell_Squat',
    'Barbell_Bench_Press_-_Medium_Grip',
    'Seated_Cable_Rows',
    'Barbell_Deadlift',
    'Dumbbell_Bicep_Curl',
  ])) as [string, string, string, string, string];
  await seedProgressHistory({
    client: client.agent,
    clientId,
    today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(new Date()),
    weeks: 12,
    units: 'kg',
    startKg: 84,
    lossPerWeek: 0.3,
    exercises,
    loads: [80, 60, 50, 100, 12],
    photos: true,
    seed: 5,
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(email: string, password: string, viewport: typeof PHONE, landing: string): Promise<Page> {
  const page = await (await newContext(browser, server.baseUrl, viewport)).newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`**${landing}`);
  return page;
}

it('lets the client change the range, open an exercise chart and its table, and compare photos', async () => {
  const lena = await signIn('lena@example.com', CLIENT_PASSWORD, PHONE, '/today');
  await lena.getByRole('link', { name: 'Progress' }).click();

  // Body weight: 12 weeks by default, then 4 weeks: the summary follows the range.
  const body = lena.locator('section', { has: lena.getByRole('heading', { name: 'Body weight', exact: true }) });
  const caption = body.locator('figcaption');
  await expect.poll(() => caption.textContent(), { timeout: 15_000 }).toMatch(/over 12 weeks/);
  await body.getByRole('button', { name: '4 weeks' }).click();
  await expect.poll(() => caption.textContent()).toMatch(/over 4 weeks/);
  await screenshots(lena, 'progress-01-weight-4w');

  // Training: the heat-map has a day per workout; the weekly charts are there.
  const days = lena.getByRole('group', { name: 'Training days' }).getByRole('link');
  await expect.poll(() => days.count(), { timeout: 15_000 }).toBeGreaterThan(20);
  await lena.getByRole('heading', { name: 'Workouts done' }).waitFor();
  await lena.getByRole('heading', { name: 'Weekly volume' }).waitFor();

  // An exercise's chart: estimated 1RM and top sets over time, with records, as a table too.
  await lena
    .getByRole('link', { name: /Barbell Squat/ })
    .first()
    .click();
  await lena.waitForURL('**/progress/exercises/**');
  const chart = lena.locator('section', { has: lena.getByRole('heading', { name: 'Progress over time' }) });
  await chart.getByRole('button', { name: 'Show as table' }).click();
  const rows = chart.getByRole('table').locator('tbody tr');
  await expect.poll(() => rows.count()).toBeGreaterThan(8);
  expect(await chart.getByRole('table').textContent()).toMatch(/PR/);
  await screenshots(lena, 'progress-02-exercise-table');
  expect(await accessibilityProblems(lena)).toEqual([]);

  // Photos: front on the first and the latest photo day, under the slider.
  await lena.goBack();
  const photos = lena.locator('section', { has: lena.getByRole('heading', { name: 'Progress photos' }) });
  await photos.getByRole('button', { name: 'Compare' }).click();
  const slider = photos.getByRole('slider');
  await slider.waitFor();
  await expect.poll(() => photos.getByRole('img', { name: /^(Before|After): front photo/ }).count()).toBe(2);
  await slider.focus();
  for (let press = 0; press < 10; press++) await lena.keyboard.press('ArrowRight');
  expect(Number(await slider.inputValue())).toBeGreaterThan(50);
  await screenshots(lena, 'progress-03-compare');
  await lena.context().close();
});

it("shows the coach the same charts on the client's Progress tab", async () => {
  const sam = await signIn('coach@example.com', TRAINER_PASSWORD, DESKTOP, '/clients');
  await sam.goto(`/clients/${clientId}/progress`);
  await sam.getByRole('heading', { name: 'Body weight', exact: true }).waitFor();
  await expect
    .poll(() => sam.getByRole('group', { name: 'Training days' }).getByRole('link').count(), { timeout: 15_000 })
    .toBeGreaterThan(20);
  await sam.getByRole('heading', { name: 'Streak and badges' }).waitFor();
  await sam.getByText('First workout').first().waitFor();
  await screenshots(sam, 'progress-04-trainer');
  expect(await accessibilityProblems(sam)).toEqual([]);
  await sam.context().close();
});
