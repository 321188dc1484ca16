import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoWeekday, localDate } from '../../src/server/features/programs/schedule-rules';
import type { CheckinDraft } from '../../src/shared/ai';
import { createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import type { Agent } from '../setup/agent';
import { startOpenAiStandIn, textOf, type ChatRequest } from '../stand-ins/openai';
import { DESKTOP, launchBrowser, newContext, screenshots, startServer, signIn } from './harness';

/**
 * The trainer's AI drafts: a program drafted from the client's answers, edited in the builder and
 * assigned; a check-in review drafted into the reply box; and the goal insight on the overview.
 */
let ai: Awaited<ReturnType<typeof startOpenAiStandIn>>;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clientId = '';
let checkinId = '';
const today = localDate(new Date(), 'UTC');

const REVIEW: CheckinDraft = {
  summary: 'Energy up, and a first 80 kg squat.',
  changes: ['Weight down 2.8 kg in four weeks'],
  praise: ['The 80 kg squat'],
  questions: ['How is sleep?'],
  reply: 'Brilliant week, Noor — 80 kg squat! How has sleep been?',
};

/** Every call is answered by feature: the draft uses only exercises the request offered. */
let offered: { id: string; name: string }[] = [];
function script(request: ChatRequest) {
  const feature = request.response_format?.json_schema?.name;
  if (feature === 'checkin_draft') return { content: JSON.stringify(REVIEW) };
  if (feature === 'insight')
    return { content: JSON.stringify({ text: 'Noor loses about 0.7 kg a week. At that pace 75 kg comes in late spring.' }) };
  offered = (JSON.parse(textOf(request.messages[1]!.content)) as { exercises: { id: string; name: string }[] }).exercises;
  const ids = offered.map((exercise) => exercise.id);
  return {
    content: JSON.stringify({
      name: 'Full-body strength',
      description: 'Three full-body sessions.',
      workouts: [0, 1, 2].map((i) => ({
        name: `Day ${String.fromCharCode(65 + i)}`,
        exercises: ids.slice(i, i + 3).map((exerciseId) => ({ exerciseId, sets: 3, repsMin: 8, repsMax: 12, restSeconds: 90, note: '' })),
      })),
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
    onboarding: { timeZone: 'UTC', daysPerWeek: 3 },
    baseUrl: server.baseUrl,
  });
  clientId = joined.client.id as string;
  await seedProgressAndCheckin(trainer, joined.agent);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await ai?.close();
});

/** Four weeks of weigh-ins (−0.1 kg a day), a weight goal, and one submitted check-in. */
async function seedProgressAndCheckin(trainer: Agent, client: Agent) {
  for (let day = 0; day <= 28; day += 2) {
    const value = Math.round((80 - 0.1 * day) * 10) / 10;
    await client.post(`/api/clients/${clientId}/measurements`, {
      date: addDays(today, day - 28),
      entries: [{ metric: 'weight', value, unit: 'kg' }],
    });
  }
  expect((await trainer.post(`/api/clients/${clientId}/goals`, { kind: 'weight', target: 75, unit: 'kg' })).status).toBe(201);
  const form = await trainer.post('/api/checkin-forms', {
    name: 'Weekly',
    questions: [{ id: 'win', type: 'short_text', prompt: 'Best moment?' }],
  });
  const schedule = await trainer.post('/api/checkin-schedules', { formId: form.body.id, clientId, kind: 'once', startDate: today });
  const sent = await client.post('/api/me/checkins', { scheduleId: schedule.body.id, dueDate: today, answers: { win: 'Squatted 80 kg' } });
  expect(sent.status).toBe(201);
  checkinId = sent.body.id as string;
}

/** Signs in and waits for the home screen. */
async function signInHere(page: Page) {
  await signIn(page, 'coach@example.com', TRAINER_PASSWORD);
  await page.waitForURL('**/clients');
}

describe('AI drafts for the trainer', () => {
  it('shows where each goal is heading on the overview, with the AI summary', async () => {
    const page = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
    await signInHere(page);
    await page.goto(`/clients/${clientId}`);
    const card = page
      .getByRole('region', { name: 'Insight' })
      .or(page.locator('section', { hasText: 'Insight' }))
      .first();
    await card.getByText('Body weight').waitFor();
    await card.getByText('On track').waitFor();
    await card.getByText(/At this rate: around /).waitFor();
    await card.getByText('−0.7 kg a week').waitFor();
    await card.getByText('AI summary').waitFor();
    await screenshots(page, '63-trainer-insight');
  });

  it('drafts a review into the reply box, asking before it replaces what was typed, and sends nothing', async () => {
    const page = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
    await signInHere(page);
    await page.goto(`/checkins/review/${checkinId}`);
    const box = page.getByLabel('Reply to Noor');
    await box.fill('Great week');
    await page.getByRole('button', { name: 'Draft with AI' }).click();
    // The box had text: the draft waits for a yes before replacing it.
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText("Replace what you've written?").waitFor();
    await confirm.getByRole('button', { name: 'Replace with the draft' }).click();
    expect(await box.inputValue()).toBe(REVIEW.reply);
    const draft = page.getByRole('region', { name: 'AI draft' });
    await draft.getByText(REVIEW.summary).waitFor();
    await draft.getByText('How is sleep?').waitFor();
    await screenshots(page, '64-review-ai-draft');
    const state = await page.evaluate(async (id) => (await (await fetch(`/api/checkins/${id}`)).json()).checkin.state, checkinId);
    expect(state).toBe('submitted');
  });

  it('drafts a program, which the trainer edits in the builder and assigns', async () => {
    const page = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
    await signInHere(page);
    await page.goto(`/clients/${clientId}/training`);
    await page.getByRole('button', { name: 'Draft a program with AI' }).click();
    const dialog = page.getByRole('dialog', { name: 'Draft a program for Noor' });
    await dialog.getByText('Old left shoulder impingement', { exact: false }).waitFor(); // what the draft rests on
    await dialog.getByLabel('Weeks').selectOption('2');
    await dialog.getByLabel('What should this program focus on?').fill('Squat strength, nothing overhead');
    await screenshots(page, '65-program-draft-dialog');
    await dialog.getByRole('button', { name: 'Draft program' }).click();
    await page.waitForURL(/\/programs\/[\w-]+$/);
    const programId = page.url().split('/').pop()!;
    await page.getByRole('region', { name: 'Block A' }).first().waitFor();
    await screenshots(page, '66-builder-after-draft');

    // Swap Day A's first exercise for one the draft didn't use: remove it, pick the other from the library.
    const [removed, replacement] = [offered[0]!, offered.at(-1)!];
    await page.getByRole('button', { name: 'Actions for block A' }).first().click();
    await page.getByRole('menuitem', { name: 'Remove' }).click();
    const picker = page.getByLabel('Add exercise to Day A').first();
    await picker.fill(replacement.name);
    const escaped = replacement.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await page
      .getByRole('option', { name: new RegExp(`^${escaped}`) })
      .first()
      .click();
    // Autosave: what the server has for week 1, Day A.
    const dayA = () =>
      page.evaluate(async (id) => {
        const program = (await (await fetch(`/api/programs/${id}`)).json()) as {
          content: { workouts: { week: number; order: number; blocks: { exercises: { exerciseId: string }[] }[] }[] };
        };
        const workout = program.content.workouts.find((w) => w.week === 1 && w.order === 1)!;
        return workout.blocks.flatMap((b) => b.exercises.map((e) => e.exerciseId));
      }, programId);
    await expect.poll(dayA, { timeout: 10_000 }).toContain(replacement.id);
    expect(await dayA()).not.toContain(removed.id);
    await page.getByText('Saved', { exact: true }).waitFor();

    const start = addDays(today, (8 - isoWeekday(today)) % 7 || 7);
    await page.getByRole('button', { name: 'Assign' }).first().click();
    const assign = page.getByRole('dialog');
    await assign.getByText('Noor Haddad', { exact: true }).click();
    await assign.getByLabel('Start date').fill(start);
    await assign
      .getByRole('button', { name: /^Assign/ })
      .last()
      .click();
    await page.getByText(/is on Noor Haddad's calendar/).waitFor();
    const calendar = await page.evaluate(
      async ({ id, from, to }) => (await fetch(`/api/clients/${id}/calendar?from=${from}&to=${to}`)).json(),
      { id: clientId, from: start, to: addDays(start, 13) },
    );
    expect(calendar.items).toHaveLength(6);
    expect(calendar.items[0]).toMatchObject({ status: 'scheduled' });
  });
});
