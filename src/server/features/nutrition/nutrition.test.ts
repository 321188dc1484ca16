import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import type { DayLog, Food } from '../../../shared/nutrition';
import { foods } from '../../db/schema';

let t: TestApp;
let trainer: Agent;
let ana: Agent;
let anaId = '';
let ben: Agent;
let benId = '';
const ids: Record<string, string> = {};

const TODAY = '2026-03-31';
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date(`${TODAY}T10:00:00Z`));
  trainer = (await createTrainer(t.app)).agent;
  const a = await createJoinedClient(t.app, trainer);
  const b = await createJoinedClient(t.app, trainer);
  [ana, anaId, ben, benId] = [a.agent, a.client.id, b.agent, b.client.id];
  for (const [key, sourceId] of Object.entries({ banana: '09040', butter: '01001', chicken: '05062', rice: '20044', egg: '01123' })) {
    const [row] = await t.db
      .select({ id: foods.id })
      .from(foods)
      .where(eq(foods.sourceId, `usda-sr:${sourceId}`));
    ids[key] = row!.id;
  }
});
afterAll(() => t.close());

const log = (agent: Agent, clientId: string, body: Record<string, unknown>) =>
  agent.post(`/api/clients/${clientId}/nutrition/entries`, { clientEntryId: randomUUID(), date: TODAY, meal: 'Breakfast', ...body });
const dayOf = async (agent: Agent, clientId: string, date = TODAY) => {
  const res = await agent.get(`/api/clients/${clientId}/nutrition/days/${date}`);
  expect(res.status).toBe(200);
  return res.body as DayLog;
};
const fieldPaths = (body: { error: { details?: { fields?: { path: string }[] } } }) => body.error.details?.fields?.map((f) => f.path) ?? [];

describe('food search', () => {
  it('forgives typos, plurals and word order, and puts the client’s recent foods first', async () => {
    const names = async (q: string, agent = ana) =>
      ((await agent.get(`/api/foods?q=${encodeURIComponent(q)}&limit=5`)).body.items as Food[]).map((f) => f.name);
    expect((await names('chiken brest')).slice(0, 3).some((name) => /^Chicken, broilers? or fryers, breast/.test(name))).toBe(true);
    expect((await names('bananas'))[0]).toBe('Bananas, raw');
    expect((await names('breast chicken')).slice(0, 3).some((name) => /breast/.test(name) && /^Chicken/.test(name))).toBe(true);
    // "egg" means eggs, not bread made with egg.
    expect((await names('egg'))[0]).toMatch(/^Egg, whole/);
    // The 2% milk Ana logs comes first for her, not for Ben.
    const milk = ((await ana.get('/api/foods?q=milk reduced fat 2%&limit=1')).body.items as Food[])[0]!;
    expect((await log(ana, anaId, { kind: 'food', foodId: milk.id, unit: 'g', quantity: 250 })).status).toBe(201);
    const anaMilk = (await ana.get('/api/foods?q=milk&limit=3')).body.items as Food[];
    expect(anaMilk[0]).toMatchObject({ id: milk.id, isRecent: true });
    expect(((await ben.get('/api/foods?q=milk&limit=1')).body.items as Food[])[0]!.id).not.toBe(milk.id);
    // No query: recents and favourites.
    expect(((await ana.get('/api/foods')).body.items as Food[]).map((f) => f.id)).toContain(milk.id);
  });

  it('keeps a client’s own food to them, and hides what the trainer hides from clients only', async () => {
    const own = await ana.post('/api/foods', { name: 'Zorblat protein bar', basisGrams: 60, kcal: 220, proteinG: 20, fatG: 8, carbsG: 18 });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ isOwn: true, per100g: { kcal: 366.667 } });
    expect(own.body.portions[0]).toMatchObject({ grams: 60 });
    // The new word joins the vocabulary: a typo of it is corrected.
    expect(((await ana.get('/api/foods?q=zorblatt')).body.items as Food[])[0]?.id).toBe(own.body.id);
    expect((await ben.get('/api/foods?q=zorblat')).body.items).toEqual([]);
    // Made but not logged yet, it is already among her recents (the list the add sheet opens on), not Ben's.
    expect(((await ana.get('/api/foods')).body.items as Food[]).map((f) => f.id)).toContain(own.body.id);
    expect(((await ben.get('/api/foods')).body.items as Food[]).map((f) => f.id)).not.toContain(own.body.id);
    expect((await ben.get(`/api/foods/${own.body.id}`)).status).toBe(404);
    expect((await trainer.get(`/api/foods/${own.body.id}`)).status).toBe(200);

    expect((await trainer.put(`/api/foods/${ids.butter}/visibility`, { hidden: true })).body.hidden).toBe(true);
    expect(((await ben.get('/api/foods?q=butter salted')).body.items as Food[]).map((f) => f.id)).not.toContain(ids.butter);
    expect(((await trainer.get('/api/foods?q=butter salted&hidden=only')).body.items as Food[]).map((f) => f.id)).toContain(ids.butter);
    // Hidden from search, still loggable by id (an old favourite) and still in old entries.
    expect((await log(ben, benId, { kind: 'food', foodId: ids.butter, unit: 'portion', quantity: 1, portionLabel: '1 tbsp' })).status).toBe(
      201,
    );
    await trainer.put(`/api/foods/${ids.butter}/visibility`, { hidden: false });
  });

  it('rejects impossible custom foods, naming the field', async () => {
    const res = await ana.post('/api/foods', { name: 'Magic', kcal: 2000, proteinG: 90, fatG: 20, carbsG: 10 });
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual(expect.arrayContaining(['carbsG', 'kcal']));
    expect(fieldPaths((await ana.post('/api/foods', { name: '', kcal: -5, proteinG: 1, fatG: 1, carbsG: 1 })).body)).toEqual(
      expect.arrayContaining(['name', 'kcal']),
    );
  });

  it('computes a recipe per 100 g and per serving from its ingredients', async () => {
    const res = await ana.post('/api/recipes', {
      name: 'Egg fried rice',
      servings: 2,
      ingredients: [
        { foodId: ids.rice, grams: 150 },
        { foodId: ids.egg, grams: 100 },
      ],
    });
    expect(res.status).toBe(201);
    // 150 g rice (365 kcal/100 g) + 100 g egg (143) = 690.5 kcal in 250 g → 276.2 per 100 g; a serving is 125 g.
    expect(res.body.per100g.kcal).toBeCloseTo(276.2, 1);
    expect(res.body.portions).toEqual([{ label: '1 serving (125 g)', grams: 125 }]);
    expect(res.body.ingredients.map((i: { grams: number }) => i.grams)).toEqual([150, 100]);
    const bad = await ana.post('/api/recipes', { name: 'X', servings: 1, ingredients: [{ foodId: randomUUID(), grams: 10 }] });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(['ingredients.0.foodId']);
  });
});

