import { naturalPortion } from './nutrition-format';
import {
  DEFAULT_MEALS,
  GRAMS_PER_OUNCE,
  type EntryUnit,
  type Food,
  type MealPlan,
  type SaveMealPlanInput,
} from '../../../shared/nutrition';

/*
 * The meal plan builder's edits and sums, pure (unit-tested in meal-plan-ops.test.ts). Totals are
 * computed here as the trainer types, the same way the server does (per 100 g × grams, to 0.1).
 */

export type Per100g = { kcal: number; proteinG: number; fatG: number; carbsG: number; fiberG: number | null };
export type Macros = { kcal: number; proteinG: number; fatG: number; carbsG: number };

export type DraftItem = {
  /** Stable for React lists while items move and change. */
  key: string;
  meal: string;
  foodId: string;
  name: string;
  group: string;
  unit: EntryUnit;
  quantity: number;
  portionLabel: string | null;
  per100g: Per100g;
  portions: { label: string; grams: number }[];
};

export type PlanDraft = { name: string; notes: string; meals: string[]; items: DraftItem[] };

let counter = 0;
const nextKey = () => `item-${(counter += 1)}`;
const round1 = (value: number) => Math.round(value * 10) / 10;

export const emptyDraft = (): PlanDraft => ({ name: '', notes: '', meals: [...DEFAULT_MEALS], items: [] });

/**
 * A saved plan back into the builder. The plan carries each item's figures for its grams, so the
 * figures per 100 g are worked back from them; a portion's weight from grams ÷ quantity.
 */
export function draftFromPlan(plan: Pick<MealPlan, 'name' | 'notes' | 'meals' | 'items'>): PlanDraft {
  return {
    name: plan.name,
    notes: plan.notes,
    meals: [...plan.meals],
    items: plan.items.map((item) => {
      const per = (value: number) => (item.grams > 0 ? (value * 100) / item.grams : 0);
      return {
        key: nextKey(),
        meal: item.meal,
        foodId: item.foodId,
        name: item.name,
        group: item.group,
        unit: item.unit,
        quantity: item.quantity,
        portionLabel: item.portionLabel,
        per100g: {
          kcal: per(item.kcal),
          proteinG: per(item.proteinG),
          fatG: per(item.fatG),
          carbsG: per(item.carbsG),
          fiberG: per(item.fiberG ?? 0),
        },
        portions: item.unit === 'portion' && item.portionLabel ? [{ label: item.portionLabel, grams: item.grams / item.quantity }] : [],
      };
    }),
  };
}

/** A food picked from the search, with a sensible first amount: one of its natural portion, or 100 g. */
export function itemFromFood(food: Pick<Food, 'id' | 'name' | 'group' | 'per100g' | 'portions'>, meal: string): DraftItem {
  const portion = naturalPortion(food.portions);
  return {
    key: nextKey(),
    meal,
    foodId: food.id,
    name: food.name,
    group: food.group,
    unit: portion ? 'portion' : 'g',
    quantity: portion ? 1 : 100,
    portionLabel: portion?.label ?? null,
    per100g: food.per100g,
    portions: food.portions,
  };
}

/** Grams of an item's amount (0 when its portion is unknown). */
export function itemGrams(item: Pick<DraftItem, 'unit' | 'quantity' | 'portionLabel' | 'portions'>): number {
  if (!Number.isFinite(item.quantity) || item.quantity <= 0) return 0;
  if (item.unit === 'g') return item.quantity;
  if (item.unit === 'oz') return item.quantity * GRAMS_PER_OUNCE;
  const portion = item.portions.find((candidate) => candidate.label === item.portionLabel);
  return portion ? item.quantity * portion.grams : 0;
}

export function itemMacros(item: DraftItem): Macros {
  const share = itemGrams(item) / 100;
  return {
    kcal: round1(item.per100g.kcal * share),
    proteinG: round1(item.per100g.proteinG * share),
    fatG: round1(item.per100g.fatG * share),
    carbsG: round1(item.per100g.carbsG * share),
  };
}

