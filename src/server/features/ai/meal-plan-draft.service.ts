import { z } from 'zod';
import type { MealPlanDraft } from '../../../shared/ai';
import type { DraftMealPlanSchema } from '../../../shared/ai';
import { DEFAULT_MEALS, type Food } from '../../../shared/nutrition';
import type { Actor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { loadVisibleClient } from '../clients/client-access';
import { searchFoods } from '../nutrition/foods.service';
import { currentTargets } from '../nutrition/nutrition.repo';
import { dayTargets } from '../nutrition/targets.service';
import { assertAiAllowed, structuredCompletion } from './ai-gateway';
import type { AssistantDeps } from './assistant.service';

type TrainerActor = Extract<Actor, { role: 'trainer' }>;

/** Everyday foods the model may choose from (each the search's first answer), besides the trainer's own favourites. */
const STAPLES = [
  'chicken breast',
  'turkey breast',
  'lean beef mince',
  'salmon',
  'tuna canned',
  'cod',
  'eggs',
  'tofu',
  'lentils',
  'chickpeas',
  'black beans',
  'greek yogurt',
  'cottage cheese',
  'milk semi-skimmed',
  'cheddar',
  'whey protein',
  'oats',
  'white rice',
  'brown rice',
  'wholemeal bread',
  'pasta',
  'potato',
  'sweet potato',
  'quinoa',
  'tortilla',
  'banana',
  'apple',
  'blueberries',
  'strawberries',
  'orange',
  'broccoli',
  'spinach',
  'carrot',
  'tomato',
  'peppers',
  'mixed salad',
  'frozen peas',
  'avocado',
  'olive oil',
  'peanut butter',
  'almonds',
  'walnuts',
  'honey',
  'hummus',
  'dark chocolate',
];

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'notes', 'meals'],
  properties: {
    name: { type: 'string' },
    notes: { type: 'string' },
    meals: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'items'],
        properties: {
          name: { type: 'string' },
          items: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['foodId', 'grams'],
              properties: { foodId: { type: 'string' }, grams: { type: 'number' } },
            },
          },
        },
      },
    },
  },
};

const AnswerSchema = z.object({
  name: z.string().trim().min(1).max(80),
  notes: z.string().max(2000),
  meals: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(40),
        items: z
          .array(z.object({ foodId: z.string(), grams: z.number().min(5).max(800) }))
          .min(1)
          .max(12),
      }),
    )
    .min(1)
    .max(8),
});

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The draft's problems in words the model can act on (unknown foods, a duplicate meal), or none. */
function problemsOf(answer: z.infer<typeof AnswerSchema>, foods: Map<string, Food>): string[] {
  const problems: string[] = [];
  for (const meal of answer.meals)
    for (const item of meal.items) if (!foods.has(item.foodId)) problems.push(`"${item.foodId}" is not in the food list.`);
  const names = answer.meals.map((meal) => meal.name.toLowerCase());
  if (new Set(names).size !== names.length) problems.push('Each meal needs its own name.');
  return problems;
}

/**
 * A day's meal plan drafted against the client's targets, from foods in the database only (the
 * model sees staples and the trainer's favourites, by id, with their figures per 100 g). Checked
 * like the builder checks; retried once with the problems named. Never saved: the trainer gets it
 * in the builder, with its totals against the targets and what to check.
 */
