import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween, isoWeekday, localDate } from '../../src/server/features/programs/schedule-rules';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { Agent } from '../setup/agent';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * Issue 3's journey: the trainer builds a 2-week program with a superset in the builder,
 * assigns it to a client starting next Monday, and the client sees it on their calendar.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clientEmail = '';
let clientName = '';
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // Accounts come from the API (the first-run journey covers those screens).
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com' }, server.baseUrl);
  const client = await createJoinedClient(app, trainer.agent, {
    client: { name: 'Noor Haddad', email: 'noor@example.com' },
    onboarding: { timeZone: 'Europe/Madrid' },
    baseUrl: server.baseUrl,
  });
  clientEmail = client.email;
  clientName = client.client.name;
  expect(trainer.agent).toBeInstanceOf(Agent);
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

async function addExercise(page: Page, pickerLabel: string, query: string, expected: RegExp) {
  const picker = page.getByRole('combobox', { name: pickerLabel }).or(page.getByLabel(pickerLabel)).first();
  await picker.fill(query);
  await page.getByRole('option', { name: expected }).first().waitFor();
  await picker.press('Enter');
}

const today = localDate(new Date(), 'Europe/Madrid');
const nextMonday = addDays(today, (8 - isoWeekday(today)) % 7 || 7);

describe('building and assigning a program', () => {
  it('builds a 2-week program with a superset, autosaved', async () => {
    const context = await newContext(browser, server.baseUrl, DESKTOP);
    const page = await context.newPage();
    await signIn(page, 'coach@example.com', TRAINER_PASSWORD);
    await page.waitForURL('**/clients');
    await page.getByRole('link', { name: 'Programs' }).first().click();
    await page.getByRole('button', { name: 'New program' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Strength Block A');
    await dialog.getByLabel('Weeks').fill('1');
    await dialog.getByRole('button', { name: 'Create program' }).click();
    await page.waitForURL(/\/programs\/[\w-]+$/);

    await addExercise(page, 'Add exercise to Day 1', 'squat', /Barbell Squat/);
    await page.getByRole('button', { name: 'Add superset' }).click();
    await addExercise(page, 'First exercise of the new superset', 'db bench', /Dumbbell Bench Press/);
    await addExercise(page, 'Add exercise to superset B', 'pullups', /Pullups/);
    await page.getByRole('button', { name: 'Actions for week 1' }).click();
    await page.getByRole('menuitem', { name: 'Duplicate week 1' }).click();
    await page.getByText('Saved', { exact: true }).waitFor({ timeout: 10_000 });
    await screenshots(page, '20-program-builder');

    // What the builder saved is what the server has.
    const programId = page.url().split('/').pop()!;
    const saved = await page.evaluate(async (id) => (await fetch(`/api/programs/${id}`)).json(), programId);
    expect(saved.content.weeks).toBe(2);
    expect(saved.content.workouts).toHaveLength(2);
    const kinds = saved.content.workouts[0].blocks.map((b: { kind: string; exercises: unknown[] }) => `${b.kind}:${b.exercises.length}`);
    expect(kinds).toEqual(['single:1', 'superset:2']);

    await page.getByRole('button', { name: 'Assign' }).first().click();
    const assign = page.getByRole('dialog');
    await assign.getByText(clientName).click();
    await assign.getByLabel('Start date').fill(nextMonday);
    await screenshots(page, '21-assign-dialog');
    await assign
      .getByRole('button', { name: /^Assign/ })
      .last()
      .click();
    await page.getByText(`Strength Block A is on ${clientName}'s calendar`).waitFor();
    await page.getByText('2 workouts scheduled.').waitFor();
    await context.close();
  });

  it("shows the program on the client's calendar, as the client", async () => {
    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    await signIn(page, clientEmail, CLIENT_PASSWORD);
    await page.waitForURL('**/today');
    const calendar = await page.evaluate(
      async ({ from, to }) => {
        const me = await (await fetch('/api/me/client')).json();
        return (await fetch(`/api/clients/${me.id}/calendar?from=${from}&to=${to}`)).json();
      },
      { from: nextMonday, to: addDays(nextMonday, 13) },
    );
    expect(calendar.items.map((i: { date: string }) => i.date)).toEqual([nextMonday, addDays(nextMonday, 7)]);
    expect(calendar.items[0]).toMatchObject({ programName: 'Strength Block A', exerciseCount: 3, status: 'scheduled' });
    // Today lists the week ahead: next Monday's workout is there when it falls within six days.
    if (daysBetween(today, nextMonday) <= 6) await page.getByText('Day 1').first().waitFor();
    await screenshots(page, '22-client-today');
    await context.close();
  });

  it("shows the trainer the client's calendar with the workouts in place", async () => {
    const context = await newContext(browser, server.baseUrl, DESKTOP);
    const page = await context.newPage();
    await signIn(page, 'coach@example.com', TRAINER_PASSWORD);
    await page.waitForURL('**/clients');
    // The daily loop is keyboard-first: j moves to the first client, Enter opens them.
    await page
      .getByRole('link', { name: new RegExp(clientName) })
      .first()
      .waitFor();
    // Until the list's key handler is attached a press does nothing: press j until a client row has focus.
    await expect
      .poll(async () => {
        await page.keyboard.press('j');
        return page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
      })
      .toMatch(/^\/clients\/[\w-]+/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/clients\/[\w-]+/);
    await page.getByRole('tab', { name: 'Training' }).click();
    await page.getByText('Strength Block A').first().waitFor();
    await screenshots(page, '23-client-training');
    await context.close();
  });
});
