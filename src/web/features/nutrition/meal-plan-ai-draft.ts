import type { MealPlanDraft } from '../../../shared/ai';
import type { DraftItem, PlanDraft } from './meal-plan-ops';

/*
 * An AI meal-plan draft (never saved by the server) turned into the builder's own draft, so it
 * opens as unsaved work the trainer checks, edits and saves like any plan. Pure: unit-tested in
 * meal-plan-ai-draft.test.ts.
 */

let counter = 0;
const nextKey = () => `ai-item-${(counter += 1)}`;
const round1 = (value: number) => Math.round(value * 10) / 10;

/** Each item in grams (the amount the draft was computed with), with the food's own portions to switch to. */
export function planDraftFromAi(draft: Pick<MealPlanDraft, 'name' | 'notes' | 'meals' | 'items'>): PlanDraft {
  const meals = [...new Set(draft.meals.map((meal) => meal.trim()).filter(Boolean))];
  // A meal an item names but the list forgot still gets its section (the save checks every item's meal).
  for (const item of draft.items) if (!meals.includes(item.meal.trim())) meals.push(item.meal.trim());
  const items: DraftItem[] = draft.items.map((item) => ({
    key: nextKey(),
    meal: item.meal.trim(),
    foodId: item.food.id,
    name: item.food.name,
    group: item.food.group,
    unit: 'g',
    quantity: round1(item.grams),
    portionLabel: null,
    per100g: {
      kcal: item.food.per100g.kcal,
      proteinG: item.food.per100g.proteinG,
      fatG: item.food.per100g.fatG,
      carbsG: item.food.per100g.carbsG,
      fiberG: item.food.per100g.fiberG,
    },
    portions: item.food.portions,
  }));
  return { name: draft.name.trim().slice(0, 80), notes: draft.notes.trim().slice(0, 2000), meals, items };
}
