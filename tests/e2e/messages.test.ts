import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/** Trainer and client chat side by side: messages arrive without a reload, links work, HTML stays text, read receipts update. */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clientId = '';
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com' }, server.baseUrl);
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
