import type { Food, Nutrients } from '../../../shared/nutrition';
import { numberOrUndefined } from './client-form-values';
import { addNutrients, naturalPortion, nutrientsFor, ZERO_NUTRIENTS } from './nutrition-format';

/*
 * A recipe being built on the phone: its name, servings and ingredients as typed (text, so a
 * half-typed "1." stays on screen), the totals worked out from each food's per-100 g values as the
 * client edits, and the server's field errors placed on the row they name.
 */

export type IngredientFood = Pick<Food, 'id' | 'name' | 'per100g' | 'portions'>;
/** `key` stays put while rows come and go (React keys, and where an error belongs). */
export type DraftIngredient = { key: string; food: IngredientFood; grams: string };
export type RecipeDraft = { name: string; servings: string; ingredients: DraftIngredient[] };
export type RecipeTotals = { grams: number; whole: Nutrients; perServing: Nutrients | null };

export const emptyRecipe = (name = ''): RecipeDraft => ({ name, servings: '1', ingredients: [] });

/** Typed grams as a number for the totals: blank, a typo or a negative counts as nothing yet. */
export function draftGrams(text: string): number {
  const value = numberOrUndefined(text);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;
}

/** What a new ingredient starts at: its household portion ("1 medium" banana, 118 g), else 100 g. */
export function firstGrams(food: Pick<Food, 'portions'>): number {
  const portion = naturalPortion(food.portions);
  return portion ? Math.round(portion.grams) : 100;
}

export function addIngredient(draft: RecipeDraft, food: IngredientFood, key: string): RecipeDraft {
  return { ...draft, ingredients: [...draft.ingredients, { key, food, grams: String(firstGrams(food)) }] };
}

/** The whole pot and one serving (none while the number of servings is not a positive number). */
export function recipeTotals(ingredients: ReadonlyArray<{ food: Pick<Food, 'per100g'>; grams: number }>, servings: number): RecipeTotals {
  let whole = ZERO_NUTRIENTS;
  let grams = 0;
  for (const item of ingredients) {
    grams += item.grams;
    whole = addNutrients(whole, nutrientsFor(item.food, item.grams));
  }
  if (!(Number.isFinite(servings) && servings > 0)) return { grams, whole, perServing: null };
  const share = (value: number) => value / servings;
  const perServing = {
    kcal: share(whole.kcal),
    proteinG: share(whole.proteinG),
    fatG: share(whole.fatG),
    carbsG: share(whole.carbsG),
    fiberG: whole.fiberG === null ? null : share(whole.fiberG),
  };
  return { grams, whole, perServing };
}

export const draftTotals = (draft: RecipeDraft): RecipeTotals =>
  recipeTotals(
    draft.ingredients.map((item) => ({ food: item.food, grams: draftGrams(item.grams) })),
    numberOrUndefined(draft.servings) ?? 0,
  );

/** What goes to SaveRecipeSchema (and, once it passes, to POST/PUT /api/recipes). */
export const recipeInput = (draft: RecipeDraft) => ({
  name: draft.name.trim(),
  servings: numberOrUndefined(draft.servings),
  ingredients: draft.ingredients.map((item) => ({ foodId: item.food.id, grams: numberOrUndefined(item.grams) })),
});

/** Blank or non-numeric entries, in words (the shared schema would only say "expected number"). */
export function numberProblems(draft: RecipeDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  const servings = numberOrUndefined(draft.servings);
  if (servings === undefined || Number.isNaN(servings)) problems.servings = 'Enter how many servings it makes';
  for (const item of draft.ingredients) {
    const grams = numberOrUndefined(item.grams);
    if (grams === undefined || Number.isNaN(grams)) problems[gramsField(item.key)] = 'Enter the grams';
  }
  return problems;
}

/** Where an ingredient's errors are kept: its grams, or the food itself (gone, not the client's). */
export const gramsField = (rowKey: string) => `${rowKey}.grams`;
export const foodField = (rowKey: string) => `${rowKey}.food`;

/**
 * Field errors (zod's issues, or the server's `ingredients.1.foodId`) keyed the way the form shows
 * them: `name`, `servings`, `ingredients` for the list as a whole, an ingredient row's grams or
 * food, `root` for anything else. The first message per place wins.
 */
export function recipeErrors(
  issues: ReadonlyArray<{ path: string | ReadonlyArray<PropertyKey>; message: string }>,
  rowKeys: readonly string[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    const [field, index, part] = path;
    const row = index === undefined ? undefined : rowKeys[Number(index)];
    let place = 'root';
    if (field === 'name' || field === 'servings') place = field;
    else if (field === 'ingredients') place = row ? (part === 'grams' ? gramsField(row) : foodField(row)) : 'ingredients';
    errors[place] ??= issue.message;
  }
  return errors;
}
