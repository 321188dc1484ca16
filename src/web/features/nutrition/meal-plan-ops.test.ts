import { describe, expect, it } from 'vitest';
import { SaveMealPlanSchema } from '../../../shared/nutrition';
import {
  addItem,
  addMeal,
  draftFromPlan,
  emptyDraft,
  formatDiff,
  itemFromFood,
  itemGrams,
  itemMacros,
  mealNameProblem,
  moveMeal,
  removeMeal,
  renameMeal,
  sumMacros,
  toSaveInput,
  versusTarget,
} from './meal-plan-ops';

const oats = {
  id: '7d7e5d5c-5a3e-4a53-9d3b-4b1d7cd0a001',
  name: 'Oats',
  group: 'Cereal Grains and Pasta',
  per100g: { kcal: 379, proteinG: 13.2, fatG: 6.5, carbsG: 67.7, fiberG: 10.1, sugarG: 1, sodiumMg: 6 },
  portions: [{ label: '1 cup', grams: 81 }],
};
const milk = { ...oats, id: '7d7e5d5c-5a3e-4a53-9d3b-4b1d7cd0a002', name: 'Milk', per100g: { ...oats.per100g, kcal: 61 }, portions: [] };

describe('meal plan builder', () => {
  it('starts with the four default meals', () => {
    expect(emptyDraft().meals).toEqual(['Breakfast', 'Lunch', 'Dinner', 'Snacks']);
  });

  it('adds a food as one of its first portion, or 100 g without portions', () => {
    expect(itemFromFood(oats, 'Breakfast')).toMatchObject({ unit: 'portion', quantity: 1, portionLabel: '1 cup' });
    expect(itemFromFood(milk, 'Breakfast')).toMatchObject({ unit: 'g', quantity: 100, portionLabel: null });
  });

  it('sums figures for the amount in portions, grams or ounces', () => {
    const item = itemFromFood(oats, 'Breakfast');
    expect(itemGrams(item)).toBe(81);
    expect(itemMacros(item).kcal).toBe(307);
    expect(itemGrams({ ...item, unit: 'oz', quantity: 2 })).toBeCloseTo(56.7, 1);
    expect(itemGrams({ ...item, unit: 'portion', portionLabel: 'unknown' })).toBe(0);
    const draft = addItem(addItem(emptyDraft(), item), itemFromFood(milk, 'Breakfast'));
    expect(sumMacros(draft.items).kcal).toBe(368);
  });

  it('renames, adds, moves and removes meals with their foods', () => {
    let draft = addItem(emptyDraft(), itemFromFood(oats, 'Breakfast'));
    draft = renameMeal(draft, 'Breakfast', 'Pre-workout');
    expect(draft.items[0]?.meal).toBe('Pre-workout');
    draft = addMeal(draft);
    expect(draft.meals.at(-1)).toBe('Meal 5');
    draft = moveMeal(draft, 'Meal 5', -1);
    expect(draft.meals).toEqual(['Pre-workout', 'Lunch', 'Dinner', 'Meal 5', 'Snacks']);
    draft = removeMeal(draft, 'Pre-workout');
    expect(draft.items).toEqual([]);
  });

  it('flags blank and duplicate meal names', () => {
    expect(mealNameProblem(['Lunch', 'lunch '], 1)).toBe('Two meals have this name');
    expect(mealNameProblem(['', 'Lunch'], 0)).toBe('Name this meal');
    expect(mealNameProblem(['Breakfast', 'Lunch'], 0)).toBeNull();
  });

  it('loads a saved plan back and saves what the server accepts', () => {
    const draft = draftFromPlan({
      name: 'Training day',
      notes: '',
      meals: ['Breakfast'],
      items: [
        {
          meal: 'Breakfast',
          foodId: oats.id,
          name: 'Oats',
          group: 'Grains',
          unit: 'portion',
          quantity: 2,
          portionLabel: '1 cup',
          grams: 162,
          kcal: 614,
          proteinG: 21.4,
          fatG: 10.5,
          carbsG: 109.7,
          fiberG: 16.4,
        },
      ],
    });
    expect(itemMacros(draft.items[0]!).kcal).toBe(614);
    const input = toSaveInput({ ...draft, name: ' Training day ' });
    expect(SaveMealPlanSchema.safeParse(input).success).toBe(true);
    expect(input.name).toBe('Training day');
  });
});

describe('against the targets', () => {
  it('says how far off and whether inside the tolerance', () => {
    expect(versusTarget(1880, 2000, 10)).toEqual({ diff: -120, status: 'on' });
    expect(versusTarget(1700, 2000, 10)).toEqual({ diff: -300, status: 'under' });
    expect(versusTarget(2300, 2000, 10)).toEqual({ diff: 300, status: 'over' });
  });

  it('writes the difference with a real minus sign', () => {
    expect(formatDiff(-120, 'kcal')).toBe('−120 kcal');
    expect(formatDiff(8, 'g')).toBe('+8 g');
    expect(formatDiff(0, 'g')).toBe('±0 g');
  });
});
