import { createRoute, z } from '@hono/zod-openapi';
import {
  CheckinFormSchema,
  type CheckinSchedule,
  CheckinScheduleSchema,
  CheckinSchema,
  HabitSchema,
  LogHabitSchema,
  ReviewCheckinSchema,
  SaveFormSchema,
  SaveHabitSchema,
  SaveScheduleSchema,
  SubmitCheckinSchema,
} from '../../../shared/checkins';
import { IsoDateSchema } from '../../../shared/clients';
import { IdParamSchema, OkSchema } from '../../../shared/common';
import { requireActor, requireClient, requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import {
  checkinDetail,
  clientCheckins,
  myCheckins,
  reviewCheckin,
  reviewInbox,
  submitCheckin,
  type CheckinsDeps,
} from './checkins.service';
import { changeForm, createForm, createSchedule, form, forms, schedules, stopSchedule } from './checkin-forms.service';
import { changeHabit, clientHabits, createHabit, logHabit, removeHabit } from './habits.service';

const tags = ['Check-ins'];
const habitTags = ['Habits'];
const errors = errorResponses(400, 401, 403, 404, 409);

const FormListSchema = z.object({ items: z.array(CheckinFormSchema) }).meta({ id: 'CheckinFormList' });
const ScheduleListSchema = z.object({ items: z.array(CheckinScheduleSchema) }).meta({ id: 'CheckinScheduleList' });
const HabitListSchema = z.object({ items: z.array(HabitSchema) }).meta({ id: 'HabitList' });
const MyCheckinsSchema = z.object({ current: z.array(CheckinSchema), coachReplyHours: z.number().nullable() }).meta({ id: 'MyCheckins' });
const ClientCheckinsSchema = z.object({ current: z.array(CheckinSchema), history: z.array(CheckinSchema) }).meta({ id: 'ClientCheckins' });
const ReviewQueueSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        clientId: z.string(),
        clientName: z.string(),
        formName: z.string(),
        dueDate: z.string(),
        submittedAt: z.string(),
        waitingHours: z.number(),
      }),
    ),
    coachReplyHours: z.number().nullable(),
  })
  .meta({ id: 'CheckinReviewQueue' });
const CheckinDetailSchema = z
  .object({
    checkin: CheckinSchema,
    previous: CheckinSchema.nullable(),
    context: z.object({
      weight: z.array(z.object({ date: z.string(), kg: z.number(), averageKg: z.number() })),
      units: z.enum(['kg', 'lb']),
      compliance: z.object({ d7: z.number().nullable(), d30: z.number().nullable(), d90: z.number().nullable() }),
      habits: z.array(HabitSchema),
    }),
  })
  .meta({ id: 'CheckinDetail' });
const ScheduleQuerySchema = z.object({ clientId: z.uuid('Not a valid id').optional() });
const HabitDayParamSchema = z.object({ id: z.uuid('Not a valid id'), date: IsoDateSchema });

/** /api/checkin-forms — the trainer's forms. */
export function checkinFormRoutes(deps: CheckinsDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'Check-in forms (trainer)',
        responses: { 200: json(FormListSchema, 'Forms'), ...errors },
      }),
      async (c) => {
        requireTrainer(c);
        return c.json(await forms(deps), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        summary: 'Build a check-in form: questions of each type, required ones marked (trainer)',
        request: body(SaveFormSchema),
        responses: { 201: json(CheckinFormSchema, 'Created'), ...errors },
      }),
      async (c) => c.json(await createForm(deps, requireTrainer(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}',
        tags,
        summary: 'One form (trainer)',
        request: { params: IdParamSchema },
        responses: { 200: json(CheckinFormSchema, 'Form'), ...errors },
      }),
      async (c) => {
        requireTrainer(c);
        return c.json(await form(deps, c.req.valid('param').id), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}',
        tags,
        summary: 'Change a form (check-ins already sent keep the questions they answered) or archive it (trainer)',
        request: { params: IdParamSchema, ...body(SaveFormSchema) },
        responses: { 200: json(CheckinFormSchema, 'Saved'), ...errors },
      }),
      async (c) => c.json(await changeForm(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}

/** /api/checkin-schedules — when forms are due, per client or for everyone (trainer). */
export function checkinScheduleRoutes(deps: CheckinsDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'Running schedules (for one client: theirs and the all-clients ones)',
        request: { query: ScheduleQuerySchema },
        responses: { 200: json(ScheduleListSchema, 'Schedules'), ...errors },
      }),
      async (c) => {
        requireTrainer(c);
        return c.json(await schedules(deps, c.req.valid('query').clientId ?? null), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        summary: 'Schedule a form: weekly on a weekday, every N days, or once; for one client or all',
        request: body(SaveScheduleSchema),
        responses: { 201: json(CheckinScheduleSchema, 'Scheduled'), ...errors },
      }),
      async (c) => c.json((await createSchedule(deps, requireTrainer(c), c.req.valid('json'))) satisfies CheckinSchedule, 201),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Stop a schedule (check-ins already sent stay)',
        request: { params: IdParamSchema },
        responses: { 200: json(OkSchema, 'Stopped'), ...errors },
      }),
      async (c) => {
        await stopSchedule(deps, requireTrainer(c), c.req.valid('param').id);
        return c.json({ ok: true as const }, 200);
      },
    );
}