export async function draftMealPlan(
  deps: AssistantDeps,
  actor: TrainerActor,
  clientId: string,
  input: z.output<typeof DraftMealPlanSchema>,
): Promise<MealPlanDraft> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const row = (await currentTargets(deps.db, [client.id])).get(client.id) ?? null;
  const target = dayTargets(row, input.day === 'training');
  if (!target) throw new AppError('CONFLICT', `Set ${client.name}’s nutrition targets first: the draft is built against them.`);
  await assertAiAllowed(deps, { clientId: client.id });

  const foods = new Map<string, Food>();
  const favourites = await searchFoods(deps, actor, { q: '', limit: 20, hidden: 'exclude', clientId: client.id });
  for (const food of favourites.items) foods.set(food.id, food);
  for (const q of STAPLES) {
    const [first] = (await searchFoods(deps, actor, { q, limit: 1, hidden: 'exclude', clientId: client.id })).items;
    if (first) foods.set(first.id, first);
  }
  const list = [...foods.values()].map((food) => ({
    id: food.id,
    name: food.name,
    per100g: { kcal: food.per100g.kcal, proteinG: food.per100g.proteinG, fatG: food.per100g.fatG, carbsG: food.per100g.carbsG },
  }));
  const messages: { role: 'user' | 'assistant'; content: string }[] = [
    {
      role: 'user',
      content: JSON.stringify({
        task: `Draft one ${input.day} day of eating in ${DEFAULT_MEALS.length} meals (${DEFAULT_MEALS.join(', ')}) that lands within 5 % of the kcal and protein targets. Grams are as eaten.`,
        targets: { kcal: target.kcal, proteinG: target.proteinG, fatG: target.fatG, carbsG: target.carbsG },
        client: { goals: client.goals ?? [], notes: client.goalNote ?? '', limitations: client.injuries ?? '' },
        coachBrief: input.brief || 'none',
        foods: list,
      }),
    },
  ];
  const system =
    'You draft meal plans for a personal trainer, who reviews and edits them before the client sees anything. Use only foods from the list, by their exact id, in realistic amounts; simple meals a person would cook. Respect the brief (diet, dislikes, allergies). Notes: one or two practical tips.';
  let answer: z.infer<typeof AnswerSchema> | null = null;
  let problems: string[] = [];
  for (let attempt = 0; attempt < 2 && !answer; attempt++) {
    const text = await structuredCompletion(deps, { clientId: client.id, feature: 'meal_plan_draft', system, messages, schema: SCHEMA });
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // reported as a problem below
    }
    const checked = AnswerSchema.safeParse(parsed);
    problems = checked.success
      ? problemsOf(checked.data, foods)
      : ['The answer did not match the schema (1–8 meals, 1–12 foods each, 5–800 g).'];
    if (checked.success && problems.length === 0) answer = checked.data;
    else
      messages.push(
        { role: 'assistant', content: text },
        { role: 'user', content: `That draft cannot be used: ${problems.join(' ')} Answer again with the whole corrected draft.` },
      );
  }
  if (!answer)
    throw new AppError('UPSTREAM_FAILED', 'The AI draft was not usable twice. Try again, or build the plan yourself.', { problems });

  const items = answer.meals.flatMap((meal) =>
    meal.items.map((item) => ({ meal: meal.name, grams: Math.round(item.grams), food: foods.get(item.foodId)! })),
  );
  const sum = (key: 'kcal' | 'proteinG' | 'fatG' | 'carbsG') =>
    round1(items.reduce((total, item) => total + (item.food.per100g[key] * item.grams) / 100, 0));
  const totals = { kcal: Math.round(sum('kcal')), proteinG: sum('proteinG'), fatG: sum('fatG'), carbsG: sum('carbsG') };
  const warnings = [];
  const off = (actual: number, wanted: number) => (wanted > 0 ? Math.round(((actual - wanted) / wanted) * 100) : 0);
  if (Math.abs(off(totals.kcal, target.kcal)) > 10)
    warnings.push(
      `Energy is ${Math.abs(off(totals.kcal, target.kcal))} % ${totals.kcal > target.kcal ? 'over' : 'under'} the target (${totals.kcal} of ${target.kcal} kcal).`,
    );
  if (Math.abs(off(totals.proteinG, target.proteinG)) > 10)
    warnings.push(
      `Protein is ${Math.abs(off(totals.proteinG, target.proteinG))} % ${totals.proteinG > target.proteinG ? 'over' : 'under'} the target (${totals.proteinG} of ${target.proteinG} g).`,
    );
  return {
    name: `${answer.name} — draft for ${client.name}`.slice(0, 80),
    notes: answer.notes,
    meals: answer.meals.map((meal) => meal.name),
    items,
    totals,
    target: { kcal: target.kcal, proteinG: target.proteinG, fatG: target.fatG, carbsG: target.carbsG },
    warnings,
  };
}
