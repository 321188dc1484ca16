import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localDate } from '../../src/server/features/programs/schedule-rules';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer } from '../factories/clients';
import type { Agent } from '../setup/agent';
import { accessibilityProblems, DESKTOP, launchBrowser, newContext, PHONE, SCREENS_DIR, startServer, signIn } from './harness';

/**
 * The client's food log on a phone: Today's card, the day with its meals, adding a food from a
 * misspelt search in a few taps, water in one tap, and food logged offline reaching the server.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let trainerApi: Agent;
let clientApi: Agent;
let clientId: string;
const TZ = 'Europe/Madrid';
const SHOTS = process.env.SHOTS_DIR ?? SCREENS_DIR;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl);
  trainerApi = trainer.agent;
  const client = await createJoinedClient(app, trainer.agent, {
    client: { name: 'Ana Costa', email: 'ana@example.com' },
    onboarding: { timeZone: TZ },
    baseUrl: server.baseUrl,
  });
  clientApi = client.agent;
  clientId = client.client.id as string;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Signs in and waits for the home screen. */
async function signInHere(page: Page) {
  await signIn(page, 'ana@example.com', CLIENT_PASSWORD);
  await page.waitForURL('**/today');
}

/** Phone and desktop pictures, each checked by axe. */
async function shots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  const problems: string[] = [];
  for (const [label, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SHOTS}/nutrition-${name}-${label}.png`, fullPage: true });
    problems.push(...(await accessibilityProblems(page)).map((p) => `${name} (${label}) ${p}`));
  }
  await page.setViewportSize(PHONE);
  expect(problems).toEqual([]);
}

/** A sheet as the phone shows it (no full-page stretch), opened at its top and scrolled to its end; checked by axe. */
async function sheetShots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  const problems: string[] = [];
  const body = page.getByRole('dialog').locator('.overflow-y-auto');
  for (const [label, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    for (const end of [false, true]) {
      await body.evaluate((element, toEnd) => element.scrollTo(0, toEnd ? element.scrollHeight : 0), end);
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${SHOTS}/nutrition-${name}${end ? '-end' : ''}-${label}.png` });
    }
    problems.push(...(await accessibilityProblems(page)).map((p) => `${name} (${label}) ${p}`));
  }
  await page.setViewportSize(PHONE);
  expect(problems).toEqual([]);
}

const abortWorkerRequests = (route: Route) => (route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue());
async function setOffline(context: BrowserContext, offline: boolean) {
  if (offline) await context.route('**/*', abortWorkerRequests);
  else await context.unroute('**/*', abortWorkerRequests);
  await context.setOffline(offline);
}

const today = () => localDate(new Date(), TZ);
const firstFood = async (q: string) => {
  const res = await clientApi.get(`/api/foods?q=${encodeURIComponent(q)}&limit=1`);
  return res.body.items[0] as { id: string; name: string; portions: { label: string }[] };
};

