import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type {
  CopyEntriesInput,
  DayLog,
  Entry,
  Food,
  LogFoodInput,
  MealPlan,
  NutritionWeeks,
  SaveFoodInput,
  SaveRecipeInput,
  ShoppingList,
  Targets,
  UpdateEntryInput,
} from '../../../shared/nutrition';
import { api } from '../../lib/api';

/*
 * Nutrition, both sides (client: the food log, water, adding foods; trainer: targets, meal plans,
 * compliance). Only types from shared/nutrition: the client's Today page imports this file, zod
 * stays out of its download.
 */

export type FoodList = { items: Food[] };
export type TargetsList = { current: Targets | null; history: Targets[] };
export type MealPlanDay = { date: string; planId: string; planName: string };
export type MealPlanList = { items: MealPlan[]; days: MealPlanDay[] };
export type TrackerValue = { date: string; value: number };
export type TargetSuggestion = {
  sex: 'female' | 'male' | null;
  ageYears: number | null;
  heightCm: number | null;
  weightKg: number | null;
  bodyFatPct: number | null;
  units: 'kg' | 'lb';
};
type Ok = { ok: true };

/** Everything under 'nutrition': one invalidation refreshes it all. */
export const nutritionKeys = {
  all: ['nutrition'] as const,
  foods: ['nutrition', 'foods'] as const,
  foodSearch: (q: string, clientId?: string) => ['nutrition', 'foods', 'search', q.trim(), clientId ?? null] as const,
  food: (id: string) => ['nutrition', 'foods', 'detail', id] as const,
  days: (clientId: string) => ['nutrition', 'day', clientId] as const,
  day: (clientId: string, date: string) => ['nutrition', 'day', clientId, date] as const,
  targets: (clientId: string) => ['nutrition', 'targets', clientId] as const,
  targetSuggestion: (clientId: string) => ['nutrition', 'targets', clientId, 'suggestion'] as const,
  weeks: (clientId: string, weeks: number) => ['nutrition', 'weeks', clientId, weeks] as const,
  mealPlans: (clientId: string) => ['nutrition', 'meal-plans', clientId] as const,
  mealPlan: (id: string) => ['nutrition', 'meal-plan', id] as const,
  shoppingList: (clientId: string, from: string, to: string) => ['nutrition', 'shopping-list', clientId, from, to] as const,
};

const clientPath = (id: string) => `/api/clients/${encodeURIComponent(id)}`;
const foodPath = (id: string) => `/api/foods/${encodeURIComponent(id)}`;

/* ---------- Queries ---------- */

/** An empty query answers the viewer's recents and favourites (what the add-food sheet opens on). */
export const foodSearchQuery = (q: string, clientId?: string) =>
  queryOptions({
    queryKey: nutritionKeys.foodSearch(q, clientId),
    queryFn: ({ signal }) => api<FoodList>('/api/foods', { query: { q: q.trim(), clientId, limit: 25 }, signal }),
    staleTime: q.trim() ? 5 * 60_000 : 30_000,
  });

export const foodQuery = (id: string) =>
  queryOptions({
    queryKey: nutritionKeys.food(id),
    queryFn: ({ signal }) => api<Food>(foodPath(id), { signal }),
    enabled: Boolean(id),
  });

export const foodDayQuery = (clientId: string, date: string) =>
  queryOptions({
    queryKey: nutritionKeys.day(clientId, date),
    queryFn: ({ signal }) => api<DayLog>(`${clientPath(clientId)}/nutrition/days/${date}`, { signal }),
    enabled: Boolean(clientId && date),
  });

export const targetsQuery = (clientId: string) =>
  queryOptions({
    queryKey: nutritionKeys.targets(clientId),
    queryFn: ({ signal }) => api<TargetsList>(`${clientPath(clientId)}/nutrition/targets`, { signal }),
    enabled: Boolean(clientId),
  });

