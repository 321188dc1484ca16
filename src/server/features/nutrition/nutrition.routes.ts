import { createRoute, z } from '@hono/zod-openapi';
import { IsoDateSchema } from '../../../shared/clients';
import { IdParamSchema, OkSchema } from '../../../shared/common';
import {
  AssignMealPlanSchema,
  CopyEntriesSchema,
  DateRangeQuerySchema,
  DayLogSchema,
  EntrySchema,
  LogFoodSchema,
  MealPlanDaySchema,
  MealPlanSchema,
  NutritionWeeksSchema,
  SaveMealPlanSchema,
  SaveTargetsSchema,
  SetStepsSchema,
  SetWaterSchema,
  ShoppingListSchema,
  TargetsSchema,
  TargetSuggestionSchema,
  UpdateEntrySchema,
} from '../../../shared/nutrition';
import { requireActor, requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import { nutritionWeeks } from './compliance.service';
import { changeEntry, copyEntries, foodDay, logFood, removeEntry, setTracker } from './food-log.service';
import {
  archiveMealPlan,
  assignMealPlan,
  changeMealPlan,
  clientMealPlans,
  createMealPlan,
  mealPlan,
  shoppingList,
  unassignMealPlanDay,
} from './meal-plans.service';
import { clientTargets, saveTargets, targetSuggestion } from './targets.service';
import type { FoodLogDeps } from './food-log.service';

const tags = ['Nutrition'];
const errors = errorResponses(400, 401, 403, 404, 409);
const DayParamSchema = z.object({ id: z.uuid('Not a valid id'), date: IsoDateSchema });
const TargetsListSchema = z
  .object({ current: TargetsSchema.nullable(), history: z.array(TargetsSchema) })
  .meta({ id: 'NutritionTargetsList' });
const MealPlanListSchema = z.object({ items: z.array(MealPlanSchema), days: z.array(MealPlanDaySchema) }).meta({ id: 'MealPlanList' });
const TrackerSchema = z.object({ date: z.string(), value: z.number() }).meta({ id: 'TrackerValue' });
const WeeksQuerySchema = z.object({ weeks: z.coerce.number().int().min(1).max(52).default(12) });

/** Under /api/clients/{id}: the food log, targets, compliance, meal plans (that client, or the trainer). */
export function clientNutritionRoutes(deps: FoodLogDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/nutrition/days/{date}',
        tags,
        summary: 'A day of the food log with totals, targets, water and comments',
        request: { params: DayParamSchema },
        responses: { 200: json(DayLogSchema, 'Day'), ...errors },
      }),
      async (c) => {
        const { id, date } = c.req.valid('param');
        return c.json(await foodDay(deps, requireActor(c), id, date), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/nutrition/entries',
        tags,
        summary: 'Log a food (an amount in g, oz or a portion) or a quick-add of kcal; idempotent by clientEntryId',
        request: { params: IdParamSchema, ...body(LogFoodSchema) },
        responses: { 201: json(EntrySchema, 'Entry'), ...errors },
      }),
      async (c) => c.json(await logFood(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/nutrition/copy',
        tags,
        summary: 'Copy a meal or a whole day to another day',
        request: { params: IdParamSchema, ...body(CopyEntriesSchema) },
        responses: { 200: json(DayLogSchema, 'The day copied to'), ...errors },
      }),
      async (c) => c.json(await copyEntries(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}/nutrition/water/{date}',
        tags,
        summary: 'The day’s water in ml (the habit tracker’s value)',
        request: { params: DayParamSchema, ...body(SetWaterSchema) },
        responses: { 200: json(TrackerSchema, 'Saved'), ...errors },
      }),
      async (c) => {
        const { id, date } = c.req.valid('param');
        return c.json(
          await setTracker(deps, requireActor(c), { clientId: id, tracker: 'water', date, value: c.req.valid('json').ml }),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}/nutrition/steps/{date}',
        tags,
        summary: 'The day’s steps (optional tracker)',
        request: { params: DayParamSchema, ...body(SetStepsSchema) },
        responses: { 200: json(TrackerSchema, 'Saved'), ...errors },
      }),
      async (c) => {
        const { id, date } = c.req.valid('param');
        return c.json(
          await setTracker(deps, requireActor(c), { clientId: id, tracker: 'steps', date, value: c.req.valid('json').steps }),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/nutrition/targets',
        tags,
        summary: 'Current targets with how they were computed, and their history',
        request: { params: IdParamSchema },
        responses: { 200: json(TargetsListSchema, 'Targets'), ...errors },
      }),
      async (c) => c.json(await clientTargets(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/nutrition/targets',
        tags,
        summary: 'Set targets: from the calculator (any figure overridden) or typed in full (trainer)',
        request: { params: IdParamSchema, ...body(SaveTargetsSchema) },
        responses: { 201: json(TargetsSchema, 'Targets'), ...errors },
      }),
      async (c) => c.json(await saveTargets(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/nutrition/targets/suggestion',
        tags,
        summary: 'What the calculator starts from: age, height, newest weight and body fat (trainer)',
        request: { params: IdParamSchema },
        responses: { 200: json(TargetSuggestionSchema, 'Suggestion'), ...errors },
      }),
      async (c) => c.json(await targetSuggestion(deps, requireTrainer(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/nutrition/weeks',
        tags,
        summary: 'Weekly compliance: days logged and on target, averages against targets',
        request: { params: IdParamSchema, query: WeeksQuerySchema },
        responses: { 200: json(NutritionWeeksSchema, 'Weeks'), ...errors },
      }),
      async (c) => c.json(await nutritionWeeks(deps, requireActor(c), c.req.valid('param').id, c.req.valid('query').weeks), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/meal-plans',
        tags,
        summary: 'The client’s meal plans and which days they are on',
        request: { params: IdParamSchema },
        responses: { 200: json(MealPlanListSchema, 'Meal plans'), ...errors },
      }),
      async (c) => c.json(await clientMealPlans(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/meal-plans',
        tags,
        summary: 'Build a meal plan for the client (trainer)',
        request: { params: IdParamSchema, ...body(SaveMealPlanSchema) },
        responses: { 201: json(MealPlanSchema, 'Meal plan'), ...errors },
      }),
      async (c) => c.json(await createMealPlan(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/meal-plan-days/{date}',
        tags,
        summary: 'Take the meal plan off a day (trainer)',
        request: { params: DayParamSchema },
        responses: { 200: json(OkSchema, 'Removed'), ...errors },
      }),
      async (c) => {
        const { id, date } = c.req.valid('param');
        await unassignMealPlanDay(deps, requireTrainer(c), id, date);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/shopping-list',
        tags,
        summary: 'Shopping list for the planned days in a range, by food group',
        request: { params: IdParamSchema, query: DateRangeQuerySchema },
        responses: { 200: json(ShoppingListSchema, 'Shopping list'), ...errors },
      }),
      async (c) => c.json(await shoppingList(deps, requireActor(c), c.req.valid('param').id, c.req.valid('query')), 200),
    );
}

