import { describe, expect, it } from 'vitest';
import type { MealPlanDraft } from '../../../shared/ai';
import { SaveMealPlanSchema } from '../../../shared/nutrition';
import { planDraftFromAi } from './meal-plan-ai-draft';
import { sumMacros, toSaveInput } from './meal-plan-ops';

const food = (
  id: string,
  name: string,
  kcal: number,
  portions: { label: string; grams: number }[] = [],
): MealPlanDraft['items'][number]['food'] => ({
  id,
  sourceId: null,
  kind: 'usda',
  name,
  group: 'Test foods',
  per100g: { kcal, proteinG: 10, fatG: 5, carbsG: 20, fiberG: null, sugarG: null, sodiumMg: null },
  portions,
  servings: null,
  isOwn: false,
  isFavourite: false,
  isRecent: false,
  hidden: false,
});

const oats = food('7d7e5d5c-5a3e-4a53-9d3b-4b1d7cd0a001', 'Oats', 379, [{ label: '1 cup', grams: 81 }]);
const rice = food('7d7e5d5c-5a3e-4a53-9d3b-4b1d7cd0a002', 'Rice, cooked', 130);

const draft: MealPlanDraft = {
  name: '  High-protein day — draft for Ana Ruiz ',
  notes: 'Cook the rice in bulk.',
  meals: ['Breakfast', 'Lunch'],
  items: [
    { meal: 'Breakfast', grams: 80, food: oats },
    { meal: 'Lunch', grams: 250, food: rice },
    { meal: 'Snack', grams: 40.04, food: oats },
  ],
  totals: { kcal: 0, proteinG: 0, fatG: 0, carbsG: 0 },
  target: { kcal: 2000, proteinG: 150, fatG: 60, carbsG: 215 },
  warnings: [],
};

describe('an AI meal-plan draft in the builder', () => {
  it('loads every item in grams with its food’s figures and portions, under its meal', () => {
    const plan = planDraftFromAi(draft);
    expect(plan.name).toBe('High-protein day — draft for Ana Ruiz');
    expect(plan.notes).toBe('Cook the rice in bulk.');
    expect(plan.items[0]).toMatchObject({
      meal: 'Breakfast',
      foodId: oats.id,
      name: 'Oats',
      unit: 'g',
      quantity: 80,
      portionLabel: null,
      per100g: { kcal: 379, proteinG: 10, fatG: 5, carbsG: 20, fiberG: null },
      portions: [{ label: '1 cup', grams: 81 }],
    });
    expect(new Set(plan.items.map((item) => item.key)).size).toBe(3);
  });

  it('adds a meal an item names but the list left out, so the plan saves', () => {
    const plan = planDraftFromAi(draft);
    expect(plan.meals).toEqual(['Breakfast', 'Lunch', 'Snack']);
    expect(SaveMealPlanSchema.safeParse(toSaveInput(plan)).success).toBe(true);
  });

  it('adds up to the same totals as grams × per 100 g', () => {
    const plan = planDraftFromAi(draft);
    expect(plan.items[2]!.quantity).toBe(40);
    expect(sumMacros(plan.items).kcal).toBeCloseTo(379 * 0.8 + 130 * 2.5 + 379 * 0.4, 0);
  });
});
