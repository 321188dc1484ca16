import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, OkSchema } from '../../../shared/common';
import { ExerciseSchema } from '../../../shared/exercises';
import {
  ExerciseHistorySchema,
  FinishSessionSchema,
  PersonalRecordSchema,
  SaveSetSchema,
  SavedSetSchema,
  SessionDetailSchema,
  SessionListSchema,
  SessionSchema,
  StartSessionSchema,
} from '../../../shared/logging';
import { requireActor, requireClient } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import { alternativesFor } from './alternatives';
import {
  activeSession,
  clientRecords,
  discardSession,
  exerciseHistory,
  finishSession,
  getSessionDetail,
  listClientSessions,
  removeSet,
  saveSet,
  startSession,
  type LoggingDeps,
} from './logging.service';

const tags = ['Workout logging'];
const errors = errorResponses(400, 401, 403, 404, 409);
const SetParams = z.object({ id: z.uuid('Not a valid id'), setId: z.uuid('Not a valid id') });
const ExerciseParams = z.object({ id: z.uuid('Not a valid id'), exerciseId: z.uuid('Not a valid id') });
const ActiveSchema = z.object({ session: SessionSchema.nullable() }).meta({ id: 'ActiveSession' });
const RecordListSchema = z.object({ items: z.array(PersonalRecordSchema) }).meta({ id: 'RecordList' });
const HistoryQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

/** Under /api/me/sessions: the signed-in client logging their own workouts. */
export function mySessionsRoutes(deps: LoggingDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/active',
        tags,
        summary: 'The unfinished workout to resume, if any',
        responses: { 200: json(ActiveSchema, 'Active session'), ...errors },
      }),
      async (c) => c.json(await activeSession(deps, requireClient(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}',
        tags,
        summary: 'Start a workout under a device-made id (starting the same id again changes nothing)',
        request: { params: IdParamSchema, ...body(StartSessionSchema) },
        responses: { 200: json(SessionSchema, 'Already started'), 201: json(SessionSchema, 'Started'), ...errors },
      }),
      async (c) => {
        const { created, session } = await startSession(deps, requireClient(c), c.req.valid('param').id, c.req.valid('json'));
        return created ? c.json(session, 201) : c.json(session, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Discard an unfinished workout',
        request: { params: IdParamSchema },
        responses: { 200: json(OkSchema, 'Discarded'), ...errors },
      }),
      async (c) => {
        await discardSession(deps, requireClient(c), c.req.valid('param').id);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}/sets/{setId}',
        tags,
        summary: 'Save a set under its device-made id (saving it again updates it: never stored twice); answers the records it set',
        request: { params: SetParams, ...body(SaveSetSchema) },
        responses: { 200: json(SavedSetSchema, 'Saved'), ...errors },
      }),
      async (c) => {
        const { id, setId } = c.req.valid('param');
        return c.json(await saveSet(deps, requireClient(c), id, setId, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/sets/{setId}',
        tags,
        summary: 'Delete a set (records are recomputed)',
        request: { params: SetParams },
        responses: { 200: json(OkSchema, 'Deleted'), ...errors },
      }),
      async (c) => {
        const { id, setId } = c.req.valid('param');
        await removeSet(deps, requireClient(c), id, setId);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/finish',
        tags,
        summary: 'Finish: rating and a comment for the coach; answers the summary (duration, volume, sets, records)',
        request: { params: IdParamSchema, ...body(FinishSessionSchema) },
        responses: { 200: json(SessionSchema, 'Finished'), ...errors },
      }),
      async (c) => c.json(await finishSession(deps, requireClient(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}

/** Under /api/sessions: one workout with what the gym screen needs (its client, or the trainer). */
export function sessionsRoutes(deps: LoggingDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'A workout: plan, logged sets, exercises and last time’s numbers',
      request: { params: IdParamSchema },
      responses: { 200: json(SessionDetailSchema, 'Session'), ...errors },
    }),
    async (c) => c.json(await getSessionDetail(deps, requireActor(c), c.req.valid('param').id), 200),
  );
}

/** Under /api/clients/{id}: a client's training history (that client, or the trainer). */
export function clientHistoryRoutes(deps: LoggingDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/sessions',
        tags,
        summary: 'Past workouts, newest first',
        request: { params: IdParamSchema, query: HistoryQuery },
        responses: { 200: json(SessionListSchema, 'Sessions'), ...errors },
      }),
      async (c) => c.json(await listClientSessions(deps, requireActor(c), c.req.valid('param').id, c.req.valid('query').limit), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/records',
        tags,
        summary: 'Current personal records per exercise',
        request: { params: IdParamSchema },
        responses: { 200: json(RecordListSchema, 'Records'), ...errors },
      }),
      async (c) => c.json(await clientRecords(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/exercises/{exerciseId}/history',
        tags,
        summary: 'Every logged set of one exercise, with its records',
        request: { params: ExerciseParams },
        responses: { 200: json(ExerciseHistorySchema, 'History'), ...errors },
      }),
      async (c) => {
        const { id, exerciseId } = c.req.valid('param');
        return c.json(await exerciseHistory(deps, requireActor(c), id, exerciseId), 200);
      },
    );
}

/** Under /api/exercises/{id}: swaps for an exercise (same primary muscle). */
export function alternativesRoutes(deps: LoggingDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/{id}/alternatives',
      tags,
      summary: 'Exercises that train the same primary muscle, the same equipment first',
      request: { params: IdParamSchema },
      responses: {
        200: json(z.object({ items: z.array(ExerciseSchema) }).meta({ id: 'ExerciseAlternatives' }), 'Alternatives'),
        ...errors,
      },
    }),
    async (c) => c.json({ items: await alternativesFor(deps, requireActor(c), c.req.valid('param').id) }, 200),
  );
}
