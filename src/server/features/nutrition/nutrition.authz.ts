import { randomUUID } from 'node:crypto';
import { ownOrTrainer, signedIn, trainerOnly, type AuthzCtx, type AuthzRows } from '../../../../tests/setup/authz';

const day = (ctx: AuthzCtx, back = 0) => new Date(ctx.now() - back * 86_400_000).toISOString().slice(0, 10);

/** A shipped USDA food (bananas), found once. */
const banana = async (ctx: AuthzCtx) => {
  if (!ctx.scratch.banana) {
    const res = await ctx.trainer.get('/api/foods?q=banana&limit=1');
    ctx.scratch.banana = res.body.items[0].id as string;
  }
  return ctx.scratch.banana;
};

const FOOD = { name: 'Grandma’s flapjack', kcal: 450, proteinG: 6, fatG: 20, carbsG: 60 };

/** A custom food client A made (their own: B must not see it); a new one per call. */
const foodOfA = async (ctx: AuthzCtx) => {
  const a = await ctx.asClientA();
  return (await a.post('/api/foods', FOOD)).body.id as string;
};

const recipeOfA = async (ctx: AuthzCtx) => {
  const a = await ctx.asClientA();
  const res = await a.post('/api/recipes', { name: 'Banana oats', servings: 2, ingredients: [{ foodId: await banana(ctx), grams: 240 }] });
  return res.body.id as string;
};

const entryOfA = async (ctx: AuthzCtx) => {
  const res = await ctx.trainer.post(`/api/clients/${ctx.clientAId}/nutrition/entries`, {
    kind: 'quick',
    clientEntryId: randomUUID(),
    date: day(ctx, 1),
    meal: 'Lunch',
    kcal: 500,
  });
  return res.body.id as string;
};

const PLAN = async (ctx: AuthzCtx) => ({
  name: 'Training day',
  meals: ['Breakfast', 'Lunch'],
  items: [{ meal: 'Breakfast', foodId: await banana(ctx), unit: 'g', quantity: 120 }],
});

const planOfA = async (ctx: AuthzCtx) =>
  (await ctx.trainer.post(`/api/clients/${ctx.clientAId}/meal-plans`, await PLAN(ctx))).body.id as string;

