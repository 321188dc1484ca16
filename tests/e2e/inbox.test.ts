import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { DESKTOP, launchBrowser, newContext, screenshots, startServer } from './harness';

/**
 * The trainer's message loop: the inbox (unread, needs reply, search), a broadcast to a tag,
 * and the automated messages in Settings → Automations.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;
type Person = Awaited<ReturnType<typeof createJoinedClient>>;
let trainer: Awaited<ReturnType<typeof createTrainer>>;
let lena: Person;
let tom: Person;
let ana: Person;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  trainer = await createTrainer(app, { email: 'coach@example.com' }, server.baseUrl);
  const join = (name: string, email: string, tags: string[] = []) =>
    createJoinedClient(app, trainer.agent, { client: { name, email, tags }, baseUrl: server.baseUrl });
  lena = await join('Lena Fischer', 'lena@example.com', ['online']);
  tom = await join('Tom Berger', 'tom@example.com');
  ana = await join('Ana Costa', 'ana@example.com');
  page = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('coach@example.com');
  await page.getByLabel('Password', { exact: true }).fill(TRAINER_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/clients');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const send = async (from: Person | typeof trainer, clientId: string, body: string) => {
  const res = await from.agent.post(`/api/clients/${clientId}/messages`, { body });
  expect(res.status).toBe(201);
};
const bodiesOf = async (person: Person) =>
  ((await person.agent.get(`/api/clients/${person.client.id}/messages`)).body.items as Array<{ body: string | null }>).map((m) => m.body);
const row = (name: string) => page.getByRole('list', { name: 'Conversations' }).getByRole('link').filter({ hasText: name });

describe('inbox', () => {
  it('says what will appear before anyone has written', async () => {
    await page.goto('/inbox');
    await page.getByRole('heading', { name: 'No conversations yet' }).waitFor();
    expect(await page.getByRole('button', { name: 'Message your clients' }).isVisible()).toBe(true);
    await screenshots(page, 'inbox-empty');
  });

  it('lists conversations newest first with unread counts, previews and the nav count', async () => {
    await send(trainer, ana.client.id, 'Great job this week, Ana!');
    await send(trainer, tom.client.id, 'How did the deadlifts feel?');
    await send(tom, tom.client.id, 'Felt strong, hips a bit tight');
    await send(lena, lena.client.id, "Can we swap Thursday's session?");
    await send(lena, lena.client.id, 'Also, the hotel gym has no squat rack');
    // A client's message puts the conversation on the to-do list; the trainer took Tom's off it.
    expect((await trainer.agent.put(`/api/clients/${tom.client.id}/conversation`, { needsReply: false })).status).toBe(200);

    await page.goto('/inbox');
    await row('Lena Fischer').waitFor();
    expect(await page.getByRole('list', { name: 'Conversations' }).getByRole('link').allInnerTexts()).toEqual([
      expect.stringContaining('Lena Fischer'),
      expect.stringContaining('Tom Berger'),
      expect.stringContaining('Ana Costa'),
    ]);
    expect(await row('Lena Fischer').innerText()).toMatch(/Needs reply[\s\S]*Also, the hotel gym has no squat rack[\s\S]*2/);
    expect(await row('Lena Fischer').getByText('2 unread').count()).toBe(1);
    expect(await row('Tom Berger').getByText('1 unread').count()).toBe(1);
    expect(await row('Tom Berger').getByText('Needs reply').count()).toBe(0);
    expect(await row('Ana Costa').innerText()).toContain('You: Great job this week, Ana!');
    expect(
      await row('Ana Costa')
        .getByText(/unread/)
        .count(),
    ).toBe(0);
    await page.getByRole('link', { name: /^Messages\s*3 unread$/ }).waitFor();
    await screenshots(page, 'inbox-list');
  });

  it('filters to unread and needs-reply conversations, kept in the URL', async () => {
    await page.getByRole('button', { name: /^Unread/ }).click();
    await page.waitForURL(/filter=unread/);
    await expect.poll(() => row('Ana Costa').count()).toBe(0);
    expect(await row('Lena Fischer').count()).toBe(1);
    expect(await row('Tom Berger').count()).toBe(1);

    await page.getByRole('button', { name: /^Needs reply/ }).click();
    await page.waitForURL(/filter=needs-reply/);
    await expect.poll(() => row('Tom Berger').count()).toBe(0);
    expect(await row('Lena Fischer').count()).toBe(1);

    await page.reload();
    await row('Lena Fischer').waitFor();
    expect(await page.getByRole('button', { name: /^Needs reply/ }).getAttribute('aria-pressed')).toBe('true');
    await screenshots(page, 'inbox-needs-reply');
    await page.getByRole('button', { name: /^All/ }).click();
    await row('Ana Costa').waitFor();
  });

  it("says so when the inbox doesn't load, and tries again", async () => {
    await page.route('**/api/messages/conversations', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'INTERNAL', message: 'Something went wrong on our side. Try again in a moment.' } }),
      }),
    );
    await page.goto('/inbox');
    await page.getByRole('heading', { name: "Your messages didn't load" }).waitFor({ timeout: 15_000 });
    await screenshots(page, 'inbox-error');
    await page.unroute('**/api/messages/conversations');
    await page.getByRole('button', { name: 'Try again' }).click();
    await row('Lena Fischer').waitFor();
  });

  it('searches every message and opens the conversation a match is in', async () => {
    await page.getByLabel('Search messages').fill('squat');
    await page.getByRole('region', { name: 'Search results' }).waitFor();
    const match = page.getByRole('region', { name: 'Search results' }).getByRole('link');
    expect(await match.count()).toBe(1);
    expect(await match.innerText()).toContain('Lena Fischer');
    expect(await match.locator('mark').innerText()).toBe('squat');
    expect(page.url()).toContain('q=squat');
    await screenshots(page, 'inbox-search');

    await page.getByLabel('Search messages').fill('zebra');
    await page.getByRole('heading', { name: 'No messages mention “zebra”' }).waitFor();
    await screenshots(page, 'inbox-search-empty');

    await page.getByLabel('Search messages').fill('squat');
    await match.first().click();
    await page.waitForURL(`**/clients/${lena.client.id}/messages`);
    await page.getByText('Also, the hotel gym has no squat rack').first().waitFor();
  });

  it('broadcasts to one tag: only the tagged client gets it', async () => {
    await page.goto('/inbox');
    await page.getByRole('button', { name: 'Message clients' }).click();
    const dialog = page.getByRole('dialog', { name: 'Message clients' });
    await dialog.getByLabel('Send to').selectOption('online');
    await dialog.getByText('Goes to 1 active client tagged “online”.').waitFor();
    await dialog.getByLabel('Message').fill('Online group: new home workouts are up for next week.');
    await screenshots(page, 'inbox-broadcast');
    await dialog.getByRole('button', { name: 'Send to 1 client' }).click();
    await page.getByText('Sent to 1 client').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    expect(await bodiesOf(lena)).toContain('Online group: new home workouts are up for next week.');
    expect(await bodiesOf(tom)).not.toContain('Online group: new home workouts are up for next week.');
    expect(await bodiesOf(ana)).not.toContain('Online group: new home workouts are up for next week.');
    // The inbox shows it as the trainer's latest message to Lena.
    await expect.poll(() => row('Lena Fischer').innerText()).toContain('You: Online group');
  });

  it('offers the broadcast from the clients toolbar, with the tag filter preselected', async () => {
    await page.goto('/clients?tag=online');
    await page.getByText('lena@example.com').waitFor();
    await screenshots(page, 'inbox-clients-toolbar');
    await page.getByRole('button', { name: 'Message clients' }).click();
    const dialog = page.getByRole('dialog', { name: 'Message clients' });
    expect(await dialog.getByLabel('Send to').inputValue()).toBe('online');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('automations', () => {
  const card = () => page.getByRole('region', { name: 'Missed workouts' });

  it('turns on the missed-workouts nudge with its own text, previewed as the client reads it', async () => {
    await page.goto('/settings/automations');
    await card().waitFor();
    await screenshots(page, 'automations-default');

    await card().getByRole('switch', { name: 'Send automatically' }).click();
    await card().getByLabel('Missed workouts in a row').fill('3');
    const message = card().getByLabel('Message', { exact: true });
    await message.fill('Hey ');
    await card().getByRole('button', { name: 'Insert {firstName}' }).click();
    await message.press('End');
    await message.pressSequentially(', {missed} sessions slipped by. Want a lighter week? {mood}');
    await card().getByText("{mood} isn't a variable").waitFor();
    await message.fill('Hey {firstName}, {missed} sessions slipped by. Want a lighter week?');
    await expect
      .poll(() => card().getByTestId('preview-missed_workouts').innerText())
      .toBe('Hey Alex, 3 sessions slipped by. Want a lighter week?');
    expect(
      await card()
        .getByText(/isn't a variable/)
        .count(),
    ).toBe(0);
    expect(await card().getByText('Sent after 3 scheduled workouts in a row are missed.').count()).toBe(1);
    await screenshots(page, 'automations-edited');

    await card().getByRole('button', { name: 'Save' }).click();
    await page.getByText('Missed workouts: saved and on').waitFor();

    await page.reload();
    await card().waitFor();
    expect(await card().getByRole('switch', { name: 'Send automatically' }).getAttribute('aria-checked')).toBe('true');
    expect(await card().getByLabel('Missed workouts in a row').inputValue()).toBe('3');
    expect(await card().getByLabel('Message', { exact: true }).inputValue()).toBe(
      'Hey {firstName}, {missed} sessions slipped by. Want a lighter week?',
    );
    expect(await card().getByText('On', { exact: true }).count()).toBe(1);
    const saved = (await trainer.agent.get('/api/automations')).body.items.find((a: { kind: string }) => a.kind === 'missed_workouts');
    expect(saved).toMatchObject({ enabled: true, params: { missed: 3 } });
  });

  it('shows the field error for a value out of range and keeps what was typed', async () => {
    await card().getByLabel('Missed workouts in a row').fill('9');
    await card().getByRole('button', { name: 'Save' }).click();
    await card().getByText('Choose between 1 and 7.').waitFor();
    expect(await card().getByLabel('Missed workouts in a row').getAttribute('aria-invalid')).toBe('true');
    await screenshots(page, 'automations-error');
    const saved = (await trainer.agent.get('/api/automations')).body.items.find((a: { kind: string }) => a.kind === 'missed_workouts');
    expect(saved.params.missed).toBe(3);
  });
});
