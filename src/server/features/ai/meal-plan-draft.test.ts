import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { startOpenAiStandIn, textOf, type ChatRequest } from '../../../../tests/stand-ins/openai';
import type { MealPlanDraft } from '../../../shared/ai';

/**
 * A meal-plan draft against the client's targets: only foods from the database (by id), an
 * unknown food rejected and retried once with the problem named, totals and warnings computed by
 * code, nothing saved.
 */
type Listed = { id: string; name: string; per100g: { kcal: number } };
const foodsSent = (request: ChatRequest) => (JSON.parse(textOf(request.messages[1]!.content)) as { foods: Listed[] }).foods;
const pick = (foods: Listed[], word: string) => foods.find((food) => food.name.toLowerCase().includes(word))!.id;

describe('meal-plan drafts', () => {
  let openai: Awaited<ReturnType<typeof startOpenAiStandIn>>;
  let t: TestApp;
  let trainer: Agent;
  let anaId = '';
  let benId = '';
  beforeAll(async () => {
    openai = await startOpenAiStandIn();
    t = await createTestApp({ env: { OPENAI_BASE_URL: openai.url, OPENAI_API_KEY: openai.apiKey } });
    trainer = (await createTrainer(t.app)).agent;
    anaId = (await createJoinedClient(t.app, trainer, { client: { name: 'Ana Ruiz' } })).client.id;
    benId = (await createJoinedClient(t.app, trainer, { client: { name: 'Ben Okafor' } })).client.id;
    const targets = await trainer.post(`/api/clients/${anaId}/nutrition/targets`, {
      inputs: null,
      overrides: { kcal: 2000, proteinG: 150, fatG: 60, carbsG: 215, fiberG: 28, waterMl: 2500 },
    });
    expect(targets.status).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    await openai.close();
  });

  it('needs targets first', async () => {
    const res = await trainer.post(`/api/clients/${benId}/ai/meal-plan-draft`, {});
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/targets first/);
    expect(openai.received).toHaveLength(0);
  });

  it('drafts from database foods only, retries an unknown food, and reports the totals against the targets', async () => {
    let calls = 0;
    openai.respond((request) => {
      calls += 1;
      const foods = foodsSent(request);
      if (calls === 1)
        return {
          content: JSON.stringify({
            name: 'Day',
            notes: '',
            meals: [{ name: 'Breakfast', items: [{ foodId: 'unicorn-steak', grams: 100 }] }],
          }),
        };
      return {
        content: JSON.stringify({
          name: 'High-protein day',
          notes: 'Cook the rice in bulk.',
          meals: [
            {
              name: 'Breakfast',
              items: [
                { foodId: pick(foods, 'oat'), grams: 80 },
                { foodId: pick(foods, 'yogurt'), grams: 200 },
              ],
            },
            {
              name: 'Lunch',
              items: [
                { foodId: pick(foods, 'chicken'), grams: 200 },
                { foodId: pick(foods, 'rice'), grams: 250 },
              ],
            },
            {
              name: 'Dinner',
              items: [
                { foodId: pick(foods, 'salmon'), grams: 150 },
                { foodId: pick(foods, 'potato'), grams: 300 },
              ],
            },
          ],
        }),
      };
    });
    const res = await trainer.post<MealPlanDraft>(`/api/clients/${anaId}/ai/meal-plan-draft`, { day: 'training', brief: 'Likes fish' });
    expect(res.status).toBe(200);
    const draft = res.body;
    expect(draft.name).toBe('High-protein day — draft for Ana Ruiz');
    expect(draft.meals).toEqual(['Breakfast', 'Lunch', 'Dinner']);
    expect(draft.items).toHaveLength(6);
    expect(draft.items[2]).toMatchObject({ meal: 'Lunch', grams: 200, food: { name: expect.stringMatching(/chicken/i) } });
    const kcal = draft.items.reduce((sum, item) => sum + (item.food.per100g.kcal * item.grams) / 100, 0);
    expect(draft.totals.kcal).toBe(Math.round(kcal));
    expect(draft.target).toEqual({ kcal: 2000, proteinG: 150, fatG: 60, carbsG: 215 });
    const offPct = Math.round(((draft.totals.kcal - 2000) / 2000) * 100);
    expect(draft.warnings.some((warning) => warning.startsWith(`Energy is ${Math.abs(offPct)} %`))).toBe(Math.abs(offPct) > 10);
    // The retry named the problem; the brief and targets went to the model; every listed food is a real one.
    expect(textOf(openai.received[1]!.messages.at(-1)!.content)).toMatch(/"unicorn-steak" is not in the food list/);
    expect(textOf(openai.received[0]!.messages[1]!.content)).toContain('Likes fish');
    expect(foodsSent(openai.received[0]!).length).toBeGreaterThan(30);
    // Nothing was saved.
    expect((await trainer.get(`/api/clients/${anaId}/meal-plans`)).body.items).toEqual([]);
  });

  it('reports a draft unusable twice as 502 with the problems, saving nothing', async () => {
    openai.respond(() => ({ content: '{"name":"x"}' }));
    const res = await trainer.post(`/api/clients/${anaId}/ai/meal-plan-draft`, {});
    expect(res.status).toBe(502);
    expect(res.body.error.details.problems[0]).toMatch(/did not match/);
  });
});