/** The food database is everyone's; a client's own foods, log, targets and plans are theirs and the trainer's. */
export const nutritionAuthz: AuthzRows = {
  'GET /api/foods': { expect: signedIn(), path: () => '/api/foods?q=chicken' },
  'POST /api/foods': { expect: signedIn(201), body: () => FOOD },
  'GET /api/foods/:id': { expect: ownOrTrainer(), path: async (ctx) => `/api/foods/${await foodOfA(ctx)}` },
  'PUT /api/foods/:id': { expect: ownOrTrainer(), path: async (ctx) => `/api/foods/${await foodOfA(ctx)}`, body: () => FOOD },
  'DELETE /api/foods/:id': { expect: ownOrTrainer(), path: async (ctx) => `/api/foods/${await foodOfA(ctx)}` },
  'PUT /api/foods/:id/visibility': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/foods/${await banana(ctx)}/visibility`,
    body: () => ({ hidden: false }),
  },
  'PUT /api/foods/:id/favourite': {
    expect: ownOrTrainer(),
    path: async (ctx) => `/api/foods/${await foodOfA(ctx)}/favourite`,
    body: () => ({ favourite: true }),
  },
  'POST /api/recipes': {
    expect: signedIn(201),
    body: async (ctx) => ({ name: 'Banana oats', servings: 2, ingredients: [{ foodId: await banana(ctx), grams: 240 }] }),
  },
  'PUT /api/recipes/:id': {
    expect: ownOrTrainer(),
    path: async (ctx) => `/api/recipes/${await recipeOfA(ctx)}`,
    body: async (ctx) => ({ name: 'Banana oats', servings: 3, ingredients: [{ foodId: await banana(ctx), grams: 240 }] }),
  },
  'GET /api/clients/:id/nutrition/days/:date': {
    expect: ownOrTrainer(),
    path: (ctx) => `/api/clients/${ctx.clientAId}/nutrition/days/${day(ctx)}`,
  },
  'POST /api/clients/:id/nutrition/entries': {
    expect: ownOrTrainer(201),
    path: (ctx) => `/api/clients/${ctx.clientAId}/nutrition/entries`,
    body: (ctx) => ({ kind: 'quick', clientEntryId: randomUUID(), date: day(ctx), meal: 'Snacks', kcal: 150 }),
  },
  'POST /api/clients/:id/nutrition/copy': {
    expect: ownOrTrainer(),
    path: async (ctx) => {
      await entryOfA(ctx);
      return `/api/clients/${ctx.clientAId}/nutrition/copy`;
    },
    body: (ctx) => ({ fromDate: day(ctx, 1), toDate: day(ctx) }),
  },
  'PUT /api/clients/:id/nutrition/water/:date': {
    expect: ownOrTrainer(),
    path: (ctx) => `/api/clients/${ctx.clientAId}/nutrition/water/${day(ctx)}`,
    body: () => ({ ml: 500 }),
  },
  'PUT /api/clients/:id/nutrition/steps/:date': {
    expect: ownOrTrainer(),
    path: (ctx) => `/api/clients/${ctx.clientAId}/nutrition/steps/${day(ctx)}`,
    body: () => ({ steps: 8000 }),
  },
  'GET /api/clients/:id/nutrition/targets': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/nutrition/targets` },
  'POST /api/clients/:id/nutrition/targets': {
    expect: trainerOnly(201),
    path: (ctx) => `/api/clients/${ctx.clientAId}/nutrition/targets`,
    body: () => ({ inputs: null, overrides: { kcal: 2200, proteinG: 150, fatG: 70, carbsG: 240, fiberG: 30, waterMl: 2500 } }),
  },
  'GET /api/clients/:id/nutrition/targets/suggestion': {
    expect: trainerOnly(),
    path: (ctx) => `/api/clients/${ctx.clientAId}/nutrition/targets/suggestion`,
  },
  'GET /api/clients/:id/nutrition/weeks': {
    expect: ownOrTrainer(),
    path: (ctx) => `/api/clients/${ctx.clientAId}/nutrition/weeks?weeks=4`,
  },
  'GET /api/clients/:id/meal-plans': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/meal-plans` },
  'POST /api/clients/:id/meal-plans': { expect: trainerOnly(201), path: (ctx) => `/api/clients/${ctx.clientAId}/meal-plans`, body: PLAN },
  'DELETE /api/clients/:id/meal-plan-days/:date': {
    expect: trainerOnly(),
    path: async (ctx) => {
      const plan = await planOfA(ctx);
      await ctx.trainer.post(`/api/meal-plans/${plan}/days`, { dates: [day(ctx, -1)] });
      return `/api/clients/${ctx.clientAId}/meal-plan-days/${day(ctx, -1)}`;
    },
  },
  'GET /api/clients/:id/shopping-list': {
    expect: ownOrTrainer(),
    path: (ctx) => `/api/clients/${ctx.clientAId}/shopping-list?from=${day(ctx)}&to=${day(ctx, -6)}`,
  },
  'PUT /api/food-entries/:id': {
    expect: ownOrTrainer(),
    path: async (ctx) => `/api/food-entries/${await entryOfA(ctx)}`,
    body: () => ({ kcal: 450 }),
  },
  'DELETE /api/food-entries/:id': { expect: ownOrTrainer(), path: async (ctx) => `/api/food-entries/${await entryOfA(ctx)}` },
  'GET /api/meal-plans/:id': { expect: ownOrTrainer(), path: async (ctx) => `/api/meal-plans/${await planOfA(ctx)}` },
  'PUT /api/meal-plans/:id': { expect: trainerOnly(), path: async (ctx) => `/api/meal-plans/${await planOfA(ctx)}`, body: PLAN },
  'DELETE /api/meal-plans/:id': { expect: trainerOnly(), path: async (ctx) => `/api/meal-plans/${await planOfA(ctx)}` },
  'POST /api/meal-plans/:id/days': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/meal-plans/${await planOfA(ctx)}/days`,
    body: (ctx) => ({ dates: [day(ctx), day(ctx, -1)] }),
  },
};
