import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { IdParamSchema } from '../../../shared/common';
import {
  CreateExerciseSchema,
  ExercisePageSchema,
  ExerciseSchema,
  ListExercisesQuerySchema,
  UpdateExerciseSchema,
} from '../../../shared/exercises';
import { requireActor, requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import {
  archiveExercise,
  createExercise,
  getExercise,
  listExercises,
  restoreExercise,
  updateExercise,
  type ExercisesDeps,
} from './exercises.service';

export type { ExercisesDeps };

const tags = ['Exercises'];
const errors = errorResponses(400, 401, 403, 404, 409);
const params = { params: IdParamSchema };
const exerciseResponse = { 200: json(ExerciseSchema, 'The exercise'), ...errors };

const routes = {
  list: createRoute({
    method: 'get',
    path: '/',
    tags,
    summary: 'Search the library (typo-tolerant, shorthand like "db", "ohp", "rdl") and filter it; anyone signed in',
    request: { query: ListExercisesQuerySchema },
    responses: { 200: json(ExercisePageSchema, 'A page of exercises, best match first'), ...errors },
  }),
  get: createRoute({
    method: 'get',
    path: '/{id}',
    tags,
    summary: 'One exercise (archived ones only for the trainer)',
    request: params,
    responses: exerciseResponse,
  }),
  create: createRoute({
    method: 'post',
    path: '/',
    tags,
    summary: 'Add your own exercise (trainer)',
    request: body(CreateExerciseSchema),
    responses: { 201: json(ExerciseSchema, 'The new exercise'), ...errors },
  }),
  update: createRoute({
    method: 'patch',
    path: '/{id}',
    tags,
    summary: 'Edit your own exercise, or give a built-in one your alias, cues and video (trainer)',
    request: { ...params, ...body(UpdateExerciseSchema) },
    responses: exerciseResponse,
  }),
  archive: createRoute({
    method: 'post',
    path: '/{id}/archive',
    tags,
    summary: 'Hide an exercise from search; programs using it keep it (trainer)',
    request: params,
    responses: exerciseResponse,
  }),
  restore: createRoute({
    method: 'post',
    path: '/{id}/restore',
    tags,
    summary: 'Bring an archived exercise back (trainer)',
    request: params,
    responses: exerciseResponse,
  }),
};

/** PATCH changes only the fields sent: the shared schema fills defaults for absent ones, so keep the sent keys. */
async function sentFields<T extends object>(c: Context, parsed: T): Promise<Partial<T>> {
  const raw = await c.req.json<Record<string, unknown>>();
  return Object.fromEntries(Object.entries(parsed).filter(([key]) => Object.hasOwn(raw, key))) as Partial<T>;
}

/** The exercise library: search and read for everyone signed in; the trainer adds, customises and archives. */
export function exercisesRoutes(deps: ExercisesDeps) {
  return createRouter()
    .openapi(routes.list, async (c) => c.json(await listExercises(deps, requireActor(c), c.req.valid('query')), 200))
    .openapi(routes.get, async (c) => c.json(await getExercise(deps, requireActor(c), c.req.valid('param').id), 200))
    .openapi(routes.create, async (c) => {
      const actor = requireTrainer(c);
      return c.json(await createExercise(deps, actor, c.req.valid('json')), 201);
    })
    .openapi(routes.update, async (c) => {
      const actor = requireTrainer(c);
      const input = await sentFields(c, c.req.valid('json'));
      return c.json(await updateExercise(deps, actor, c.req.valid('param').id, input), 200);
    })
    .openapi(routes.archive, async (c) => c.json(await archiveExercise(deps, requireTrainer(c), c.req.valid('param').id), 200))
    .openapi(routes.restore, async (c) => c.json(await restoreExercise(deps, requireTrainer(c), c.req.valid('param').id), 200));
}
