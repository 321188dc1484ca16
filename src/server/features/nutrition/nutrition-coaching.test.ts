import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { builtInExerciseIds, singleBlock, STAPLES } from '../../../../tests/factories/programs';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import type { DayLog, MealPlan, NutritionWeeks, ShoppingList, Targets } from '../../../shared/nutrition';
import { computeTargets, DEFAULT_TARGET_INPUTS, type TargetInputs } from '../../../shared/nutrition-targets';
import { foods } from '../../db/schema';

/** Targets, weekly compliance, meal plans and shopping lists, needs-attention, comments, the plan gate. */
let t: TestApp;
let trainer: Agent;
let ana: Agent;
let anaId = '';
let ben: Agent;
let benId = '';
const ids: Record<string, string> = {};

// Tuesday 31 March 2026; Ana lives in Madrid (the factories' onboarding), weeks start on Monday.
const TODAY = '2026-03-31';
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date(`${TODAY}T10:00:00Z`));
  trainer = (await createTrainer(t.app)).agent;
  const a = await createJoinedClient(t.app, trainer);
  const b = await createJoinedClient(t.app, trainer);
  [ana, anaId, ben, benId] = [a.agent, a.client.id, b.agent, b.client.id];
  for (const [key, sourceId] of Object.entries({ banana: '09040', chicken: '05062', rice: '20044', egg: '01123', broccoli: '11090' })) {
    const [row] = await t.db
      .select({ id: foods.id })
      .from(foods)
      .where(eq(foods.sourceId, `usda-sr:${sourceId}`));
    ids[key] = row!.id;
  }
});
afterAll(() => t.close());

const INPUTS: TargetInputs = {
  ...DEFAULT_TARGET_INPUTS,
  sex: 'female',
  ageYears: 35,
  heightCm: 168,
  weightKg: 70,
  bodyFatPct: null,
  activity: 'moderate',
  goal: { direction: 'cut', mode: 'kcal', amount: 400 },
  restDayKcalDelta: -200,
};
const quick = (agent: Agent, clientId: string, date: string, kcal: number, proteinG: number) =>
  agent.post(`/api/clients/${clientId}/nutrition/entries`, {
    kind: 'quick',
    clientEntryId: randomUUID(),
    date,
    meal: 'Lunch',
    kcal,
    proteinG,
  });
const fieldPaths = (body: { error: { details?: { fields?: { path: string }[] } } }) => body.error.details?.fields?.map((f) => f.path) ?? [];

