import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * The foundation journey a new user takes, in a real browser against the real server:
 * first-run setup → add a client → the client opens the invitation in another browser →
 * sets a password → onboarding → client home; the trainer then reads the answers.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const TRAINER = { name: 'Alex Rivera', email: 'alex@example.com', password: 'coach-password-123' };
let inviteUrl = '';

describe('first run, as a new trainer and their first client', () => {
  it('leads every page to setup, creates the trainer, and adds a client with an invitation link', async () => {
    const context = await newContext(browser, server.baseUrl, DESKTOP);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));

    await page.goto('/clients');
    await page.waitForURL('**/setup');
    await page.getByRole('heading', { name: 'Set up your coaching business' }).waitFor();
    await screenshots(page, '01-setup');
    await page.getByLabel('Your name').fill(TRAINER.name);
    await page.getByLabel('Email').fill(TRAINER.email);
    await page.getByLabel('Password', { exact: true }).fill(TRAINER.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/clients');
    await page.getByText(/No clients yet/i).waitFor();
    await screenshots(page, '02-clients-empty');

    await page.getByRole('button', { name: 'Add client' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Maya Lindqvist');
    await dialog.getByLabel('Email').fill('maya@example.com');
    await dialog.getByLabel('Tags').fill('online,');
    await dialog.getByRole('button', { name: 'Add client' }).click();
    const link = page.getByLabel('Invitation link');
    await link.waitFor();
    inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${server.baseUrl}/invite/[\\w-]{43}$`));
    await screenshots(page, '03-invitation-link');

    // Without SMTP the email waits in Settings → Emails, with the same link.
    await page.goto('/settings/emails');
    await page.getByText('Alex Rivera invited you to OneCoach').first().click();
    await expect.poll(() => page.getByText(inviteUrl).count()).toBeGreaterThan(0);
    await screenshots(page, '04-settings-emails');
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await context.close();
  });

  it('lets the client accept on a phone, onboard, and land on their home screen', async () => {
    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    await page.goto(inviteUrl);
    await page.getByRole('heading', { name: /Alex Rivera invited you to OneCoach/ }).waitFor();
    await screenshots(page, '05-invite');
    await page.getByLabel('Password', { exact: true }).fill('maya-strong-password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/onboarding');

    await page.getByText('Build muscle').click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Intermediate').click();
    await page.getByLabel('4 days').check({ force: true });
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Dumbbells').click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Injuries and limitations').fill('Left knee twinges on deep squats.');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Pounds (lb)').click();
    await page.getByLabel('Feet').fill('5');
    await page.getByLabel('Inches').fill('10');
    await page.getByLabel('Date of birth').fill('1990-04-12');
    await screenshots(page, '06-onboarding-body');
    await page.getByRole('button', { name: 'Next' }).click();
    const questions = page.locator('fieldset').filter({ has: page.getByText('No', { exact: true }) });
    const count = await questions.count();
    expect(count).toBe(7);
    for (let index = 0; index < count; index += 1) {
      await questions
        .nth(index)
        .getByText(index === 5 ? 'Yes' : 'No', { exact: true })
        .click();
    }
    await page.getByText("I've read and accept the waiver").click();
    await screenshots(page, '07-onboarding-health');
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.waitForURL('**/today');
    await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).waitFor();
    await screenshots(page, '08-client-today');
    await context.close();
  });

  it("shows the trainer the client's answers, with the health flag called out", async () => {
    const context = await newContext(browser, server.baseUrl, DESKTOP);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(TRAINER.email);
    await page.getByLabel('Password', { exact: true }).fill(TRAINER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/clients');
    await page
      .getByRole('link', { name: /Maya Lindqvist/ })
      .first()
      .click();
    await page.getByText('Left knee twinges on deep squats.').waitFor();
    await expect.poll(() => page.getByText(/5 ft 10 in|178/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/bone, joint or soft-tissue/i).count()).toBeGreaterThan(0);
    await screenshots(page, '09-client-overview');
    await context.close();
  });
});

describe('signing in', () => {
  it('says clearly when the email and password do not match, and keeps what was typed', async () => {
    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(TRAINER.email);
    await page.getByLabel('Password', { exact: true }).fill('not-my-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText("That email and password don't match.").waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(TRAINER.email);
    await screenshots(page, '10-sign-in-failed');
    await context.close();
  });
});
