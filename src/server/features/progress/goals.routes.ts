import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, OkSchema } from '../../../shared/common';
import {
  AchievementsSchema,
  CreateGoalSchema,
  GoalListSchema,
  GoalSchema,
  PhotoFieldsSchema,
  PhotoQuerySchema,
  ProgressPhotoListSchema,
  ProgressPhotoSchema,
  UpdateGoalSchema,
} from '../../../shared/goals';
import { requireActor } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import { changeGoal, clientAchievements, clientGoals, createGoal, removeGoal, type GoalsDeps } from './goals.service';
import { addPhoto, clientPhotos, removePhoto, type PhotosDeps } from './photos.service';

const tags = ['Progress'];
const errors = errorResponses(400, 401, 403, 404, 409);

const PhotoFormSchema = PhotoFieldsSchema.extend({
  file: z
    .custom<File>((value) => value instanceof File, 'Choose a photo')
    .openapi({ type: 'string', format: 'binary', description: 'JPEG, PNG, WebP or HEIC, up to 15 MB' }),
});

type Deps = GoalsDeps & PhotosDeps;

/** Under /api/clients/{id}: goals, badges and the streak, progress photos (that client, or the trainer). */
export function clientGoalRoutes(deps: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/goals',
        tags,
        summary: 'Goals with their current value and progress (reached ones are marked achieved here too)',
        request: { params: IdParamSchema },
        responses: { 200: json(GoalListSchema, 'Goals'), ...errors },
      }),
      async (c) => c.json(await clientGoals(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/goals',
        tags,
        summary: 'Set a goal: body weight, body fat, a metric, or a lift (e1RM), with an optional deadline',
        request: { params: IdParamSchema, ...body(CreateGoalSchema) },
        responses: { 201: json(GoalSchema, 'Goal'), ...errors },
      }),
      async (c) => c.json(await createGoal(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/achievements',
        tags,
        summary: 'Badges (computed from the data, each earned once) and the weekly training streak',
        request: { params: IdParamSchema },
        responses: { 200: json(AchievementsSchema, 'Badges and streak'), ...errors },
      }),
      async (c) => c.json(await clientAchievements(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/photos',
        tags,
        summary: 'Progress photos, newest first (files only through their authorised URLs)',
        request: { params: IdParamSchema, query: PhotoQuerySchema },
        responses: { 200: json(ProgressPhotoListSchema, 'Photos'), ...errors },
      }),
      async (c) => c.json(await clientPhotos(deps, requireActor(c), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/photos',
        tags,
        summary:
          'Add a progress photo (front/side/back) for a day: checked by content, re-encoded without any metadata (no GPS); the same pose that day is replaced',
        request: { params: IdParamSchema, body: { content: { 'multipart/form-data': { schema: PhotoFormSchema } }, required: true } },
        responses: { 201: json(ProgressPhotoSchema, 'Stored'), ...errors, 413: { description: 'Larger than 15 MB' } },
      }),
      async (c) => c.json(await addPhoto(deps, requireActor(c), c.req.valid('param').id, c.req.valid('form')), 201),
    );
}

/** Under /api/goals: one goal (its client, or the trainer). */
export function goalRoutes(deps: GoalsDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}',
        tags,
        summary: 'Change a goal (title, target, deadline) or archive it; a new target can be reached again',
        request: { params: IdParamSchema, ...body(UpdateGoalSchema) },
        responses: { 200: json(GoalSchema, 'Saved'), ...errors },
      }),
      async (c) => c.json(await changeGoal(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Delete a goal',
        request: { params: IdParamSchema },
        responses: { 200: json(OkSchema, 'Deleted'), ...errors },
      }),
      async (c) => {
        await removeGoal(deps, requireActor(c), c.req.valid('param').id);
        return c.json({ ok: true as const }, 200);
      },
    );
}

/** Under /api/photos: one progress photo (its client, or the trainer). */
export function photoRoutes(deps: PhotosDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags,
      summary: 'Delete a progress photo and its files',
      request: { params: IdParamSchema },
      responses: { 200: json(OkSchema, 'Deleted'), ...errors },
    }),
    async (c) => {
      await removePhoto(deps, requireActor(c), c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    },
  );
}