describe('targets', () => {
  it('computes targets from the formulas, keeps overrides and history, and applies rest-day targets', async () => {
    const suggestion = await trainer.get(`/api/clients/${anaId}/nutrition/targets/suggestion`);
    // Born 12 April 1990: 35 until her birthday; 172 cm from onboarding.
    expect(suggestion.body).toMatchObject({ ageYears: 35, heightCm: 172, units: 'kg' });

    const first = await trainer.post(`/api/clients/${anaId}/nutrition/targets`, {
      inputs: INPUTS,
      overrides: {},
      note: 'Start of the cut',
    });
    expect(first.status).toBe(201);
    const expected = computeTargets(INPUTS);
    expect(first.body).toMatchObject({ kcal: expected.kcal, proteinG: expected.proteinG, carbsG: expected.carbsG, overridden: [] });
    expect((first.body as Targets).explanation.map((line) => line.label)).toContain('BMR (Mifflin-St Jeor)');
    expect((first.body as Targets).restDay!.kcal).toBe(expected.kcal - 200);

    const second = await trainer.post(`/api/clients/${anaId}/nutrition/targets`, { inputs: INPUTS, overrides: { proteinG: 150 } });
    expect(second.body).toMatchObject({ proteinG: 150, overridden: ['proteinG'] });
    expect(second.body.kcal).toBe(4 * 150 + 9 * second.body.fatG + 4 * second.body.carbsG);
    const list = await ana.get(`/api/clients/${anaId}/nutrition/targets`);
    expect(list.body.current.id).toBe(second.body.id);
    expect(list.body.history.map((row: Targets) => row.id)).toEqual([second.body.id, first.body.id]);
    expect(list.body.history[0].createdByName).toBeTruthy();

    // Wednesday 1 April has a workout: training-day targets; Tuesday (today) is a rest day.
    const [squat] = await builtInExerciseIds(t.db, STAPLES.slice(0, 1));
    const workout = { id: 'w1', week: 1, order: 1, name: 'Legs', notes: '', blocks: [singleBlock(squat!, 3)] };
    expect((await trainer.post(`/api/clients/${anaId}/calendar`, { date: '2026-04-01', workout })).status).toBe(201);
    const wednesday = (await ana.get(`/api/clients/${anaId}/nutrition/days/2026-04-01`)).body as DayLog;
    const tuesday = (await ana.get(`/api/clients/${anaId}/nutrition/days/${TODAY}`)).body as DayLog;
    expect([wednesday.isTrainingDay, wednesday.targets!.kcal]).toEqual([true, second.body.kcal]);
    expect([tuesday.isTrainingDay, tuesday.targets!.kcal]).toEqual([false, second.body.kcal - 200]);
    // A day before any targets existed has none (history: yesterday was judged without them).
    expect(((await ana.get(`/api/clients/${anaId}/nutrition/days/2026-03-30`)).body as DayLog).targets).toBeNull();
    // Water's target follows into the Water habit.
    const habits = (await ana.get(`/api/clients/${anaId}/habits`)).body.items as { name: string; target: number }[];
    expect(habits.find((habit) => habit.name === 'Water')!.target).toBe(second.body.waterMl);
  });

  it('refuses implausible inputs, missing numbers without the calculator, and clients setting their own', async () => {
    const bad = await trainer.post(`/api/clients/${benId}/nutrition/targets`, {
      inputs: { ...INPUTS, heightCm: 20, weightKg: 900 },
      overrides: {},
    });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(expect.arrayContaining(['inputs.heightCm', 'inputs.weightKg']));
    const typed = await trainer.post(`/api/clients/${benId}/nutrition/targets`, { inputs: null, overrides: { kcal: 2000 } });
    expect(fieldPaths(typed.body)).toEqual(expect.arrayContaining(['overrides.proteinG', 'overrides.waterMl']));
    expect((await ben.post(`/api/clients/${benId}/nutrition/targets`, { inputs: INPUTS, overrides: {} })).status).toBe(403);
  });
});

describe('weekly compliance', () => {
  it('counts days logged and on target (±10 % kcal and protein) and averages logged days only', async () => {
    await trainer.post(`/api/clients/${benId}/nutrition/targets`, {
      inputs: null,
      overrides: { kcal: 2000, proteinG: 150, fatG: 60, carbsG: 215, fiberG: 28, waterMl: 2500 },
    });
    // Targets are in force from when they were set: move the clock a fortnight on and log last week.
    t.clock.set(new Date('2026-04-14T10:00:00Z'));
    const week = ['2026-04-06', '2026-04-07', '2026-04-08', '2026-04-09'];
    await quick(ben, benId, week[0]!, 2000, 150); // on target
    await quick(ben, benId, week[1]!, 2150, 140); // +7.5 % kcal, −6.7 % protein: on target
    await quick(ben, benId, week[2]!, 2300, 150); // +15 % kcal: off
    await quick(ben, benId, week[3]!, 1900, 120); // protein −20 %: off
    const res = await trainer.get(`/api/clients/${benId}/nutrition/weeks?weeks=3`);
    const weeks = (res.body as NutritionWeeks).items;
    expect(weeks.map((w) => w.weekStart)).toEqual(['2026-03-30', '2026-04-06', '2026-04-13']);
    expect(weeks[1]).toMatchObject({ daysLogged: 4, daysOnTarget: 2, average: { kcal: 2087.5 }, target: { kcal: 2000 } });
    expect(weeks[0]).toMatchObject({ daysLogged: 0, average: null });
    expect(res.body.tolerance).toEqual({ kcalPct: 10, proteinPct: 10 });
    // The trainer widens both tolerances to 20 %: all four days are on target.
    await trainer.put('/api/settings', { nutritionKcalTolerancePct: 20, nutritionProteinTolerancePct: 20 });
    expect(((await trainer.get(`/api/clients/${benId}/nutrition/weeks?weeks=2`)).body as NutritionWeeks).items[0]!.daysOnTarget).toBe(4);
    await trainer.put('/api/settings', { nutritionKcalTolerancePct: 10, nutritionProteinTolerancePct: 10 });
    t.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });
});