it('logs food from Today to the day, in a few taps, online and offline', async () => {
  const context = await newContext(browser, server.baseUrl, PHONE);
  const page = await context.newPage();
  await signInHere(page);

  // No targets yet: a quiet card that still leads to logging.
  await expect.poll(() => page.getByRole('link', { name: 'Log food' }).isVisible()).toBe(true);
  await shots(page, 'today-no-targets');

  const saved = await trainerApi.post(`/api/clients/${clientId}/nutrition/targets`, {
    inputs: null,
    overrides: { kcal: 2100, proteinG: 140, fatG: 70, carbsG: 230, fiberG: 30, waterMl: 2500 },
    note: '',
  });
  expect(saved.status).toBe(201);
  await page.reload();
  await expect.poll(() => page.getByText('kcal left').first().isVisible()).toBe(true);
  await page.getByRole('button', { name: '+250 ml' }).click();
  await expect.poll(() => page.getByText('250 of 2,500 ml water').count()).toBe(1);
  await shots(page, 'today-card');

  await page.getByRole('link', { name: /Log your first meal|Log food/ }).click();
  await page.waitForURL('**/nutrition');
  await expect.poll(() => page.getByRole('heading', { name: 'Breakfast' }).isVisible()).toBe(true);
  await shots(page, 'day-empty');

  // A misspelt search still finds it; the portion picker opens on the food's first portion.
  await page.getByRole('button', { name: 'Add food to Lunch' }).click();
  await page.getByLabel('Search foods').fill('chiken brest');
  await expect.poll(() => page.getByText('Results for “chiken brest”').isVisible()).toBe(true);
  await page.waitForTimeout(300);
  await shots(page, 'add-food-search');
  await page.getByRole('dialog').getByRole('listitem').first().getByRole('button').first().click();
  await expect.poll(() => page.getByRole('button', { name: 'Add to Lunch' }).isVisible()).toBe(true);
  await page.getByRole('button', { name: 'More: Number of' }).click();
  await shots(page, 'portion-picker');
  await page.getByRole('button', { name: 'Add to Lunch' }).click();
  await expect
    .poll(() =>
      page
        .getByText(/× 1\.5/)
        .first()
        .isVisible(),
    )
    .toBe(true);

  // Two more foods (one quick-add) and water, from the API.
  const oats = await firstFood('oatmeal');
  const banana = await firstFood('banana');
  for (const [meal, food] of [
    ['Breakfast', oats],
    ['Breakfast', banana],
  ] as const) {
    const logged = await clientApi.post(`/api/clients/${clientId}/nutrition/entries`, {
      kind: 'food',
      clientEntryId: crypto.randomUUID(),
      date: today(),
      meal,
      foodId: food.id,
      unit: food.portions[0] ? 'portion' : 'g',
      quantity: 1,
      portionLabel: food.portions[0]?.label ?? null,
    });
    expect(logged.status).toBe(201);
  }
  await clientApi.put(`/api/clients/${clientId}/nutrition/water/${today()}`, { ml: 1250 });
  // The coach's plan names the day, and their comment on it shows with a reply box.
  const plan = await trainerApi.post(`/api/clients/${clientId}/meal-plans`, {
    name: 'Lean week 1',
    meals: ['Breakfast', 'Lunch', 'Dinner', 'Snacks'],
    items: [],
  });
  expect(plan.status).toBe(201);
  expect((await trainerApi.post(`/api/meal-plans/${plan.body.id}/days`, { dates: [today()] })).status).toBe(200);
  const comment = await trainerApi.post(`/api/clients/${clientId}/messages`, {
    body: 'Great protein at lunch! Add some veg tonight.',
    subject: { type: 'food_day', id: today() },
  });
  expect(comment.status).toBe(201);
  await page.reload();
  await expect.poll(() => page.getByText('1.25 L').first().isVisible()).toBe(true);
  await expect.poll(() => page.getByText('Lean week 1').isVisible()).toBe(true);
  await expect.poll(() => page.getByText('Great protein at lunch!', { exact: false }).isVisible()).toBe(true);
  await shots(page, 'day-three-foods');

  // Changing an entry: its amount and meal, from the ⋯ menu.
  await page.getByRole('button', { name: 'Bananas, raw: actions' }).click();
  await page.getByRole('menuitem', { name: 'Change amount or meal' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Save' }).isVisible()).toBe(true);
  await shots(page, 'entry-sheet');
  await page.getByRole('button', { name: 'Close' }).click();

  // Quick add: just the kcal.
  await page.getByRole('button', { name: 'Add food to Snacks' }).click();
  await page.getByRole('button', { name: 'Quick add' }).click();
  await page.getByLabel('kcal').fill('900');
  await shots(page, 'quick-add');
  await page.getByRole('button', { name: 'Add to Snacks' }).click();
  await expect.poll(() => page.getByText('Quick add').first().isVisible()).toBe(true);

  // Offline: water and a recent food still go in, wait on the phone, and arrive when back online.
  await setOffline(context, true);
  await page.getByRole('button', { name: '+500 ml' }).click();
  await page.getByRole('button', { name: 'Add food to Dinner' }).click();
  await page.getByRole('dialog').getByRole('listitem').first().getByRole('button').first().click();
  await page.getByRole('button', { name: 'Add to Dinner' }).click();
  await expect
    .poll(() =>
      page
        .getByText(/will sync/)
        .first()
        .isVisible(),
    )
    .toBe(true);
  await shots(page, 'offline');
  // A day never opened: it says why it is blank and still takes food.
  await page.getByRole('button', { name: /^Next day/ }).click();
  await expect.poll(() => page.getByText(/this day hasn’t loaded/).isVisible()).toBe(true);
  await shots(page, 'offline-blank-day');
  await page.getByRole('button', { name: 'Back to today' }).click();
  await setOffline(context, false);
  await expect
    .poll(async () => {
      const day = await clientApi.get(`/api/clients/${clientId}/nutrition/days/${today()}`);
      const dinner = (day.body.meals as { name: string; entries: unknown[] }[]).find((meal) => meal.name === 'Dinner');
      return { water: day.body.water.ml as number, dinner: dinner?.entries.length ?? 0 };
    })
    .toEqual({ water: 1750, dinner: 1 });
  await context.close();
});

it('builds a recipe of two ingredients, saves it and logs a serving of it', async () => {
  const context = await newContext(browser, server.baseUrl, PHONE);
  const page = await context.newPage();
  await signInHere(page);
  await page.goto('/nutrition');
  await expect.poll(() => page.getByRole('heading', { name: 'Dinner' }).isVisible()).toBe(true);
  const dayPath = `/api/clients/${clientId}/nutrition/days/${today()}`;
  const kcalBefore = (await clientApi.get(dayPath)).body.totals.kcal as number;
  const sheet = page.getByRole('dialog');
  const pickFood = async (q: string, name?: RegExp, shot?: string) => {
    await page.getByRole('button', { name: /^Add (the first|an) ingredient$/ }).click();
    await page.getByLabel('Search foods').fill(q);
    await expect.poll(() => page.getByText(`Results for “${q}”`).isVisible()).toBe(true);
    await expect.poll(() => sheet.locator('ul[aria-busy]').count()).toBe(0);
    if (shot) await sheetShots(page, shot);
    const results = sheet.getByRole('listitem');
    await (name ? results.getByRole('button', { name }) : results.first().getByRole('button')).first().click();
  };

  // From the add sheet, beside "Create a custom food"; saving it empty names what is missing.
  await page.getByRole('button', { name: 'Add food to Dinner' }).click();
  await expect.poll(() => sheet.getByRole('button', { name: 'Build a recipe' }).isVisible()).toBe(true);
  await sheetShots(page, 'recipe-entry');
  await sheet.getByRole('button', { name: 'Build a recipe' }).click();
  await expect.poll(() => page.getByText(/Add what goes into the pot/).isVisible()).toBe(true);
  await sheetShots(page, 'recipe-empty');
  await page.getByRole('button', { name: 'Save recipe' }).click();
  await expect.poll(() => page.getByText('Add at least one ingredient').isVisible()).toBe(true);
  await expect.poll(() => page.getByLabel('Recipe name').getAttribute('aria-invalid')).toBe('true');
  await sheetShots(page, 'recipe-errors');

  // Two ingredients by grams; the totals follow every keystroke.
  await page.getByLabel('Recipe name').fill('Chicken and rice bowl with garlic, lemon and a very generous handful of fresh herbs');
  await page.getByLabel('Servings', { exact: true }).fill('2');
  await pickFood('chicken breast', undefined, 'recipe-pick-ingredient');
  await page
    .getByRole('textbox', { name: /^Grams of/ })
    .last()
    .fill('160');
  await pickFood('white rice');
  await page
    .getByRole('textbox', { name: /^Grams of/ })
    .last()
    .fill('240');
  const perServing = page.getByText(/kcal a serving · 2 ingredients/);
  await expect.poll(() => perServing.isVisible()).toBe(true);
  const shownKcal = Number((await perServing.textContent())?.split(' ')[0]?.replace(',', ''));
  await sheetShots(page, 'recipe-two-ingredients');

  // A food that went away before saving: the server's error lands on that ingredient's row.
  const gone = await clientApi.post('/api/foods', { name: 'Ana’s seed mix', kcal: 550, proteinG: 20, fatG: 45, carbsG: 15 });
  expect(gone.status).toBe(201);
  await pickFood('seed mix', /Ana’s seed mix/);
  expect((await clientApi.delete(`/api/foods/${gone.body.id}`)).status).toBe(200);
  await page.getByRole('button', { name: 'Save recipe' }).click();
  const goneRow = sheet.getByRole('listitem').filter({ hasText: 'Ana’s seed mix' });
  await expect.poll(() => goneRow.getByText('That food is not in your food list.').isVisible()).toBe(true);
  await sheetShots(page, 'recipe-server-error');
  await page.getByRole('button', { name: 'Remove Ana’s seed mix' }).click();

  // Saved, it opens like any food at one serving, and a serving goes into the day.
  await page.getByRole('button', { name: 'Save recipe' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Add to Dinner' }).isVisible()).toBe(true);
  await expect.poll(() => page.getByRole('button', { name: /^1 serving \(200 g\)/ }).getAttribute('aria-pressed')).toBe('true');
  await sheetShots(page, 'recipe-portion');
  await page.getByRole('button', { name: 'Add to Dinner' }).click();
  const logged = async () => {
    const day = (await clientApi.get(dayPath)).body;
    const entry = (day.meals as { entries: { name: string; kcal: number }[] }[])
      .flatMap((meal) => meal.entries)
      .find((one) => one.name.startsWith('Chicken and rice bowl'));
    return entry ? { entry: entry.kcal, day: day.totals.kcal as number } : null;
  };
  await expect.poll(logged).not.toBeNull();
  const after = (await logged())!;
  // The browser's figure (before saving) is the server's, and the day's total grew by it.
  expect(Math.abs(after.entry - shownKcal)).toBeLessThanOrEqual(1);
  expect(after.day).toBeCloseTo(kcalBefore + after.entry, 1);
  await expect
    .poll(() =>
      page
        .getByText(/^Chicken and rice bowl/)
        .first()
        .isVisible(),
    )
    .toBe(true);

  // Their own recipe can be changed from where it is picked: four servings halve each one.
  await page.getByRole('button', { name: 'Add food to Snacks' }).click();
  await sheet
    .getByRole('listitem')
    .getByRole('button', { name: /Chicken and rice bowl/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Edit recipe' }).click();
  await expect.poll(() => page.getByRole('textbox', { name: /^Grams of/ }).count()).toBe(2);
  await sheetShots(page, 'recipe-edit');
  await page.getByLabel('Servings', { exact: true }).fill('4');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(() => page.getByRole('button', { name: /^1 serving \(100 g\)/ }).isVisible()).toBe(true);
  await context.close();
});