describe('the food log', () => {
  it('logs by portion, grams and ounces with the nutrients worked out, and totals the day', async () => {
    const day = '2026-03-30';
    const banana = await log(ana, anaId, {
      date: day,
      kind: 'food',
      foodId: ids.banana,
      unit: 'portion',
      quantity: 2,
      portionLabel: '1 medium (7" to 7-7/8" long)',
    });
    expect(banana.status).toBe(201);
    // 2 × 118 g at 89 kcal/100 g.
    expect(banana.body).toMatchObject({ grams: 236, kcal: 210, carbsG: 53.9, name: 'Bananas, raw' });
    const chicken = await log(ana, anaId, { date: day, meal: 'Dinner', kind: 'food', foodId: ids.chicken, unit: 'oz', quantity: 6 });
    expect(chicken.body).toMatchObject({ grams: 170.1, kcal: 204.1, proteinG: 38.3 });
    await log(ana, anaId, {
      date: day,
      meal: 'Snacks',
      kind: 'quick',
      label: 'Birthday cake',
      kcal: 420,
      carbsG: 50,
      fatG: 20,
      proteinG: 5,
    });
    const view = await dayOf(ana, anaId, day);
    expect(view.meals.map((m) => m.name)).toEqual(['Breakfast', 'Lunch', 'Dinner', 'Snacks']);
    expect(view.meals[0]!.entries).toHaveLength(1);
    expect(view.totals.kcal).toBeCloseTo(210 + 204.1 + 420, 1);
  });

  it('saves an offline retry once', async () => {
    const body = { kind: 'quick', clientEntryId: randomUUID(), date: TODAY, meal: 'Lunch', kcal: 300 };
    const first = await ana.post(`/api/clients/${anaId}/nutrition/entries`, body);
    const again = await ana.post(`/api/clients/${anaId}/nutrition/entries`, body);
    expect(again.body.id).toBe(first.body.id);
    expect((await dayOf(ana, anaId)).meals.find((m) => m.name === 'Lunch')!.entries.filter((e) => e.id === first.body.id)).toHaveLength(1);
  });

  it('refuses bad amounts, unknown foods and portions, and another client’s log, naming the field', async () => {
    const negative = await log(ana, anaId, { kind: 'food', foodId: ids.banana, unit: 'g', quantity: -50 });
    expect([negative.status, fieldPaths(negative.body)]).toEqual([400, ['quantity']]);
    const butterMountain = await log(ana, anaId, { kind: 'food', foodId: ids.butter, unit: 'g', quantity: 100_000 });
    expect([butterMountain.status, fieldPaths(butterMountain.body)]).toEqual([400, ['quantity']]);
    // 20 cups of butter is 4.5 kg: within the quantity limit, past the grams one.
    const cups = await log(ana, anaId, { kind: 'food', foodId: ids.butter, unit: 'portion', quantity: 20, portionLabel: '1 cup' });
    expect([cups.status, fieldPaths(cups.body)]).toEqual([400, ['quantity']]);
    expect(cups.body.error.message).toMatch(/4,540 g/);
    const unknown = await log(ana, anaId, { kind: 'food', foodId: randomUUID(), unit: 'g', quantity: 100 });
    expect([unknown.status, fieldPaths(unknown.body)]).toEqual([400, ['foodId']]);
    const portion = await log(ana, anaId, { kind: 'food', foodId: ids.banana, unit: 'portion', quantity: 1, portionLabel: '1 slice' });
    expect([portion.status, fieldPaths(portion.body)]).toEqual([400, ['portionLabel']]);
    const noPortion = await log(ana, anaId, { kind: 'food', foodId: ids.banana, unit: 'portion', quantity: 1 });
    expect(fieldPaths(noPortion.body)).toEqual(['portionLabel']);
    const future = await log(ana, anaId, { date: '2026-05-01', kind: 'quick', kcal: 100 });
    expect(fieldPaths(future.body)).toEqual(['date']);
    expect((await log(ben, anaId, { kind: 'quick', kcal: 100 })).status).toBe(404);
    expect((await ben.get(`/api/clients/${anaId}/nutrition/days/${TODAY}`)).status).toBe(404);
    const entry = await log(ana, anaId, { kind: 'quick', kcal: 100 });
    expect((await ben.put(`/api/food-entries/${entry.body.id}`, { kcal: 1 })).status).toBe(404);
    expect((await ben.delete(`/api/food-entries/${entry.body.id}`)).status).toBe(404);
  });

  it('edits an amount (nutrients follow), moves an entry, deletes it, and copies a meal or a day', async () => {
    const entry = (await log(ana, anaId, { date: '2026-03-29', kind: 'food', foodId: ids.rice, unit: 'g', quantity: 100 })).body;
    const edited = await ana.put(`/api/food-entries/${entry.id}`, { quantity: 200, meal: 'Lunch' });
    expect(edited.body).toMatchObject({ grams: 200, kcal: 730, meal: 'Lunch' });
    await log(ana, anaId, { date: '2026-03-29', kind: 'food', foodId: ids.egg, unit: 'portion', quantity: 2, portionLabel: '1 large' });
    const copied = await ana.post(`/api/clients/${anaId}/nutrition/copy`, {
      fromDate: '2026-03-29',
      toDate: '2026-03-28',
      meal: 'Breakfast',
      toMeal: 'Dinner',
    });
    expect(copied.status).toBe(200);
    expect((copied.body as DayLog).meals.find((m) => m.name === 'Dinner')!.entries.map((e) => e.name)).toEqual(['Egg, whole, raw, fresh']);
    const whole = await ana.post(`/api/clients/${anaId}/nutrition/copy`, { fromDate: '2026-03-29', toDate: '2026-03-27' });
    expect((whole.body as DayLog).totals.kcal).toBeCloseTo(730 + 143, 0);
    const nothing = await ana.post(`/api/clients/${anaId}/nutrition/copy`, { fromDate: '2026-01-01', toDate: TODAY });
    expect([nothing.status, fieldPaths(nothing.body)]).toEqual([400, ['fromDate']]);
    expect((await ana.delete(`/api/food-entries/${entry.id}`)).status).toBe(200);
    expect((await dayOf(ana, anaId, '2026-03-29')).meals.flatMap((m) => m.entries)).toHaveLength(1);
  });

  it('keeps water in the habits store, so the Water habit shows it too', async () => {
    expect((await ana.put(`/api/clients/${anaId}/nutrition/water/${TODAY}`, { ml: 750 })).status).toBe(200);
    expect((await ana.put(`/api/clients/${anaId}/nutrition/water/${TODAY}`, { ml: 1250 })).status).toBe(200);
    expect((await dayOf(ana, anaId)).water.ml).toBe(1250);
    const habits = (await ana.get(`/api/clients/${anaId}/habits`)).body.items as {
      name: string;
      unit: string;
      recent: { date: string; value: number }[];
    }[];
    const water = habits.find((habit) => habit.name === 'Water')!;
    expect(water).toMatchObject({ unit: 'ml', recent: [{ date: TODAY, value: 1250 }] });
    expect(fieldPaths((await ana.put(`/api/clients/${anaId}/nutrition/water/${TODAY}`, { ml: -1 })).body)).toEqual(['ml']);
    expect((await ana.put(`/api/clients/${anaId}/nutrition/steps/${TODAY}`, { steps: 9500 })).status).toBe(200);
    expect((await dayOf(ana, anaId)).steps.count).toBe(9500);
  });
});