describe('meal plans and the shopping list', () => {
  it('builds a plan with totals, puts it on days (their meal names and plan show in the log), and sums a shopping list by food group', async () => {
    const body = {
      name: 'Training day',
      meals: ['Breakfast', 'Post-workout', 'Dinner'],
      items: [
        { meal: 'Breakfast', foodId: ids.egg, unit: 'portion', quantity: 3, portionLabel: '1 large' },
        { meal: 'Breakfast', foodId: ids.banana, unit: 'g', quantity: 120 },
        { meal: 'Post-workout', foodId: ids.rice, unit: 'g', quantity: 80 },
        { meal: 'Dinner', foodId: ids.chicken, unit: 'g', quantity: 200 },
        { meal: 'Dinner', foodId: ids.broccoli, unit: 'oz', quantity: 5 },
      ],
    };
    const created = await trainer.post(`/api/clients/${anaId}/meal-plans`, body);
    expect(created.status).toBe(201);
    const plan = created.body as MealPlan;
    // 150 g egg 214.5 + 120 g banana 106.8 + 80 g rice 292 + 200 g chicken 240 + 141.7 g broccoli 48.2
    expect(plan.totals.kcal).toBeCloseTo(214.5 + 106.8 + 292 + 240 + 48.2, 0);
    expect(plan.items.map((item) => item.grams)).toEqual([150, 120, 80, 200, 141.7]);

    const assigned = await trainer.post(`/api/meal-plans/${plan.id}/days`, { dates: ['2026-04-01', '2026-04-02', '2026-04-03'] });
    expect((assigned.body as MealPlan).upcomingDates).toEqual(['2026-04-01', '2026-04-02', '2026-04-03']);
    const day = (await ana.get(`/api/clients/${anaId}/nutrition/days/2026-04-02`)).body as DayLog;
    expect(day.meals.map((meal) => meal.name)).toEqual(['Breakfast', 'Post-workout', 'Dinner']);
    expect(day.plan).toEqual({ id: plan.id, name: 'Training day' });
    expect((await ana.get(`/api/meal-plans/${plan.id}`)).status).toBe(200);
    expect((await ben.get(`/api/meal-plans/${plan.id}`)).status).toBe(404);

    const list = (await ana.get(`/api/clients/${anaId}/shopping-list?from=2026-04-01&to=2026-04-07`)).body as ShoppingList;
    expect(list.days).toBe(3);
    const byGroup = Object.fromEntries(
      list.groups.map((group) => [group.group, group.items.map((item) => [item.name, item.grams, item.days])]),
    );
    expect(byGroup['Dairy and Egg Products']).toEqual([['Egg, whole, raw, fresh', 450, 3]]);
    expect(byGroup['Vegetables and Vegetable Products']).toEqual([[expect.stringMatching(/^Broccoli, raw/), 425, 3]]);
    expect(list.groups.map((group) => group.group)).toEqual([...list.groups.map((group) => group.group)].sort());

    // A day taken off the plan; the plan deleted clears its future days.
    expect((await trainer.delete(`/api/clients/${anaId}/meal-plan-days/2026-04-03`)).status).toBe(200);
    expect(((await ana.get(`/api/clients/${anaId}/shopping-list?from=2026-04-01&to=2026-04-07`)).body as ShoppingList).days).toBe(2);
    expect((await trainer.delete(`/api/meal-plans/${plan.id}`)).status).toBe(200);
    expect(((await ana.get(`/api/clients/${anaId}/nutrition/days/2026-04-02`)).body as DayLog).plan).toBeNull();
  });

  it('refuses plans naming meals they lack, unknown foods, another client’s food, and long shopping ranges', async () => {
    const own = (await ben.post('/api/foods', { name: 'Ben’s shake', kcal: 120, proteinG: 20, fatG: 2, carbsG: 5 })).body;
    const res = await trainer.post(`/api/clients/${anaId}/meal-plans`, {
      name: 'Bad',
      meals: ['Breakfast'],
      items: [
        { meal: 'Brunch', foodId: ids.egg, unit: 'g', quantity: 50 },
        { meal: 'Breakfast', foodId: randomUUID(), unit: 'g', quantity: 50 },
      ],
    });
    expect(fieldPaths(res.body)).toEqual(['items.0.meal']);
    const unknown = await trainer.post(`/api/clients/${anaId}/meal-plans`, {
      name: 'Bad',
      meals: ['Breakfast'],
      items: [
        { meal: 'Breakfast', foodId: randomUUID(), unit: 'g', quantity: 50 },
        { meal: 'Breakfast', foodId: own.id, unit: 'g', quantity: 50 },
      ],
    });
    expect(fieldPaths(unknown.body)).toEqual(['items.0.foodId']);
    const others = await trainer.post(`/api/clients/${anaId}/meal-plans`, {
      name: 'Bad',
      meals: ['Breakfast'],
      items: [{ meal: 'Breakfast', foodId: own.id, unit: 'g', quantity: 50 }],
    });
    expect(fieldPaths(others.body)).toEqual(['items.0.foodId']);
    const long = await ana.get(`/api/clients/${anaId}/shopping-list?from=2026-04-01&to=2026-06-01`);
    expect([long.status, fieldPaths(long.body)]).toEqual([400, ['to']]);
  });
});

