import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { scheduleOneOff } from '../factories/programs';
import { startOpenAiStandIn } from '../stand-ins/openai';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer, signIn } from './harness';

/** The client asks their coach's AI assistant (answers stream from their own plan); a red flag reaches the coach at once. */
let ai: Awaited<ReturnType<typeof startOpenAiStandIn>>;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clientId = '';
beforeAll(async () => {
  ai = await startOpenAiStandIn();
  server = await startServer({ env: { OPENAI_BASE_URL: ai.url, OPENAI_API_KEY: ai.apiKey } });
  // Monday 7 December 2026, 10:00 in Madrid (the client's time zone).
  server.clock.set(new Date('2026-12-07T09:00:00Z'));
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl);
  clientId = (
    await createJoinedClient(app, trainer.agent, { client: { name: 'Lena Fischer', email: 'lena@example.com' }, baseUrl: server.baseUrl })
  ).client.id;
  await scheduleOneOff(server.db, trainer.agent, clientId, '2026-12-07', 'Upper body power');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await ai?.close();
});

it('answers from the client’s plan, streamed, and sends a red flag to the coach as urgent', async () => {
  const lena = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(lena, 'lena@example.com', CLIENT_PASSWORD);
  await lena.waitForURL('**/today');
  await lena.getByRole('link', { name: /Ask Sam's assistant/ }).click();
  await lena.getByRole('heading', { name: "Sam's AI assistant" }).waitFor();
  await lena.getByRole('button', { name: "What's my workout today?" }).waitFor(); // the starters, while the chat is empty

  const chat = lena.getByRole('list', { name: 'Messages' });
  const box = lena.getByLabel("Ask Sam's AI assistant");
  await box.fill('What is my workout today?');
  await lena.getByRole('button', { name: 'Ask' }).click();
  // The stand-in model looks up today's workout with the tool, then answers from what it returned.
  await chat.getByText(/Upper body power/).waitFor({ timeout: 15_000 });
  expect(ai.received.at(-1)?.messages.some((message) => message.role === 'tool')).toBe(true);
  await chat.getByRole('button', { name: 'Ask my coach instead' }).waitFor();
  await screenshots(lena, '60-client-assistant-answer');

  await box.fill('I get chest pain when I squat');
  await lena.keyboard.press('Enter');
  await chat.getByText('Your coach has been told').waitFor();
  await chat.getByText(/call your local emergency number/).waitFor();
  await screenshots(lena, '61-client-assistant-escalated');

  const sam = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(sam, 'coach@example.com', TRAINER_PASSWORD);
  await sam.waitForURL('**/clients');
  const panel = sam.getByRole('region', { name: /Needs attention/ });
  const item = panel.getByRole('listitem').filter({ hasText: 'Told the AI assistant' });
  await item.getByText(/chest pain when I squat/).waitFor();
  await item.getByText('(urgent)').waitFor({ state: 'attached' }); // high priority: the red dot, read out as "urgent"
  await item.getByRole('link', { name: 'Read and reply' }).click();
  await sam.waitForURL(`**/clients/${clientId}/assistant`);
  await sam.getByRole('list', { name: 'Messages' }).getByText('I get chest pain when I squat').waitFor();
  await sam.getByText('Red flag · you were told').waitFor();
  await screenshots(sam, '62-trainer-assistant-tab');
  await sam.getByRole('link', { name: 'Reply in Messages' }).click();
  await sam.waitForURL(`**/clients/${clientId}/messages`);
});
