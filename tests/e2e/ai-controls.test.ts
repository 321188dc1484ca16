import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/shared/settings';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { startOpenAiStandIn, textOf, type ChatRequest } from '../stand-ins/openai';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer, signIn } from './harness';

/**
 * The controls around AI: the trainer gives a feature its own model and instructions (Settings →
 * AI), drafts a meal plan into the builder and saves it; the client reads the privacy page, turns
 * the assistant off, and the assistant says so.
 */
let ai: Awaited<ReturnType<typeof startOpenAiStandIn>>;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clientId = '';

/** The meal-plan draft uses only foods the request listed (by id): about 1,600 kcal against 2,000, so a warning comes with it. */
type Listed = { id: string; name: string };
function script(request: ChatRequest) {
  if (request.response_format?.json_schema?.name !== 'meal_plan_draft') return { content: 'Hello!' };
  const foods = (JSON.parse(textOf(request.messages[1]!.content)) as { foods: Listed[] }).foods;
  const pick = (word: string) => foods.find((food) => food.name.toLowerCase().includes(word))!.id;
  return {
    content: JSON.stringify({
      name: 'High-protein day',
      notes: 'Cook the rice in bulk on Sunday.',
      meals: [
        {
          name: 'Breakfast',
          items: [
            { foodId: pick('oat'), grams: 80 },
            { foodId: pick('yogurt'), grams: 200 },
          ],
        },
        {
          name: 'Lunch',
          items: [
            { foodId: pick('chicken'), grams: 200 },
            { foodId: pick('rice'), grams: 250 },
          ],
        },
        {
          name: 'Dinner',
          items: [
            { foodId: pick('salmon'), grams: 150 },
            { foodId: pick('potato'), grams: 300 },
          ],
        },
      ],
    }),
  };
}

beforeAll(async () => {
  ai = await startOpenAiStandIn();
  ai.respond(script);
  server = await startServer({ env: { OPENAI_BASE_URL: ai.url, OPENAI_API_KEY: ai.apiKey } });
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = (await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl)).agent;
  const joined = await createJoinedClient(app, trainer, {
    client: { name: 'Noor Haddad', email: 'noor@example.com' },
    onboarding: { timeZone: 'UTC' },
    baseUrl: server.baseUrl,
  });
  clientId = joined.client.id as string;
  const targets = await trainer.post(`/api/clients/${clientId}/nutrition/targets`, {
    inputs: null,
    overrides: { kcal: 2000, proteinG: 150, fatG: 60, carbsG: 215, fiberG: 28, waterMl: 2500 },
  });
  expect(targets.status).toBe(201);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await ai?.close();
});

async function coachPage(): Promise<Page> {
  const page = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(page, 'coach@example.com', TRAINER_PASSWORD);
  await page.waitForURL('**/clients');
  return page;
}

