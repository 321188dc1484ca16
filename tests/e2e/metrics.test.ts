import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * Body weight: the client logs a weight from Progress, sees it in the list and in the chart's
 * table view, corrects it; the coach sees the same on the client's Progress tab.
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
  // Two earlier weigh-ins, so there is a trend to draw.
  const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
  for (const [ago, value] of [
    [9, 82.4],
    [5, 81.9],
  ] as const) {
    const saved = await client.agent.post(`/api/clients/${clientId}/measurements`, {
      date: day(ago),
      entries: [{ metric: 'weight', value, unit: 'kg' }],
    });
    expect(saved.status).toBe(201);
  }
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

it('lets the client log a weight, see it in the list and the table, and correct it', async () => {
  const lena = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(lena, 'lena@example.com', CLIENT_PASSWORD);
  await lena.waitForURL('**/today');
  await lena.getByRole('link', { name: 'Progress' }).click();
  await lena.getByRole('heading', { name: 'Log body weight' }).waitFor();
  await lena.getByRole('heading', { name: 'Body weight', exact: true }).waitFor();
  await lena.locator('canvas').waitFor();
  await screenshots(lena, 'metrics-01-client-progress');

  await lena.getByLabel(/Body weight \((kg|lb)\)/).fill('81.2');
  await lena.getByRole('button', { name: 'Save', exact: true }).click();
  await lena.getByText(/Logged 81.2/).waitFor();
  const list = lena.locator('section', { has: lena.getByRole('heading', { name: 'Measurements' }) });
  await list.getByText(/81.2 (kg|lb)/).waitFor();
  await screenshots(lena, 'metrics-02-logged');

  await lena.getByRole('button', { name: 'Show as table' }).click();
  const table = lena.getByRole('table');
  await table.getByRole('cell', { name: '81.2', exact: true }).waitFor();
  expect(await table.getByRole('row').count()).toBe(4);
  await screenshots(lena, 'metrics-03-table');

  await list.getByRole('button', { name: /^Edit body weight 81.2/ }).click();
  const dialog = lena.getByRole('dialog');
  await dialog.getByLabel('Value').fill('80.8');
  await screenshots(lena, 'metrics-04-edit');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await list.getByText(/80.8 (kg|lb)/).waitFor();
  await table.getByRole('cell', { name: '80.8', exact: true }).waitFor();
  await lena.context().close();
});

it("shows the coach the client's weight chart and measurements on the Progress tab", async () => {
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.waitForURL('**/clients');
  await coach.goto(`/clients/${clientId}/progress`);
  await coach.locator('canvas').waitFor();
  const list = coach.locator('section', { has: coach.getByRole('heading', { name: 'Measurements' }) });
  await list.getByText(/80.8 (kg|lb)/).waitFor();
  await screenshots(coach, 'metrics-05-trainer');
  await coach.context().close();
});
