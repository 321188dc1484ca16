import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, OkSchema } from '../../../shared/common';
import {
  FavouriteSchema,
  FoodSchema,
  FoodSearchQuerySchema,
  FoodVisibilitySchema,
  SaveFoodSchema,
  SaveRecipeSchema,
} from '../../../shared/nutrition';
import { requireActor, requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import {
  archiveFood,
  changeFood,
  changeRecipe,
  createFood,
  createRecipe,
  getFood,
  markFavourite,
  searchFoods,
  setFoodHidden,
  type FoodsDeps,
} from './foods.service';

const tags = ['Nutrition'];
const errors = errorResponses(400, 401, 403, 404, 409);
const FoodListSchema = z.object({ items: z.array(FoodSchema) }).meta({ id: 'FoodList' });

/** /api/foods — the food database: search, custom foods, hiding, favourites. */
export function foodRoutes(deps: FoodsDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary:
          'Search foods (typos, plurals and word order forgiven; your recent and favourite foods first); no query: recents and favourites',
        request: { query: FoodSearchQuerySchema },
        responses: { 200: json(FoodListSchema, 'Foods'), ...errors },
      }),
      async (c) => c.json(await searchFoods(deps, requireActor(c), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        summary: 'Add a custom food (a client’s is their own; the trainer’s is everyone’s)',
        request: body(SaveFoodSchema),
        responses: { 201: json(FoodSchema, 'Food'), ...errors },
      }),
      async (c) => c.json(await createFood(deps, requireActor(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}',
        tags,
        summary: 'One food (a recipe with its ingredients)',
        request: { params: IdParamSchema },
        responses: { 200: json(FoodSchema, 'Food'), ...errors },
      }),
      async (c) => c.json(await getFood(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}',
        tags,
        summary: 'Change a custom food (entries already logged keep what they were)',
        request: { params: IdParamSchema, ...body(SaveFoodSchema) },
        responses: { 200: json(FoodSchema, 'Food'), ...errors },
      }),
      async (c) => c.json(await changeFood(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Delete a custom food or recipe (kept for the entries that name it)',
        request: { params: IdParamSchema },
        responses: { 200: json(OkSchema, 'Deleted'), ...errors },
      }),
      async (c) => {
        await archiveFood(deps, requireActor(c), c.req.valid('param').id);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}/visibility',
        tags,
        summary: 'Hide a food from clients’ search, or show it again (trainer)',
        request: { params: IdParamSchema, ...body(FoodVisibilitySchema) },
        responses: { 200: json(FoodSchema, 'Food'), ...errors },
      }),
      async (c) => c.json(await setFoodHidden(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json').hidden), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}/favourite',
        tags,
        summary: 'Star or unstar a food (favourites come first in search)',
        request: { params: IdParamSchema, ...body(FavouriteSchema) },
        responses: { 200: json(FoodSchema, 'Food'), ...errors },
      }),
      async (c) => c.json(await markFavourite(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json').favourite), 200),
    );
}

/** /api/recipes — ingredients in, per-serving values computed. */
export function recipeRoutes(deps: FoodsDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        summary: 'Make a recipe from foods (values per serving computed from the ingredients)',
        request: body(SaveRecipeSchema),
        responses: { 201: json(FoodSchema, 'Recipe'), ...errors },
      }),
      async (c) => c.json(await createRecipe(deps, requireActor(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}',
        tags,
        summary: 'Change a recipe',
        request: { params: IdParamSchema, ...body(SaveRecipeSchema) },
        responses: { 200: json(FoodSchema, 'Recipe'), ...errors },
      }),
      async (c) => c.json(await changeRecipe(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}
