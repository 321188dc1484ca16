import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agent } from '../setup/agent';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/** The bell counts what is new, the panel folds a conversation into one line, opening it clears it; preferences save. */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clientId = '';
let clientAgent: Agent;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl);
  const joined = await createJoinedClient(app, trainer.agent, {
    client: { name: 'Anna Berg', email: 'anna@example.com' },
    baseUrl: server.baseUrl,
  });
  clientId = joined.client.id;
  clientAgent = joined.agent;
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

it('counts new messages on the bell, folds them into one notification, and clears it when the conversation opens', async () => {
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  const anna = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.waitForURL('**/clients');

  // Nothing yet: a calm bell and a friendly empty panel.
  await coach.getByRole('button', { name: 'Notifications', exact: true }).click();
  await coach.getByText("You're all caught up").waitFor();
  await screenshots(coach, 'notifications-00-trainer-empty');
  await coach.keyboard.press('Escape');

  // The list fails to load: the panel says so and offers a retry that works.
  const list = (url: URL) => url.pathname === '/api/notifications';
  await anna.route(list, (route) =>
    route.fulfill({
      status: 500,
      json: { error: { code: 'INTERNAL', message: 'Something went wrong on our side. Try again in a moment.' } },
    }),
  );
  await signIn(anna, 'anna@example.com', CLIENT_PASSWORD);
  await anna.waitForURL('**/today');
  await anna.getByRole('button', { name: 'Notifications', exact: true }).click();
  await anna.getByText("Your notifications didn't load").waitFor({ timeout: 15_000 });
  // (At desktop width the panel is a popover, freshly mounted: the photo catches its loading skeleton.)
  await screenshots(anna, 'notifications-01-client-error');
  await anna.getByRole('button', { name: 'Try again' }).waitFor({ timeout: 15_000 });
  await anna.unroute(list);
  await anna.getByRole('button', { name: 'Try again' }).click();
  await anna.getByText("You're all caught up").waitFor();
  await anna.keyboard.press('Escape');
  await anna.goto('/messages');
  for (const text of ['Left knee felt odd on lunges', 'Should I swap them for step-ups?']) {
    await anna.getByLabel('Message', { exact: true }).fill(text);
    await anna.keyboard.press('Enter');
    await anna.getByText(text).first().waitFor();
  }

  // Two messages, one notification: the bell says so without a reload.
  const bell = coach.getByRole('button', { name: 'Notifications, 1 unread' });
  await bell.waitFor({ timeout: 10_000 });
  await bell.click();
  const item = coach.getByRole('link', { name: /New message from Anna Berg/ });
  await item.waitFor();
  await expect.poll(() => item.textContent()).toContain('2 new messages');
  expect(await item.textContent()).toContain('Should I swap them for step-ups?');
  await screenshots(coach, 'notifications-02-trainer-panel');

  // Photographing resizes the window (popover ↔ sheet): open the panel afresh before using it.
  await coach.keyboard.press('Escape');
  await expect.poll(() => item.count()).toBe(0);
  await bell.click();
  await item.click();
  await coach.waitForURL(`**/clients/${clientId}/messages`);
  await coach.getByText('Should I swap them for step-ups?').first().waitFor();
  await coach.getByRole('button', { name: 'Notifications', exact: true }).waitFor({ timeout: 10_000 });

  // The other way round: the coach answers while Anna is on Today, her bell lights up.
  await anna.goto('/today');
  await anna.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
  await coach.getByLabel('Message', { exact: true }).fill('Step-ups are fine, keep them light this week.');
  await coach.getByRole('button', { name: 'Send' }).click();
  await anna.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor({ timeout: 10_000 });
  await screenshots(anna, 'notifications-03-client-bell');
  await anna.getByRole('button', { name: 'Notifications, 1 unread' }).click();
  await anna.getByRole('link', { name: /New message from Sam Rivera/ }).waitFor();
  await screenshots(anna, 'notifications-04-client-panel');

  // Mark all read empties the count and keeps the list.
  await anna.getByRole('button', { name: 'Mark all read' }).click();
  await anna.getByRole('button', { name: 'Mark all read' }).waitFor({ state: 'detached' });
  await anna.getByRole('link', { name: /New message from Sam Rivera/ }).waitFor();
  await anna.getByRole('link', { name: 'Notification settings' }).click();
  await anna.waitForURL('**/profile/notifications');
  await anna.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
  await anna.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
  await anna.getByRole('switch', { name: 'Badges by email' }).waitFor();
  await screenshots(anna, 'notifications-05-client-preferences');

  // Quiet hours with one end missing: the field says what is wrong, nothing is saved.
  await anna.getByRole('switch', { name: 'Hold emails at night' }).click();
  expect(await anna.getByLabel('From').inputValue()).toBe('22:00');
  await anna.getByLabel('To', { exact: true }).fill('');
  await anna.getByRole('switch', { name: 'Badges by email' }).click();
  await anna.getByRole('button', { name: 'Save changes' }).click();
  await anna.getByText('Set both ends of the quiet hours').waitFor();
  expect(await anna.getByLabel('To', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  expect((await clientAgent.get('/api/notifications/preferences')).body.quietStart).toBeNull();
  await screenshots(anna, 'notifications-06-client-quiet-error');

  await anna.getByLabel('From').fill('22:30');
  await anna.getByLabel('To', { exact: true }).fill('07:15');
  await anna.getByRole('button', { name: 'Save changes' }).click();
  await anna.getByText('Notification settings saved').waitFor();
  const saved = (await clientAgent.get('/api/notifications/preferences')).body;
  expect(saved).toMatchObject({ emailEnabled: true, quietStart: '22:30', quietEnd: '07:15', mutedInApp: [], mutedEmail: ['badge'] });

  // Turning one off in the app takes its email with it, and says why.
  await anna.getByRole('switch', { name: 'Personal records in the app' }).click();
  expect(await anna.getByRole('switch', { name: 'Personal records by email' }).isDisabled()).toBe(true);
  await anna.getByText('Off in the app, so no email either').waitFor();

  // The profile links to it too.
  await anna.goto('/profile');
  await anna.getByRole('link', { name: 'Notification settings' }).click();
  await anna.waitForURL('**/profile/notifications');

  // The trainer's own page sits under Settings; /notifications (the link in the emails) leads there.
  await coach.goto('/notifications');
  await coach.waitForURL('**/settings/notifications');
  await coach.getByRole('switch', { name: 'New messages in the app' }).waitFor();
  await screenshots(coach, 'notifications-07-trainer-preferences');
});
