import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localDate } from '../../src/server/features/programs/schedule-rules';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer } from '../factories/clients';
import { scheduleOneOff } from '../factories/programs';
import type { Agent } from '../setup/agent';
import { launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * The installable app in the gym: once visited, Today opens with no network (app shell and the
 * client's reads from the service worker's caches), writes made offline wait in the outbox across a
 * reload, and reach the server in order when the network is back.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clientApi: Agent;
const PREFERENCES = '/api/notifications/preferences';
// DEFAULT_PREFERENCES (notifications.service.ts), then two edits: the server must end with the last one.
const DEFAULTS = { emailEnabled: true, mutedInApp: [], mutedEmail: [], quietStart: null, quietEnd: null };
const EDITS = [
  { ...DEFAULTS, quietStart: '21:00', quietEnd: '07:00' },
  { ...DEFAULTS, emailEnabled: false, quietStart: '21:00', quietEnd: '07:00' },
  { ...DEFAULTS, emailEnabled: false, mutedEmail: ['badge'], quietStart: '22:00', quietEnd: '06:30' },
];
const CACHEABLE_READS = [
  /^\/api\/setup$/,
  /^\/api\/auth\/session$/,
  /^\/api\/me\/client$/,
  /^\/api\/me\/schedule/,
  /^\/api\/scheduled-workouts\//,
  /^\/api\/sessions\//,
  /^\/api\/exercises\//,
  /^\/api\/clients\/[^/]+\/nutrition\/days\//,
  /^\/api\/foods$/,
];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl);
  const client = await createJoinedClient(app, trainer.agent, {
    client: { name: 'Ana Costa', email: 'ana@example.com' },
    onboarding: { timeZone: 'Europe/Madrid' },
    baseUrl: server.baseUrl,
  });
  clientApi = client.agent;
  await scheduleOneOff(server.db, trainer.agent, client.client.id, localDate(new Date(), 'Europe/Madrid'), 'Upper body');
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

/**
 * No network for the page and for its service worker. Chromium's offline emulation does not reach
 * the worker's own fetches (its reads would quietly go to the server), so those are aborted as a
 * lost connection would abort them.
 */
const abortWorkerRequests = (route: Route) => (route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue());
async function setOffline(context: BrowserContext, offline: boolean) {
  if (offline) await context.route('**/*', abortWorkerRequests);
  else await context.unroute('**/*', abortWorkerRequests);
  await context.setOffline(offline);
}

type Hooks = {
  enqueue: (op: object) => Promise<void>;
  pendingOps: (kind?: string) => Promise<{ id: string; path: string; body: unknown }[]>;
};
const pending = (page: Page) =>
  page.evaluate(async () => {
    const outbox = (window as unknown as { __onecoachOutbox: Hooks }).__onecoachOutbox;
    return (await outbox.pendingOps('set')).map((op) => ({ id: op.id, body: op.body }));
  });

it('serves the worker and the manifest with the right types, never cached for long', async () => {
  const worker = await fetch(`${server.baseUrl}/sw.js`);
  expect(worker.status).toBe(200);
  expect(worker.headers.get('content-type')).toMatch(/^text\/javascript/);
  expect(worker.headers.get('cache-control')).toBe('no-cache');
  const manifest = await fetch(`${server.baseUrl}/manifest.webmanifest`);
  expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
  const body = (await manifest.json()) as { start_url: string; display: string; icons: { src: string; purpose: string }[] };
  expect(body).toMatchObject({ start_url: '/today', display: 'standalone' });
  expect(body.icons.map((icon) => icon.purpose).sort()).toEqual(['any', 'any', 'maskable']);
  for (const icon of body.icons) {
    const png = await fetch(`${server.baseUrl}${icon.src}`);
    expect(png.headers.get('content-type'), icon.src).toBe('image/png');
  }
  expect(await (await fetch(`${server.baseUrl}/today`)).text()).toContain('<link rel="manifest" href="/manifest.webmanifest">');
});