describe('AI controls', () => {
  it('the trainer gives the client assistant its own model and instructions', async () => {
    const page = await coachPage();
    await page.goto('/settings/ai');
    const features = page.locator('#ai-features');
    await features.getByText('Client assistant', { exact: true }).click();
    const row = features.locator('details', { hasText: 'Client assistant' });
    await row.getByText('The client’s question and the last few messages', { exact: false }).waitFor();
    const model = row.getByLabel(/^Model/);
    expect(await model.getAttribute('placeholder')).toBe('gpt-4o-mini'); // the default model
    // The same check as the server, on the right input.
    await model.fill('gpt 4; drop');
    await page.getByRole('button', { name: 'Save features' }).click();
    await row.getByText('Letters, digits and . : / @ - only').waitFor();
    await model.fill('gpt-4o');
    await row.getByLabel(/^Extra instructions/).fill('Always answer in British English.');
    await page.getByRole('button', { name: 'Save features' }).click();
    await page.getByText('AI features saved').waitFor();
    await screenshots(page, 'ai-controls-01-settings-features');
    const saved = await page.evaluate(async () => ((await (await fetch('/api/settings')).json()) as Settings).aiFeatures);
    expect(saved).toEqual({ assistant: { model: 'gpt-4o', instructions: 'Always answer in British English.' } });
  });

  it('the trainer drafts a meal plan with AI into the builder, checks the totals and saves it', async () => {
    const page = await coachPage();
    await page.goto(`/clients/${clientId}/meal-plans/new`);
    await page.getByRole('button', { name: 'Draft with AI' }).click();
    const dialog = page.getByRole('dialog', { name: 'Draft a day of eating for Noor' });
    await dialog.getByLabel(/Anything the plan should respect/).fill('Likes fish, no nuts');
    await dialog.getByRole('button', { name: 'Draft', exact: true }).click();
    await expect.poll(() => dialog.count(), { timeout: 15_000 }).toBe(0);
    // The draft is in the builder, unsaved: its name, six foods in grams, the warning, the totals.
    expect(await page.getByLabel('Meal plan for Noor Haddad').inputValue()).toBe('High-protein day — draft for Noor Haddad');
    await expect.poll(() => page.getByRole('textbox', { name: /^Amount of / }).count()).toBe(6);
    expect(await page.getByLabel(/^Amount of .*salmon/i).inputValue()).toBe('150');
    const notice = page.getByRole('status').filter({ hasText: 'Drafted with AI' });
    await notice.getByText(/Energy is \d+ % under the target/).waitFor();
    const totals = page.getByRole('table', { name: "The plan's day totals against the targets" });
    await totals.getByText('2,000').first().waitFor();
    expect(textOf(ai.received.at(-1)!.messages[1]!.content)).toContain('Likes fish, no nuts');
    expect(ai.received.at(-1)!.model).toBe('gpt-4o-mini'); // the override was for the assistant only
    await screenshots(page, 'ai-controls-02-builder-ai-draft');

    await page.getByRole('button', { name: 'Save plan' }).first().click();
    await page.waitForURL(/\/meal-plans\/[0-9a-f-]{36}$/); // not "new": the saved plan's own address
    const planId = page.url().split('/').pop()!;
    const plan = await page.evaluate(async (id) => (await fetch(`/api/meal-plans/${id}`)).json(), planId);
    expect(plan).toMatchObject({ name: 'High-protein day — draft for Noor Haddad', meals: ['Breakfast', 'Lunch', 'Dinner'] });
    expect(plan.items).toHaveLength(6);
    // Edited or saved, the AI notice has done its job.
    expect(await notice.count()).toBe(0);
  });

  it('the privacy page lists what each feature sends; the client turns the assistant off and it says so', async () => {
    const anonymous = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
    await anonymous.goto('/privacy');
    await anonymous.getByRole('heading', { name: 'Privacy', level: 1 }).waitFor();
    await anonymous.getByRole('heading', { name: 'Meal-plan draft' }).waitFor();
    expect(await anonymous.getByRole('switch').count()).toBe(0);
    await screenshots(anonymous, 'ai-controls-03-privacy-signed-out');

    const noor = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
    await signIn(noor, 'noor@example.com', CLIENT_PASSWORD);
    await noor.waitForURL('**/today');
    await noor.goto('/privacy');
    const features = noor.getByRole('list', { name: 'AI features' });
    await features.getByRole('heading', { name: 'Client assistant' }).waitFor();
    await features.getByText('Up to six still frames', { exact: false }).waitFor();
    const toggle = noor.getByRole('switch', { name: 'Use the AI assistant' });
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await screenshots(noor, 'ai-controls-04-privacy-client');
    await toggle.click();
    await noor.getByText('AI assistant off: nothing about you is sent to the AI provider').waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    const consent = await noor.evaluate(async () => (await fetch('/api/me/ai-consent')).json());
    expect(consent).toMatchObject({ aiEnabled: true, optedOut: true });

    await noor.goto('/profile');
    const section = noor.locator('#privacy');
    await section.getByText(/^Off since /).waitFor();
    await screenshots(noor, 'ai-controls-05-profile-privacy');

    await noor.goto('/assistant');
    await noor.getByText('You turned the AI assistant off').waitFor();
    expect(await noor.getByLabel("Ask Sam's AI assistant").count()).toBe(0); // no composer
    await screenshots(noor, 'ai-controls-06-assistant-opted-out');
    await noor.getByRole('link', { name: 'Profile → Privacy' }).click();
    await noor.waitForURL('**/profile#privacy');

    // The trainer sees the choice on the Assistant tab; drafts about Noor are not offered (and the API refuses them in words).
    const sam = await coachPage();
    await sam.goto(`/clients/${clientId}/assistant`);
    await sam.getByText('Noor turned the AI assistant off').waitFor();
    await screenshots(sam, 'ai-controls-07-trainer-assistant-opted-out');
    await sam.goto(`/clients/${clientId}/meal-plans/new`);
    await sam.getByRole('button', { name: 'Save plan' }).first().waitFor();
    expect(await sam.getByRole('button', { name: 'Draft with AI' }).count()).toBe(0);
    const refused = await sam.evaluate(
      async (id) =>
        (
          await fetch(`/api/clients/${id}/ai/meal-plan-draft`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
          })
        ).json(),
      clientId,
    );
    expect(refused.error.message).toBe('Noor Haddad has asked that their data is not sent to the AI provider.');
    await screenshots(sam, 'ai-controls-08-meal-plan-builder-opted-out');
  });
});
