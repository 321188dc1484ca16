import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../../src/server/app';
import { createMailer } from '../../src/server/features/emails/mailer';
import type { JobDeps } from '../../src/server/features/jobs/jobs.runner';
import { createHub } from '../../src/server/features/realtime/hub';
import { createLocalStorage } from '../../src/server/features/uploads/storage';
import { createTestClock } from '../../src/server/lib/clock';
import { parseEnv } from '../../src/server/lib/env';
import { createLogger, type LogLevel } from '../../src/server/lib/logger';
import { webStatic } from '../../src/server/web-static';
import { openTestDatabase } from '../setup/test-app';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
export const SCREENS_DIR = resolve('test-results/screens');

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });

/**
 * The real server (API + built web app) on a free loopback port, with its own database. `env` adds
 * settings to the parsed environment (e.g. Stripe keys pointing at the stand-in).
 */
export async function startServer(options: { env?: Record<string, string> } = {}) {
  const web = webStatic(resolve(process.env.WEB_OUT ?? 'dist/web'));
  if (!web) throw new Error('dist/web is missing: run `npm run build` (npm test does it for you)');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const database = await openTestDatabase();
  const env = parseEnv({ NODE_ENV: 'test', APP_URL: baseUrl, PORT: String(port), ...options.env });
  const clock = createTestClock();
  const uploadsDir = mkdtempSync(join(tmpdir(), 'onecoach-e2e-uploads-'));
  const hub = createHub();
  const storage = createLocalStorage(uploadsDir);
  const logger = createLogger((process.env.TEST_LOG as LogLevel | undefined) ?? 'silent');
  const mailer = createMailer({ from: env.mailFrom });
  const app = createApp({
    db: database.db,
    env,
    clock,
    logger,
    mailer,
    authSecret: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
    web,
    storage,
    hub,
  });
  /** Background jobs run by the test itself (under the test clock). */
  const jobDeps: JobDeps = { db: database.db, clock, logger, mailer, hub, storage, appUrl: baseUrl };
  const server: ServerType = await new Promise((done) => {
    const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => done(s));
  });
  return {
    baseUrl,
    clock,
    db: database.db,
    jobDeps,
    close: async () => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await database.close();
      rmSync(uploadsDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newContext(browser: Browser, baseURL: string, viewport = PHONE): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport, deviceScaleFactor: 1, timezoneId: 'Europe/Madrid', locale: 'en-GB' });
}

/** Signs in through the sign-in page (the app then goes to the person's home screen). */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Saves the page at phone and desktop width (restoring the viewport it had). */
export async function screenshots(page: Page, name: string) {
  // Every screen we photograph is also checked for serious accessibility problems, at both widths.
  const problems: string[] = [];
  mkdirSync(SCREENS_DIR, { recursive: true });
  const original = page.viewportSize() ?? PHONE;
  for (const [label, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SCREENS_DIR}/${name}-${label}.png`, fullPage: true });
    problems.push(...(await accessibilityProblems(page)).map((p) => `${name} (${label}) ${p}`));
  }
  await page.setViewportSize(original);
  if (problems.length) throw new Error(`Accessibility problems:\n${[...new Set(problems)].join('\n')}`);
}

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.1 A/AA rules) on the page and returns the serious and critical
 * violations as readable lines. Evaluated through the DevTools protocol, so our CSP stays on.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Let transitions (a toast fading in) finish: mid-fade colours are not what people read.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
      new Promise((done) => setTimeout(done, 1500)),
    ]),
  );
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`.trim()),
      }));
  });
  return violations.map((v) => `${v.id}: ${v.help} — ${v.targets.join(' | ')}`);
}
type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] };