/** /api/food-entries — one logged entry (its client, or the trainer). */
export function foodEntryRoutes(deps: FoodLogDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}',
        tags,
        summary: 'Change an entry’s meal or amount (a quick-add: its figures)',
        request: { params: IdParamSchema, ...body(UpdateEntrySchema) },
        responses: { 200: json(EntrySchema, 'Entry'), ...errors },
      }),
      async (c) => c.json(await changeEntry(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Delete an entry',
        request: { params: IdParamSchema },
        responses: { 200: json(OkSchema, 'Deleted'), ...errors },
      }),
      async (c) => {
        await removeEntry(deps, requireActor(c), c.req.valid('param').id);
        return c.json({ ok: true as const }, 200);
      },
    );
}

/** /api/meal-plans — one plan (the client reads theirs; the trainer edits and assigns). */
export function mealPlanRoutes(deps: FoodLogDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}',
        tags,
        summary: 'A meal plan with its totals',
        request: { params: IdParamSchema },
        responses: { 200: json(MealPlanSchema, 'Meal plan'), ...errors },
      }),
      async (c) => c.json(await mealPlan(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}',
        tags,
        summary: 'Save the whole plan (trainer)',
        request: { params: IdParamSchema, ...body(SaveMealPlanSchema) },
        responses: { 200: json(MealPlanSchema, 'Meal plan'), ...errors },
      }),
      async (c) => c.json(await changeMealPlan(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Delete a plan (taken off its days from today)',
        request: { params: IdParamSchema },
        responses: { 200: json(OkSchema, 'Deleted'), ...errors },
      }),
      async (c) => {
        await archiveMealPlan(deps, requireTrainer(c), c.req.valid('param').id);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/days',
        tags,
        summary: 'Put the plan on dates (replacing another plan there) (trainer)',
        request: { params: IdParamSchema, ...body(AssignMealPlanSchema) },
        responses: { 200: json(MealPlanSchema, 'Meal plan'), ...errors },
      }),
      async (c) => c.json(await assignMealPlan(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}