it('opens Today with no network, keeps offline writes through a reload, and syncs them in order when back online', async () => {
  const context = await newContext(browser, server.baseUrl, PHONE);
  await context.addInitScript(() => window.localStorage.setItem('onecoach:test-hooks', '1'));
  const page = await context.newPage();
  await signIn(page, 'ana@example.com', CLIENT_PASSWORD);
  await page.waitForURL('**/today');
  await page.getByText('Upper body').first().waitFor();

  // The worker installs on the first visit and takes the page over (clientsClaim); one more load
  // sends the client's reads through it, so they are cached too.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload();
  await page.getByText('Upper body').first().waitFor();
  const cached = await page.evaluate(async () => (await (await caches.open('onecoach-api')).keys()).map((r) => new URL(r.url).pathname));
  expect(cached).toContain('/api/me/schedule');
  for (const path of cached)
    expect(
      CACHEABLE_READS.some((read) => read.test(path)),
      `${path} must not be cached`,
    ).toBe(true);

  await setOffline(context, true);
  const offlineLoad = await page.reload();
  expect(offlineLoad?.fromServiceWorker()).toBe(true);
  await page.getByText('Upper body').first().waitFor(); // the plan, from the worker's cache
  // Truly offline, the worker's own requests included: a read it has never cached fails.
  expect(
    await page.evaluate(() =>
      fetch('/api/me/client?probe=1').then(
        (r) => r.status,
        () => 'failed',
      ),
    ),
  ).toBe('failed');
  await page.getByText('Offline — what you log is saved on this device').waitFor();

  await page.evaluate(async (edits) => {
    const outbox = (window as unknown as { __onecoachOutbox: Hooks }).__onecoachOutbox;
    for (const [index, body] of edits.entries())
      await outbox.enqueue({ id: `prefs-${index + 1}`, method: 'PUT', path: '/api/notifications/preferences', body, kind: 'set' });
  }, EDITS);
  await page.getByText('Offline — 3 sets waiting to sync').waitFor();
  expect((await pending(page)).map((op) => op.id)).toEqual(['prefs-1', 'prefs-2', 'prefs-3']);
  expect((await clientApi.get(PREFERENCES)).body).toEqual(DEFAULTS); // nothing got out
  await screenshots(page, 'offline-01-waiting');

  // Durable: a reload (still offline) finds the same three waiting, in the same order.
  await page.reload();
  await page.getByText('Offline — 3 sets waiting to sync').waitFor();
  expect((await pending(page)).map((op) => op.id)).toEqual(['prefs-1', 'prefs-2', 'prefs-3']);

  await setOffline(context, false);
  await page.getByText('All changes saved').waitFor({ timeout: 15_000 });
  expect(await pending(page)).toEqual([]);
  // Sent oldest first: the server keeps the last edit.
  expect((await clientApi.get(PREFERENCES)).body).toEqual(EDITS[2]);
  // The notice is brief.
  await page.getByText('All changes saved').waitFor({ state: 'detached', timeout: 10_000 });
  await context.close();
});

it('drops a write the server refuses, tells the person why, and tells the screen that queued it', async () => {
  const context = await newContext(browser, server.baseUrl, PHONE);
  await context.addInitScript(() => window.localStorage.setItem('onecoach:test-hooks', '1'));
  const page = await context.newPage();
  await signIn(page, 'ana@example.com', CLIENT_PASSWORD);
  await page.waitForURL('**/today');
  await page.getByText('Upper body').first().waitFor();

  const answers = await page.evaluate(async () => {
    const outbox = (
      window as unknown as {
        __onecoachOutbox: Hooks & { flush: () => Promise<void>; onSynced: (l: (op: object, response: unknown) => void) => () => void };
      }
    ).__onecoachOutbox;
    const seen: unknown[] = [];
    outbox.onSynced((op, response) => seen.push({ op: (op as { id: string }).id, response }));
    await outbox.enqueue({
      id: 'bad-1',
      method: 'PUT',
      path: '/api/notifications/preferences',
      body: { emailEnabled: 'yes' },
      kind: 'set',
    });
    await outbox.flush();
    return seen;
  });
  expect(answers).toEqual([{ op: 'bad-1', response: { error: expect.objectContaining({ code: 'VALIDATION_FAILED' }) } }]);
  expect(await pending(page)).toEqual([]);
  await page.getByText(/^Not saved: /).waitFor();
  await screenshots(page, 'offline-02-refused');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByText(/^Not saved: /).waitFor({ state: 'detached' });
  await context.close();
});
