import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import type { Agent } from '../setup/agent';
import { startOpenAiStandIn, textOf, type ChatRequest } from '../stand-ins/openai';
import { DESKTOP, launchBrowser, newContext, screenshots, startServer, signIn } from './harness';

/**
 * Drafts in the trainer's voice: the voice saved in Settings → AI, three reply suggestions above the
 * composer (one click puts one in the box, nothing is sent), and a follow-up drafted from the
 * needs-attention list that opens in Messages prefilled.
 */
let ai: Awaited<ReturnType<typeof startOpenAiStandIn>>;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let trainer: Agent;
let clientId = '';

const SUGGESTIONS = [
  'Yes — a swim is a great swap. Keep it easy, 30 minutes.',
  'Sure, swim away! How did Wednesday feel?',
  'Good idea. Same effort as the run, nothing hard.',
];
const FOLLOW_UP = 'Hi Noor, sorry for the wait — yes, swap the run for a swim this week. How is the knee?';

function script(request: ChatRequest) {
  const feature = request.response_format?.json_schema?.name;
  if (feature === 'reply_suggestions') return { content: JSON.stringify({ texts: SUGGESTIONS }) };
  if (feature === 'follow_up') return { content: JSON.stringify({ texts: [FOLLOW_UP] }) };
  return { content: 'OK' };
}

beforeAll(async () => {
  ai = await startOpenAiStandIn();
  ai.respond(script);
  server = await startServer({ env: { OPENAI_BASE_URL: ai.url, OPENAI_API_KEY: ai.apiKey } });
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  trainer = (await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl)).agent;
  const joined = await createJoinedClient(app, trainer, {
    client: { name: 'Noor Haddad', email: 'noor@example.com' },
    onboarding: { timeZone: 'UTC', daysPerWeek: 3 },
    baseUrl: server.baseUrl,
  });
  clientId = joined.client.id as string;
  // Noor wrote a day and a half ago and is still waiting: she is on the needs-attention list.
  server.clock.set(new Date(Date.now() - 36 * 3_600_000));
  const sent = await joined.agent.post(`/api/clients/${clientId}/messages`, { body: 'Can I swap Friday’s run for a swim?' });
  expect(sent.status).toBe(201);
  server.clock.set(new Date());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await ai?.close();
});

/** Signs in and waits for the home screen. */
async function signInHere(page: Page) {
  await signIn(page, 'coach@example.com', TRAINER_PASSWORD);
  await page.waitForURL('**/clients');
}

const messageCount = async () => ((await trainer.get(`/api/clients/${clientId}/messages`)).body.items as unknown[]).length;

describe('drafts in the trainer’s voice', () => {
  it('saves the voice and an example message in Settings → AI', async () => {
    const page = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
    await signInHere(page);
    await page.goto('/settings/ai');
    await page.getByLabel('How your messages sound').fill('Short and warm, British spelling, no emojis');
    await page.getByRole('button', { name: 'Add an example' }).click();
    await page.getByRole('textbox', { name: 'Example 1' }).fill('Cracking week, Noor — proud of you. Same again?');
    await page.getByRole('button', { name: 'Save voice' }).click();
    await page.getByText('Voice saved').waitFor();
    const settings = (await trainer.get('/api/settings')).body as { aiVoice: string; aiVoiceExamples: string[] };
    expect(settings.aiVoice).toBe('Short and warm, British spelling, no emojis');
    expect(settings.aiVoiceExamples).toEqual(['Cracking week, Noor — proud of you. Same again?']);
    await screenshots(page, '90-ai-voice-settings');
  });

  it('suggests three replies and puts the chosen one in the composer without sending it', async () => {
    const page = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
    await signInHere(page);
    await page.goto(`/clients/${clientId}/messages`);
    ai.reset();
    ai.respond(script);
    await page.getByRole('button', { name: 'Suggest replies' }).click();
    const panel = page.getByRole('region', { name: 'Reply suggestions' });
    await panel.getByText(SUGGESTIONS[2]!).waitFor();
    expect(textOf(ai.received[0]!.messages[0]!.content)).toContain('British spelling');
    await screenshots(page, '91-ai-reply-suggestions');
    await panel.getByRole('button', { name: SUGGESTIONS[1]! }).click();
    const box = page.getByLabel('Message', { exact: true });
    expect(await box.inputValue()).toBe(SUGGESTIONS[1]);
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await messageCount()).toBe(1);
  });

  it('drafts a follow-up from the needs-attention list and opens it in Messages, prefilled', async () => {
    const page = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
    await signInHere(page);
    const item = page.getByRole('listitem').filter({ hasText: 'for your reply' });
    await item.getByRole('button', { name: 'Draft follow-up for Noor Haddad' }).click();
    const dialog = page.getByRole('dialog', { name: 'Follow-up for Noor' });
    await dialog.getByText(FOLLOW_UP).waitFor();
    await dialog.getByText(/^Noor has been waiting \d+ hours for your reply$/).waitFor(); // why, under the title
    await screenshots(page, '92-ai-follow-up-draft');
    await dialog.getByRole('link', { name: 'Open in Messages' }).click();
    await page.waitForURL(`**/clients/${clientId}/messages`);
    const box = page.getByLabel('Message', { exact: true });
    await expect.poll(() => box.inputValue()).toBe(FOLLOW_UP);
    await screenshots(page, '93-ai-follow-up-in-composer');
    expect(await messageCount()).toBe(1);
  });
});