export const targetSuggestionQuery = (clientId: string) =>
  queryOptions({
    queryKey: nutritionKeys.targetSuggestion(clientId),
    queryFn: ({ signal }) => api<TargetSuggestion>(`${clientPath(clientId)}/nutrition/targets/suggestion`, { signal }),
    enabled: Boolean(clientId),
  });

export const weeksQuery = (clientId: string, weeks = 12) =>
  queryOptions({
    queryKey: nutritionKeys.weeks(clientId, weeks),
    queryFn: ({ signal }) => api<NutritionWeeks>(`${clientPath(clientId)}/nutrition/weeks`, { query: { weeks }, signal }),
    enabled: Boolean(clientId),
  });

export const mealPlansQuery = (clientId: string) =>
  queryOptions({
    queryKey: nutritionKeys.mealPlans(clientId),
    queryFn: ({ signal }) => api<MealPlanList>(`${clientPath(clientId)}/meal-plans`, { signal }),
    enabled: Boolean(clientId),
  });

export const mealPlanQuery = (id: string) =>
  queryOptions({
    queryKey: nutritionKeys.mealPlan(id),
    queryFn: ({ signal }) => api<MealPlan>(`/api/meal-plans/${encodeURIComponent(id)}`, { signal }),
    enabled: Boolean(id),
  });

export const shoppingListQuery = (clientId: string, from: string, to: string) =>
  queryOptions({
    queryKey: nutritionKeys.shoppingList(clientId, from, to),
    queryFn: ({ signal }) => api<ShoppingList>(`${clientPath(clientId)}/shopping-list`, { query: { from, to }, signal }),
    enabled: Boolean(clientId && from && to),
  });

/* ---------- Writes (the client's food log) ---------- */

export const nutritionApi = {
  /** Used by the outbox's replay as well: idempotent by clientEntryId. */
  logFood: (clientId: string, input: LogFoodInput) =>
    api<Entry>(`${clientPath(clientId)}/nutrition/entries`, { method: 'POST', body: input }),
  updateEntry: (entryId: string, input: UpdateEntryInput) =>
    api<Entry>(`/api/food-entries/${encodeURIComponent(entryId)}`, { method: 'PUT', body: input }),
  deleteEntry: (entryId: string) => api<Ok>(`/api/food-entries/${encodeURIComponent(entryId)}`, { method: 'DELETE' }),
  copy: (clientId: string, input: CopyEntriesInput) =>
    api<DayLog>(`${clientPath(clientId)}/nutrition/copy`, { method: 'POST', body: input }),
  setWater: (clientId: string, date: string, ml: number) =>
    api<TrackerValue>(`${clientPath(clientId)}/nutrition/water/${date}`, { method: 'PUT', body: { ml } }),
  setSteps: (clientId: string, date: string, steps: number) =>
    api<TrackerValue>(`${clientPath(clientId)}/nutrition/steps/${date}`, { method: 'PUT', body: { steps } }),
  createFood: (input: SaveFoodInput) => api<Food>('/api/foods', { method: 'POST', body: input }),
  createRecipe: (input: SaveRecipeInput) => api<Food>('/api/recipes', { method: 'POST', body: input }),
  updateRecipe: (id: string, input: SaveRecipeInput) => api<Food>(`/api/recipes/${encodeURIComponent(id)}`, { method: 'PUT', body: input }),
  favourite: (foodId: string, favourite: boolean) => api<Food>(`${foodPath(foodId)}/favourite`, { method: 'PUT', body: { favourite } }),
};

/** After a write: the day(s) of that client, and the food lists (recents change when something is logged). */
export function foodLogChanged(queryClient: QueryClient, clientId: string) {
  void queryClient.invalidateQueries({ queryKey: nutritionKeys.days(clientId) });
  void queryClient.invalidateQueries({ queryKey: ['nutrition', 'weeks', clientId] });
  void queryClient.invalidateQueries({ queryKey: nutritionKeys.foods });
}
