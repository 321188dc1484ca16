import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema } from '../../../shared/common';
import {
  AddScheduledWorkoutSchema,
  CalendarQuerySchema,
  CalendarSchema,
  ScheduledWorkoutDetailSchema,
  ScheduledWorkoutSchema,
  SetWorkoutOverrideSchema,
  UpdateScheduledWorkoutSchema,
} from '../../../shared/programs';
import { requireActor, requireClient, requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import {
  addEntry,
  clearOverride,
  getCalendar,
  getEntry,
  getMySchedule,
  removeEntry,
  setOverride,
  updateEntry,
  type CalendarDeps,
} from './calendar.service';
import { ClientProgramListSchema } from './programs.routes';
import { listClientPrograms } from './programs.service';

const errors = errorResponses(400, 401, 403, 404, 409);
const params = { params: IdParamSchema };
const OkSchema = z.object({ ok: z.literal(true) });
const MyScheduleSchema = z
  .object({ today: z.string(), clientCanMove: z.boolean(), items: z.array(ScheduledWorkoutSchema) })
  .meta({ id: 'MySchedule' });

/** Routes under /api/clients/{id}: a client's programs and calendar. */
export function clientTrainingRoutes(deps: CalendarDeps) {
  const tags = ['Calendar'];
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/programs',
        tags,
        summary: "A client's own programs (trainer, or that client)",
        request: params,
        responses: { 200: json(ClientProgramListSchema, 'Programs'), ...errors },
      }),
      async (c) => c.json(await listClientPrograms(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/calendar',
        tags,
        summary: "A client's calendar between two dates, at most 62 days (trainer, or that client)",
        request: { ...params, query: CalendarQuerySchema },
        responses: { 200: json(CalendarSchema, 'The calendar'), ...errors },
      }),
      async (c) => c.json(await getCalendar(deps, requireActor(c), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/calendar',
        tags,
        summary: 'Put a workout on a day: one from their programs, or a one-off (trainer)',
        request: { ...params, ...body(AddScheduledWorkoutSchema) },
        responses: { 201: json(ScheduledWorkoutSchema, 'Added'), ...errors },
      }),
      async (c) => c.json(await addEntry(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 201),
    );
}

/** Routes under /api/scheduled-workouts. */
export function scheduledWorkoutsRoutes(deps: CalendarDeps) {
  const tags = ['Calendar'];
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}',
        tags,
        summary: "One day's workout with its content (trainer, or that client)",
        request: params,
        responses: { 200: json(ScheduledWorkoutDetailSchema, 'The workout'), ...errors },
      }),
      async (c) => c.json(await getEntry(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/{id}',
        tags,
        summary: 'Move to another day, skip or unskip (trainer; a client may move when allowed)',
        request: { ...params, ...body(UpdateScheduledWorkoutSchema) },
        responses: { 200: json(ScheduledWorkoutSchema, 'Updated'), ...errors },
      }),
      async (c) => c.json(await updateEntry(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}/workout',
        tags,
        summary: "Edit this day's workout only; the program stays as it is (trainer)",
        request: { ...params, ...body(SetWorkoutOverrideSchema) },
        responses: { 200: json(ScheduledWorkoutDetailSchema, 'Updated'), ...errors },
      }),
      async (c) => c.json(await setOverride(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json').workout), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/workout',
        tags,
        summary: "Drop this day's own edits: back to the program's workout (trainer)",
        request: params,
        responses: { 200: json(ScheduledWorkoutDetailSchema, 'Updated'), ...errors },
      }),
      async (c) => c.json(await clearOverride(deps, requireTrainer(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Take a workout off the calendar (trainer)',
        request: params,
        responses: { 200: json(OkSchema, 'Removed'), ...errors },
      }),
      async (c) => {
        await removeEntry(deps, requireTrainer(c), c.req.valid('param').id);
        return c.json({ ok: true as const }, 200);
      },
    );
}

/** GET /api/me/schedule: the client's today and week ahead. */
export function myScheduleRoutes(deps: CalendarDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/schedule',
      tags: ['Me'],
      summary: "Today's workout and the week ahead (client)",
      responses: { 200: json(MyScheduleSchema, 'Schedule'), ...errors },
    }),
    async (c) => c.json(await getMySchedule(deps, requireClient(c)), 200),
  );
}