export function sumMacros(items: DraftItem[]): Macros {
  const total = items.map(itemMacros).reduce(
    (sum, item) => ({
      kcal: sum.kcal + item.kcal,
      proteinG: sum.proteinG + item.proteinG,
      fatG: sum.fatG + item.fatG,
      carbsG: sum.carbsG + item.carbsG,
    }),
    { kcal: 0, proteinG: 0, fatG: 0, carbsG: 0 },
  );
  return { kcal: round1(total.kcal), proteinG: round1(total.proteinG), fatG: round1(total.fatG), carbsG: round1(total.carbsG) };
}

export const mealItems = (draft: PlanDraft, meal: string) => draft.items.filter((item) => item.meal === meal);

/* ---------- edits ---------- */

export function renameMeal(draft: PlanDraft, from: string, to: string): PlanDraft {
  return {
    ...draft,
    meals: draft.meals.map((meal) => (meal === from ? to : meal)),
    items: draft.items.map((item) => (item.meal === from ? { ...item, meal: to } : item)),
  };
}

/** "Meal 5", or the next free number. */
export function addMeal(draft: PlanDraft): PlanDraft {
  let n = draft.meals.length + 1;
  while (draft.meals.includes(`Meal ${n}`)) n += 1;
  return { ...draft, meals: [...draft.meals, `Meal ${n}`] };
}

export function removeMeal(draft: PlanDraft, meal: string): PlanDraft {
  return { ...draft, meals: draft.meals.filter((name) => name !== meal), items: draft.items.filter((item) => item.meal !== meal) };
}

export function moveMeal(draft: PlanDraft, meal: string, by: -1 | 1): PlanDraft {
  const from = draft.meals.indexOf(meal);
  const to = from + by;
  if (from < 0 || to < 0 || to >= draft.meals.length) return draft;
  const meals = [...draft.meals];
  meals.splice(from, 1);
  meals.splice(to, 0, meal);
  return { ...draft, meals };
}

export const addItem = (draft: PlanDraft, item: DraftItem): PlanDraft => ({ ...draft, items: [...draft.items, item] });

export const updateItem = (draft: PlanDraft, key: string, change: Partial<DraftItem>): PlanDraft => ({
  ...draft,
  items: draft.items.map((item) => (item.key === key ? { ...item, ...change } : item)),
});

export const removeItem = (draft: PlanDraft, key: string): PlanDraft => ({
  ...draft,
  items: draft.items.filter((item) => item.key !== key),
});

/** Meal names must be there and differ (the server checks each item's meal is one of them). */
export function mealNameProblem(meals: string[], index: number): string | null {
  const name = meals[index]?.trim() ?? '';
  if (!name) return 'Name this meal';
  if (name.length > 40) return 'At most 40 characters';
  if (meals.some((other, i) => i !== index && other.trim().toLowerCase() === name.toLowerCase())) return 'Two meals have this name';
  return null;
}

export function toSaveInput(draft: PlanDraft): SaveMealPlanInput {
  const meals = draft.meals.map((meal) => meal.trim());
  return {
    name: draft.name.trim(),
    notes: draft.notes.trim(),
    meals,
    items: draft.items.map((item) => ({
      meal: item.meal.trim(),
      foodId: item.foodId,
      unit: item.unit,
      quantity: item.quantity,
      portionLabel: item.unit === 'portion' ? item.portionLabel : null,
    })),
  };
}

/* ---------- against the targets ---------- */

export type Status = 'on' | 'under' | 'over';

/** The difference from a target, and whether it is inside the trainer's tolerance (± %). */
export function versusTarget(value: number, target: number, tolerancePct: number): { diff: number; status: Status } {
  const diff = Math.round(value - target);
  if (target <= 0) return { diff, status: 'on' };
  const off = Math.abs(value - target) / target;
  return { diff, status: off <= tolerancePct / 100 + 1e-9 ? 'on' : value < target ? 'under' : 'over' };
}

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** "−120 kcal", "+8 g", "±0 g" — the true minus sign, so columns line up. */
export function formatDiff(diff: number, unit: string): string {
  const suffix = unit ? ` ${unit}` : '';
  if (diff === 0) return `±0${suffix}`;
  return `${diff < 0 ? '−' : '+'}${whole.format(Math.abs(diff))}${suffix}`;
}