describe('coaching', () => {
  it('flags a client with targets who stops logging, and a week far off target', async () => {
    const rules = async () =>
      ((await trainer.get('/api/attention')).body.items as { rule: string; clientId: string; reason: string }[]).filter((item) =>
        item.rule.startsWith('nutrition'),
      );
    // Ben logged 6–9 April, and has targets: on 14 April that is 5 quiet days; last week averaged 2,087 kcal (+4 %).
    t.clock.set(new Date('2026-04-14T10:00:00Z'));
    const quiet = (await rules()).filter((item) => item.clientId === benId);
    expect(quiet.map((item) => [item.rule, item.reason])).toEqual([['nutrition_quiet', 'No food logged for 5 days']]);
    // A week of feasting: flagged the week after (and four quiet days since).
    for (const date of ['2026-04-13', '2026-04-14', '2026-04-15', '2026-04-16']) await quick(ben, benId, date, 2900, 150);
    t.clock.set(new Date('2026-04-20T10:00:00Z'));
    const off = (await rules()).filter((item) => item.clientId === benId);
    expect(off.map((item) => item.rule).sort()).toEqual(['nutrition_off_target', 'nutrition_quiet']);
    expect(off.find((item) => item.rule === 'nutrition_off_target')!.reason).toMatch(
      /averaged 2,900 kcal a day against 2,000 kcal \(\+45%, 4 days logged\)/,
    );
    t.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });

  it('lets the trainer comment on a day: the client sees it on that day and gets a notification', async () => {
    const sent = await trainer.post(`/api/clients/${anaId}/messages`, {
      body: 'Great protein today!',
      subject: { type: 'food_day', id: TODAY },
    });
    expect(sent.status).toBe(201);
    expect(sent.body.subjectLabel).toMatch(/Food log/);
    const day = (await ana.get(`/api/clients/${anaId}/nutrition/days/${TODAY}`)).body as DayLog;
    expect(day.comments.map((comment) => [comment.body, comment.fromTrainer])).toEqual([['Great protein today!', true]]);
    const notifications = (await ana.get('/api/notifications')).body.items as { type: string; link: string }[];
    expect(notifications[0]).toMatchObject({ type: 'food_comment', link: `/nutrition?date=${TODAY}` });
    const bad = await trainer.post(`/api/clients/${anaId}/messages`, { body: 'x', subject: { type: 'food_day', id: 'yesterday' } });
    expect([bad.status, fieldPaths(bad.body)]).toEqual([400, ['subject.id']]);
  });

  it('refuses every nutrition route to a client whose plan lacks nutrition, naming the area', async () => {
    const joined = await createJoinedClient(t.app, trainer);
    const plan = (
      await trainer.post('/api/plans', {
        name: 'Training only',
        amountCents: 2900,
        currency: 'eur',
        interval: 'month',
        areas: ['messaging'],
      })
    ).body;
    await trainer.post(`/api/clients/${joined.client.id}/plan`, { planId: plan.id, manual: true });
    const gated = [
      ...new Set(
        t.app.routes
          .filter(
            (r) =>
              r.method !== 'ALL' &&
              /^\/api\/(foods|recipes|food-entries|meal-plans|clients\/:id\/(nutrition|meal-plans|meal-plan-days|shopping-list))/.test(
                r.path,
              ),
          )
          .map((r) => `${r.method} ${r.path}`),
      ),
    ];
    expect(gated.length).toBeGreaterThanOrEqual(25);
    for (const route of gated) {
      const [method, pattern] = route.split(' ') as [string, string];
      const path = pattern.replace(':id', joined.client.id).replace(':date', TODAY);
      const res = await joined.agent.request(method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
      expect(res.status, route).toBe(403);
      expect(res.body.error.details, route).toMatchObject({ area: 'nutrition' });
    }
    expect((await trainer.get(`/api/clients/${joined.client.id}/nutrition/days/${TODAY}`)).status).toBe(200);
  });
});