/** /api/me/checkins — the signed-in client's check-ins. */
export function myCheckinRoutes(deps: CheckinsDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: "What is due now (upcoming, due, overdue, or sent and read), and the coach's typical reply time",
        responses: { 200: json(MyCheckinsSchema, 'Check-ins'), ...errors },
      }),
      async (c) => c.json(await myCheckins(deps, requireClient(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        summary: 'Send a check-in; every answer is checked against its question (400 names `answers.<questionId>`)',
        request: body(SubmitCheckinSchema),
        responses: { 201: json(CheckinSchema, 'Sent'), ...errors },
      }),
      async (c) => c.json(await submitCheckin(deps, requireClient(c), c.req.valid('json')), 201),
    );
}

/** /api/checkins — the review inbox and single check-ins. */
export function checkinRoutes(deps: CheckinsDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/review-queue',
        tags,
        summary: 'Check-ins waiting for review, oldest first (trainer)',
        responses: { 200: json(ReviewQueueSchema, 'Waiting'), ...errors },
      }),
      async (c) => {
        requireTrainer(c);
        return c.json(await reviewInbox(deps), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}',
        tags,
        summary: 'A check-in with the previous answers to the same form, the weight trend, compliance and habits',
        request: { params: IdParamSchema },
        responses: { 200: json(CheckinDetailSchema, 'Check-in'), ...errors },
      }),
      async (c) => c.json(await checkinDetail(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/review',
        tags,
        summary: 'Mark reviewed, with a reply that reaches the client as a message about this check-in (trainer)',
        request: { params: IdParamSchema, ...body(ReviewCheckinSchema) },
        responses: { 200: json(CheckinSchema, 'Reviewed'), ...errors },
      }),
      async (c) => c.json(await reviewCheckin(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}

/** Under /api/clients/{id}: a client's check-ins and habits (that client, or the trainer). */
export function clientCheckinRoutes(deps: CheckinsDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/checkins',
        tags,
        summary: 'Current check-ins and the history of sent ones, newest first',
        request: { params: IdParamSchema },
        responses: { 200: json(ClientCheckinsSchema, 'Check-ins'), ...errors },
      }),
      async (c) => c.json(await clientCheckins(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/habits',
        tags: habitTags,
        summary: 'Habits with streaks and 7/30-day compliance',
        request: { params: IdParamSchema },
        responses: { 200: json(HabitListSchema, 'Habits'), ...errors },
      }),
      async (c) => c.json(await clientHabits(deps, requireActor(c), c.req.valid('param').id, true), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/habits',
        tags: habitTags,
        summary: 'Assign a habit: yes/no or a number with a target, daily or weekly (trainer)',
        request: { params: IdParamSchema, ...body(SaveHabitSchema) },
        responses: { 201: json(HabitSchema, 'Assigned'), ...errors },
      }),
      async (c) => c.json(await createHabit(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 201),
    );
}

/** /api/habits/{id} — change or remove a habit (trainer). */
export function habitRoutes(deps: CheckinsDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}',
        tags: habitTags,
        summary: 'Change or archive a habit (trainer)',
        request: { params: IdParamSchema, ...body(SaveHabitSchema) },
        responses: { 200: json(HabitSchema, 'Saved'), ...errors },
      }),
      async (c) => c.json(await changeHabit(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags: habitTags,
        summary: 'Delete a habit and its log (trainer)',
        request: { params: IdParamSchema },
        responses: { 200: json(OkSchema, 'Deleted'), ...errors },
      }),
      async (c) => {
        await removeHabit(deps, requireTrainer(c), c.req.valid('param').id);
        return c.json({ ok: true as const }, 200);
      },
    );
}

/** /api/me/habits/{id}/days/{date} — the client ticks a habit or enters its number. */
export function myHabitRoutes(deps: CheckinsDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}/days/{date}',
        tags: habitTags,
        summary: 'Log a habit for a day (yes = 1, or the number); logging again replaces it',
        request: { params: HabitDayParamSchema, ...body(LogHabitSchema) },
        responses: { 200: json(HabitSchema, 'Logged'), ...errors },
      }),
      async (c) => {
        const { id, date } = c.req.valid('param');
        return c.json(await logHabit(deps, requireClient(c), id, date, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/days/{date}',
        tags: habitTags,
        summary: "Clear a day's log",
        request: { params: HabitDayParamSchema },
        responses: { 200: json(HabitSchema, 'Cleared'), ...errors },
      }),
      async (c) => {
        const { id, date } = c.req.valid('param');
        return c.json(await logHabit(deps, requireClient(c), id, date, null), 200);
      },
    );
}
