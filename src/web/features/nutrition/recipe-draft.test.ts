import { describe, expect, it } from 'vitest';
import { SaveRecipeSchema } from '../../../shared/nutrition';
import {
  addIngredient,
  draftGrams,
  draftTotals,
  emptyRecipe,
  firstGrams,
  numberProblems,
  recipeErrors,
  recipeInput,
  recipeTotals,
} from './recipe-draft';
import type { IngredientFood } from './recipe-draft';

const per100g = (kcal: number, proteinG: number, carbsG: number, fatG: number, fiberG: number | null = null) => ({
  kcal,
  proteinG,
  carbsG,
  fatG,
  fiberG,
  sugarG: null,
  sodiumMg: null,
});
const rice: IngredientFood = {
  id: '7c0a4a39-5f5a-4b8e-9a55-1a6f1b3c2d01',
  name: 'Rice, white, raw',
  per100g: per100g(365, 7.1, 80, 0.7, 1.3),
  portions: [],
};
const egg: IngredientFood = {
  id: '7c0a4a39-5f5a-4b8e-9a55-1a6f1b3c2d02',
  name: 'Egg, whole, raw',
  per100g: per100g(143, 12.6, 0.7, 9.5),
  portions: [{ label: '1 large', grams: 50.3 }],
};

describe('recipe totals', () => {
  it('adds each ingredient by its grams and splits the pot into servings', () => {
    // The server's own example: 150 g rice + 100 g egg = 690.5 kcal in 250 g, two servings.
    const totals = recipeTotals(
      [
        { food: rice, grams: 150 },
        { food: egg, grams: 100 },
      ],
      2,
    );
    expect(totals.grams).toBe(250);
    expect(totals.whole.kcal).toBeCloseTo(690.5, 6);
    expect(totals.whole.proteinG).toBeCloseTo(10.65 + 12.6, 6);
    expect(totals.whole.carbsG).toBeCloseTo(120 + 0.7, 6);
    expect(totals.whole.fatG).toBeCloseTo(1.05 + 9.5, 6);
    expect(totals.perServing?.kcal).toBeCloseTo(345.25, 6);
    expect(totals.perServing?.proteinG).toBeCloseTo(11.625, 6);
  });

  it('has no per-serving figure until the servings are a positive number, and nothing for no ingredients', () => {
    expect(recipeTotals([{ food: rice, grams: 100 }], 0).perServing).toBeNull();
    expect(recipeTotals([{ food: rice, grams: 100 }], Number.NaN).perServing).toBeNull();
    expect(recipeTotals([], 4)).toMatchObject({ grams: 0, whole: { kcal: 0 }, perServing: { kcal: 0 } });
  });

  it('counts half-typed or bad grams as nothing yet, while the text stays as typed', () => {
    expect(draftGrams('12,5')).toBe(12.5);
    expect(draftGrams('')).toBe(0);
    expect(draftGrams('abc')).toBe(0);
    expect(draftGrams('-20')).toBe(0);
    const draft = {
      name: 'Fried rice',
      servings: '2',
      ingredients: [
        { key: 'a', food: rice, grams: '100' },
        { key: 'b', food: egg, grams: '' },
      ],
    };
    expect(draftTotals(draft).whole.kcal).toBeCloseTo(365, 6);
    expect(draftTotals({ ...draft, servings: '' }).perServing).toBeNull();
  });
});

describe('a recipe draft', () => {
  it('starts a new ingredient at its household portion, else 100 g', () => {
    expect(firstGrams(egg)).toBe(50);
    expect(firstGrams(rice)).toBe(100);
    const draft = addIngredient(addIngredient(emptyRecipe('Eggs'), egg, 'k1'), rice, 'k2');
    expect(draft.ingredients.map((item) => [item.key, item.grams])).toEqual([
      ['k1', '50'],
      ['k2', '100'],
    ]);
  });

  it('names blank numbers in words, and passes the shared schema once filled in', () => {
    const draft = { name: ' Fried rice ', servings: '', ingredients: [{ key: 'a', food: rice, grams: 'lots' }] };
    expect(numberProblems(draft)).toEqual({ servings: 'Enter how many servings it makes', 'a.grams': 'Enter the grams' });
    const fixed = { ...draft, servings: '2', ingredients: [{ key: 'a', food: rice, grams: '150' }] };
    expect(numberProblems(fixed)).toEqual({});
    expect(SaveRecipeSchema.parse(recipeInput(fixed))).toEqual({
      name: 'Fried rice',
      servings: 2,
      ingredients: [{ foodId: '7c0a4a39-5f5a-4b8e-9a55-1a6f1b3c2d01', grams: 150 }],
    });
  });
});

describe('recipe errors', () => {
  it('puts the server’s dotted paths on the row and part they name', () => {
    const errors = recipeErrors(
      [
        { path: 'ingredients.1.foodId', message: 'That food is not in your food list.' },
        { path: 'ingredients.1.grams', message: 'More than 0 g' },
        { path: 'ingredients.1.foodId', message: 'A second message for the same place' },
        { path: 'servings', message: 'At most 100 servings' },
        { path: 'somethingElse', message: 'Odd' },
      ],
      ['first', 'second'],
    );
    expect(errors).toEqual({
      'second.food': 'That food is not in your food list.',
      'second.grams': 'More than 0 g',
      servings: 'At most 100 servings',
      root: 'Odd',
    });
  });

  it('keeps zod’s list-level issues on the list, and a row that no longer exists there too', () => {
    const empty = SaveRecipeSchema.safeParse({ name: '', servings: 1, ingredients: [] });
    expect(empty.success).toBe(false);
    expect(recipeErrors(empty.error?.issues ?? [], [])).toEqual({
      name: expect.any(String),
      ingredients: 'Add at least one ingredient',
    });
    expect(recipeErrors([{ path: ['ingredients', 3, 'grams'], message: 'More than 0 g' }], ['a'])).toEqual({
      ingredients: 'More than 0 g',
    });
  });
});
