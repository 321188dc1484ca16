/**
 * Screenshots of the main screens at phone and desktop size, for a person to look at.
 *
 *   DATA_DIR=/tmp/shots-data PORT=3100 npm start      # a fresh data dir: the script runs first-run setup
 *   npx tsx scripts/screenshots.ts http://localhost:3100 /tmp/shots
 *
 * Not a test: it asserts nothing beyond the journey working.
 */
import chromium from '@sparticuz/chromium';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium as playwright } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:3100';
const outDir = process.argv[3] ?? '/tmp/shots';
mkdirSync(outDir, { recursive: true });

const TRAINER = { name: 'Alex Rivera', email: 'alex@example.com', password: 'correct-horse-battery' };
const SIZES = { mobile: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
type Size = keyof typeof SIZES;

async function newPage(
  browser: Browser,
  size: Size,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: SIZES[size], deviceScaleFactor: 1, colorScheme, baseURL: base });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${size}] page error:`, error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[${size}] console:`, message.text());
  });
  return { context, page };
}

async function shot(page: Page, name: string, fullPage = false) {
  await page.waitForLoadState('networkidle');
  // Wait out skeletons (lazy chunks and queries), but still take the shot if something stays busy.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 5000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  console.log('saved', path);
}

async function api<T>(page: Page, path: string, method = 'GET', body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, method, body }) => {
      const response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
    { path, method, body },
  ) as Promise<T>;
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function main() {
  const browser = await playwright.launch({
    executablePath: await chromium.executablePath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const trainer = { desktop: await newPage(browser, 'desktop'), mobile: await newPage(browser, 'mobile') };

  // First run: setup
  for (const size of ['mobile', 'desktop'] as const) {
    await trainer[size].page.goto('/');
    await trainer[size].page.getByRole('heading', { name: 'Set up your coaching business' }).waitFor();
    await shot(trainer[size].page, `01-setup-${size}`);
  }
  const desk = trainer.desktop.page;
  await desk.getByLabel('Your name').fill(TRAINER.name);
  await desk.getByLabel('Email').fill(TRAINER.email);
  await desk.getByLabel('Password', { exact: true }).fill(TRAINER.password);
  await desk.getByRole('button', { name: 'Create account' }).click();
  await desk.waitForURL('**/clients');
  await shot(desk, '03-clients-empty-desktop');

  // Sign-in, with a failed attempt
  const mob = trainer.mobile.page;
  await mob.goto('/sign-in');
  await shot(mob, '02-sign-in-mobile');
  await mob.getByLabel('Email').fill(TRAINER.email);
  await mob.getByLabel('Password', { exact: true }).fill('wrong-password-here');
  await mob.getByRole('button', { name: 'Sign in' }).click();
  await mob.getByRole('alert').first().waitFor();
  await shot(mob, '02-sign-in-error-mobile');
  await signIn(mob, TRAINER.email, TRAINER.password);
  await mob.waitForURL('**/clients');
  await shot(mob, '03-clients-empty-mobile');

  // Add client dialog
  for (const size of ['mobile', 'desktop'] as const) {
    const page = trainer[size].page;
    await page.getByRole('button', { name: 'Add client' }).first().click();
    await page.getByRole('dialog').waitFor();
    await shot(page, `04-add-client-${size}`);
    if (size === 'mobile') await page.keyboard.press('Escape');
  }
  await desk.getByRole('dialog').getByLabel('Name').fill('Sam Okafor');
  await desk.getByRole('dialog').getByLabel('Email').fill('sam@example.com');
  await desk.getByRole('dialog').getByLabel('Tags').fill('online,');
  await desk.getByRole('dialog').getByRole('button', { name: 'Add client' }).click();
  await desk.getByLabel('Invitation link').waitFor();
  await shot(desk, '05-client-invited-desktop');
  const inviteUrl = await desk.getByLabel('Invitation link').inputValue();
  await desk.keyboard.press('Escape');

  // More clients, in different states
  const people = [
    ['Maya Lindqvist', 'maya@example.com', ['online', 'marathon']],
    ['Jordan Blake', 'jordan@example.com', ['in-person']],
    ['Priya Natarajan', 'priya@example.com', ['online']],
    ['Tom Becker', 'tom@example.com', []],
    ['Lucía Fernández', 'lucia@example.com', ['online', 'postnatal']],
    ['Chen Wei', 'chen@example.com', ['in-person', 'powerlifting']],
  ] as const;
  const created: Array<{ client: { id: string; name: string }; invitation: { url: string } }> = [];
  for (const [name, email, tags] of people) {
    created.push(await api(desk, '/api/clients', 'POST', { name, email, tags: [...tags], note: '' }));
  }
  const archived = created[4];
  if (archived) await api(desk, `/api/clients/${archived.client.id}/archive`, 'POST');
  const revoked = created[3];
  if (revoked) await api(desk, `/api/clients/${revoked.client.id}/invitation`, 'DELETE');

  // The client joins by invitation (phone), and onboards
  const client = await newPage(browser, 'mobile');
  await client.page.goto(inviteUrl);
  await client.page.getByRole('heading', { name: /invited you to OneCoach/ }).waitFor();
  await shot(client.page, '06-invite-mobile');
  const inviteDesk = await newPage(browser, 'desktop');
  await inviteDesk.page.goto(inviteUrl);
  await shot(inviteDesk.page, '06-invite-desktop');
  await client.page.getByLabel('Password', { exact: true }).fill('sams-strong-password');
  await client.page.getByRole('button', { name: 'Create account' }).click();
  await client.page.waitForURL('**/onboarding');
  const cp = client.page;
  await shot(cp, '07-onboarding-1-goals-empty-mobile');
  await cp.getByRole('button', { name: 'Next' }).click();
  await shot(cp, '07-onboarding-1-goals-error-mobile');
  await cp.getByText('Build muscle').click();
  await cp.getByText('Get stronger').click();
  await shot(cp, '07-onboarding-1-goals-mobile');
  await cp.getByRole('button', { name: 'Next' }).click();
  await cp.getByText('Intermediate').click();
  await cp.getByLabel('4 days').check({ force: true });
  await shot(cp, '07-onboarding-2-experience-mobile', true);
  await cp.getByRole('button', { name: 'Next' }).click();
  await cp.getByText('Dumbbells').click();
  await cp.getByText('Pull-up bar').click();
  await shot(cp, '07-onboarding-3-equipment-mobile');
  await cp.getByRole('button', { name: 'Next' }).click();
  await cp.getByLabel('Injuries and limitations').fill('Left knee twinges on deep squats.');
  await shot(cp, '07-onboarding-4-injuries-mobile');
  await cp.getByRole('button', { name: 'Next' }).click();
  await cp.getByText('Pounds (lb)').click();
  await cp.getByLabel('Feet').fill('5');
  await cp.getByLabel('Inches').fill('10');
  await cp.getByLabel('Date of birth').fill('1990-04-12');
  await shot(cp, '07-onboarding-5-body-mobile', true);
  await cp.getByRole('button', { name: 'Next' }).click();
  const questions = cp.locator('fieldset').filter({ has: cp.getByText('No', { exact: true }) });
  const count = await questions.count();
  for (let index = 0; index < count; index += 1) {
    await questions
      .nth(index)
      .getByText(index === 5 ? 'Yes' : 'No', { exact: true })
      .click();
  }
  await shot(cp, '07-onboarding-6-health-mobile', true);
  await cp.getByText("I've read and accept the waiver").click();
  await cp.getByRole('button', { name: 'Finish' }).click();
  await cp.waitForURL('**/today');
  await shot(cp, '08-today-mobile');
  await cp.goto('/progress');
  await shot(cp, '08-progress-mobile');
  await cp.goto('/profile');
  await shot(cp, '09-profile-mobile', true);
  await cp.goto('/profile/answers');
  await shot(cp, '09-profile-answers-mobile');
  const clientDesk = await newPage(browser, 'desktop');
  await signIn(clientDesk.page, 'sam@example.com', 'sams-strong-password');
  await clientDesk.page.waitForURL('**/today');
  await shot(clientDesk.page, '08-today-desktop');
  await clientDesk.page.goto('/profile');
  await shot(clientDesk.page, '09-profile-desktop');

  // Trainer: the filled list, a client's page, emails
  for (const size of ['mobile', 'desktop'] as const) {
    const page = trainer[size].page;
    await page.goto('/clients');
    await shot(page, `10-clients-filled-${size}`);
  }
  await desk.goto('/clients?status=all&sort=joined');
  await shot(desk, '10-clients-all-by-joined-desktop');
  await desk.goto('/clients?q=nobody-here');
  await shot(desk, '10-clients-no-results-desktop');

  const list = await api<{ items: Array<{ id: string; name: string }> }>(desk, '/api/clients?status=all');
  const sam = list.items.find((item) => item.name === 'Sam Okafor');
  const maya = list.items.find((item) => item.name === 'Maya Lindqvist');
  for (const size of ['mobile', 'desktop'] as const) {
    const page = trainer[size].page;
    if (sam) {
      await page.goto(`/clients/${sam.id}`);
      await shot(page, `11-client-onboarded-${size}`, true);
    }
    if (maya) {
      await page.goto(`/clients/${maya.id}`);
      await shot(page, `11-client-invited-${size}`);
    }
  }
  if (sam) {
    await desk.goto(`/clients/${sam.id}`);
    await desk.getByRole('button', { name: 'Pause' }).click();
    await shot(desk, '12-pause-dialog-desktop');
    await desk.keyboard.press('Escape');
    await desk.getByRole('button', { name: 'Archive' }).click();
    await shot(desk, '12-archive-confirm-desktop');
    await desk.keyboard.press('Escape');
    await desk.goto(`/clients/${sam.id}/check-ins`);
    await shot(desk, '12-client-tab-checkins-desktop');
  }

  // Pause and resume; resend an invitation; archive someone
  if (sam) {
    await desk.goto(`/clients/${sam.id}`);
    await desk.getByRole('button', { name: 'Pause' }).click();
    await desk.getByText('Injury', { exact: true }).click();
    await desk.getByRole('dialog').getByLabel('Note').fill('Sprained ankle, physio twice a week.');
    await desk.getByRole('dialog').getByLabel('Until').fill('2030-01-15');
    await desk.getByRole('button', { name: 'Pause client' }).click();
    await desk.getByRole('button', { name: 'Resume' }).waitFor();
    await shot(desk, '14-client-paused-desktop');
    await cp.goto('/today');
    await shot(cp, '14-today-paused-mobile');
    await desk.goto('/clients');
    await shot(desk, '14-clients-with-paused-desktop');
    await desk.goto(`/clients/${sam.id}`);
    await desk.getByRole('button', { name: 'Resume' }).click();
    await desk.getByRole('button', { name: 'Pause' }).waitFor();
  }
  if (maya) {
    await desk.goto(`/clients/${maya.id}`);
    await desk.getByRole('button', { name: 'Resend invitation' }).click();
    await shot(desk, '15-resend-confirm-desktop');
    await desk.getByRole('button', { name: 'Send new link' }).click();
    await desk.getByRole('dialog', { name: 'New invitation link' }).waitFor();
    await shot(desk, '15-resend-new-link-desktop');
    await desk.getByRole('button', { name: 'Done' }).click();
  }
  const jordan = list.items.find((item) => item.name === 'Jordan Blake');
  if (jordan) {
    await desk.goto(`/clients/${jordan.id}`);
    await desk.getByRole('button', { name: 'Archive' }).click();
    await desk.getByRole('alertdialog').getByRole('button', { name: 'Archive' }).click();
    await desk.getByRole('button', { name: 'Restore' }).waitFor();
    await shot(desk, '16-client-archived-desktop');
  }

  // `/` focuses the search box
  await desk.goto('/clients');
  await desk.getByRole('table').waitFor();
  await desk.keyboard.press('/');
  const focused = await desk.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  console.log(focused === 'Search clients' ? '/ focuses search: ok' : `/ focuses search: FAILED (${String(focused)})`);
  console.log(`document title on /clients: ${await desk.title()}`);
  await desk.keyboard.type('ma');
  await desk.waitForURL(/q=ma/);
  await shot(desk, '10-clients-search-desktop');

  // An invitation that was already used
  const usedInvite = await newPage(browser, 'mobile');
  await usedInvite.page.goto(inviteUrl);
  await shot(usedInvite.page, '06-invite-accepted-mobile');

  for (const size of ['mobile', 'desktop'] as const) {
    const page = trainer[size].page;
    await page.goto('/settings');
    await shot(page, `13-settings-account-${size}`);
    await page.goto('/settings/emails');
    await shot(page, `13-settings-emails-${size}`);
    await page.getByRole('list', { name: 'Emails' }).getByRole('link').first().click();
    await shot(page, `13-settings-email-open-${size}`);
  }

  // Dark theme, a few screens
  const dark = await newPage(browser, 'desktop', 'dark');
  await signIn(dark.page, TRAINER.email, TRAINER.password);
  await dark.page.waitForURL('**/clients');
  await shot(dark.page, '20-dark-clients-desktop');
  if (sam) {
    await dark.page.goto(`/clients/${sam.id}`);
    await shot(dark.page, '20-dark-client-desktop', true);
  }
  const darkPhone = await newPage(browser, 'mobile', 'dark');
  await signIn(darkPhone.page, 'sam@example.com', 'sams-strong-password');
  await darkPhone.page.waitForURL('**/today');
  await shot(darkPhone.page, '20-dark-today-mobile');
  await darkPhone.page.goto('/profile/answers');
  await shot(darkPhone.page, '20-dark-onboarding-mobile');

  const signedOut = await newPage(browser, 'desktop');
  await signedOut.page.goto('/sign-in');
  await shot(signedOut.page, '02-sign-in-desktop');
  await signedOut.page.goto('/forgot-password');
  await shot(signedOut.page, '02-forgot-desktop');
  await signedOut.page.goto('/invite/this-token-does-not-exist-at-all');
  await shot(signedOut.page, '06-invite-unknown-desktop');
  if (revoked) {
    await signedOut.page.goto(new URL(revoked.invitation.url).pathname);
    await shot(signedOut.page, '06-invite-revoked-desktop');
  }

  // Signing out lands on a clean sign-in page
  await mob.goto('/settings');
  await mob.getByRole('button', { name: 'Sign out' }).click();
  await mob.waitForURL('**/sign-in');
  console.log(`after sign-out: ${mob.url()}`);

  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
