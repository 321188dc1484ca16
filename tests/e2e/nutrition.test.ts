import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer, signIn } from './harness';

/**
 * Issue 11's journey: the coach sets Lena's targets with the calculator; on her phone Lena finds
 * chicken breast with a typo, logs three foods and water, and watches the rings move; the coach
 * sees her day and the week's compliance on the Nutrition tab.
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
  clientId = client.client.id as string;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The kcal ring's words for screen readers: "1,240 of 2,100 kcal". */
const ringText = (page: Page) =>
  page
    .getByText(/^[\d,.]+ of [\d,]+ kcal/)
    .first()
    .textContent();

async function addFood(page: Page, meal: string, query: string, expected: RegExp) {
  await page.getByRole('button', { name: `Add food to ${meal}` }).click();
  await page.getByLabel('Search foods').fill(query);
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.getByRole('listitem').first().textContent(), { timeout: 10_000 }).toMatch(expected);
  await dialog.getByRole('listitem').first().getByRole('button').first().click();
  await page.getByRole('button', { name: `Add to ${meal}` }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

it('the coach sets targets, the client logs food and water and sees the rings move, the coach sees the day and the week', async () => {
  // The coach's calculator: Lena's age and height come from onboarding; sex, weight and goal typed.
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.waitForURL('**/clients');
  await coach.goto(`/clients/${clientId}/nutrition`);
  await coach.getByRole('button', { name: 'Set targets' }).first().click();
  await coach.getByLabel('Sex').selectOption('female');
  await coach.getByLabel('Weight (kg)').fill('68');
  await coach.getByRole('radio', { name: 'Cut', exact: true }).check({ force: true });
  await coach.getByLabel(/^Deficit/).fill('400');
  await expect.poll(() => coach.getByText('BMR (Mifflin-St Jeor)').first().isVisible()).toBe(true);
  await screenshots(coach, 'nutrition-01-calculator');
  await coach.getByRole('button', { name: 'Save targets' }).click();
  await expect.poll(() => coach.getByRole('button', { name: 'Change targets' }).isVisible()).toBe(true);
  expect(await coach.getByText('How it was computed').isVisible()).toBe(true);

  // Lena on her phone: empty rings first.
  const lena = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(lena, 'lena@example.com', CLIENT_PASSWORD);
  await lena.waitForURL('**/today');
  await lena.goto('/nutrition');
  await expect.poll(() => ringText(lena)).toMatch(/^0 of [\d,]+ kcal/);
  const before = (await ringText(lena))!;
  await screenshots(lena, 'nutrition-02-day-empty');

  await addFood(lena, 'Lunch', 'chiken brest', /Chicken, broilers? or fryers, breast/);
  await addFood(lena, 'Breakfast', 'bananna', /Bananas, raw/);
  await addFood(lena, 'Dinner', 'brocoli', /Broccoli/);
  await lena.getByRole('button', { name: '+500 ml' }).click();
  await expect.poll(() => ringText(lena)).not.toBe(before);
  const eaten = Number((await ringText(lena))!.split(' of ')[0]!.replace(/,/g, ''));
  expect(eaten).toBeGreaterThan(150);
  await expect.poll(() => lena.getByText('500 of', { exact: false }).first().isVisible()).toBe(true);
  await screenshots(lena, 'nutrition-03-day-logged');

  // The coach: the day as Lena logged it, and this week's compliance.
  await coach.reload();
  await expect
    .poll(
      () =>
        coach
          .getByText(/Bananas, raw/)
          .first()
          .isVisible(),
      { timeout: 10_000 },
    )
    .toBe(true);
  await expect
    .poll(() =>
      coach
        .getByText(/Chicken, broilers? or fryers, breast/)
        .first()
        .isVisible(),
    )
    .toBe(true);
  await expect.poll(() => coach.getByText('Weekly compliance').isVisible()).toBe(true);
  await coach.getByRole('button', { name: 'Show as table' }).click();
  await expect.poll(() => coach.getByRole('table').last().textContent()).toMatch(/1 \/ 7|1\/7|1 of 7/);
  await screenshots(coach, 'nutrition-04-coach-day-and-week');
});
