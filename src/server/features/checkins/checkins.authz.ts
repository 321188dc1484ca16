import { clientsOnly, ownOrTrainer, trainerOnly, type AuthzCtx, type AuthzRows, type Persona } from '../../../../tests/setup/authz';

const QUESTIONS = [
  { id: 'energy', type: 'scale_5', prompt: 'Energy?', required: true },
  { id: 'notes', type: 'short_text', prompt: 'Anything else?' },
];

/** One form and an all-clients schedule due every day from 1 January (made once). */
const everyday = async (ctx: AuthzCtx) => {
  if (!ctx.scratch.schedule) {
    const form = await ctx.trainer.post('/api/checkin-forms', { name: 'Daily pulse', questions: QUESTIONS });
    ctx.scratch.form = form.body.id as string;
    const schedule = await ctx.trainer.post('/api/checkin-schedules', {
      formId: form.body.id,
      clientId: null,
      kind: 'every_n_days',
      everyDays: 1,
      startDate: '2026-01-01',
    });
    if (schedule.status !== 201) throw new Error(`schedule failed: ${schedule.status} ${JSON.stringify(schedule.body)}`);
    ctx.scratch.schedule = schedule.body.id as string;
  }
  return { form: ctx.scratch.form!, schedule: ctx.scratch.schedule };
};

/** A check-in client A sent (a new one for each call: the first due day not yet answered). */
const checkinOfA = async (ctx: AuthzCtx) => {
  const { schedule } = await everyday(ctx);
  const a = await ctx.asClientA();
  const today = new Date(ctx.now()).toISOString().slice(0, 10);
  for (let back = 0; back < 14; back++) {
    const dueDate = new Date(Date.parse(`${today}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
    const res = await a.post('/api/me/checkins', { scheduleId: schedule, dueDate, answers: { energy: 4 } });
    if (res.status === 201) return res.body.id as string;
  }
  throw new Error('no free day for a check-in of A');
};

const habitOfA = async (ctx: AuthzCtx) =>
  (await ctx.trainer.post(`/api/clients/${ctx.clientAId}/habits`, { name: 'Walk', kind: 'yes_no', startDate: '2026-01-01' })).body
    .id as string;

const yesterday = (ctx: AuthzCtx) => new Date(ctx.now() - 86_400_000).toISOString().slice(0, 10);

/** Forms and schedules are the trainer's; a check-in and a habit are one client's (A and the trainer, never B). */
export const checkinsAuthz: AuthzRows = {
  'GET /api/checkin-forms': { expect: trainerOnly() },
  'POST /api/checkin-forms': { expect: trainerOnly(201), body: () => ({ name: 'Weekly', questions: QUESTIONS }) },
  'GET /api/checkin-forms/:id': { expect: trainerOnly(), path: async (ctx) => `/api/checkin-forms/${(await everyday(ctx)).form}` },
  'PUT /api/checkin-forms/:id': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/checkin-forms/${(await everyday(ctx)).form}`,
    body: () => ({ name: 'Daily pulse', questions: QUESTIONS }),
  },
  'GET /api/checkin-schedules': { expect: trainerOnly() },
  'POST /api/checkin-schedules': {
    expect: trainerOnly(201),
    body: async (ctx) => ({
      formId: (await everyday(ctx)).form,
      clientId: ctx.clientAId,
      kind: 'weekly',
      weekday: 1,
      startDate: '2026-01-05',
    }),
  },
  'DELETE /api/checkin-schedules/:id': {
    expect: trainerOnly(),
    path: async (ctx) => {
      const { form } = await everyday(ctx);
      const res = await ctx.trainer.post('/api/checkin-schedules', {
        formId: form,
        clientId: ctx.clientAId,
        kind: 'once',
        startDate: '2026-02-01',
      });
      return `/api/checkin-schedules/${res.body.id}`;
    },
  },
  'GET /api/me/checkins': { expect: clientsOnly() },
  'POST /api/me/checkins': {
    // Each client answers its own occurrence; the trainer answers nothing.
    expect: { anonymous: 401, clientA: 201, clientB: 201, trainer: 403 },
    path: async (ctx) => {
      await everyday(ctx);
      return '/api/me/checkins';
    },
    body: (ctx, persona: Persona) => ({
      scheduleId: ctx.scratch.schedule,
      dueDate: new Date(ctx.now() - (persona === 'clientA' ? 1 : 2) * 86_400_000).toISOString().slice(0, 10),
      answers: { energy: 3 },
    }),
  },
  'GET /api/checkins/review-queue': { expect: trainerOnly() },
  'GET /api/checkins/:id': { expect: ownOrTrainer(), path: async (ctx) => `/api/checkins/${await checkinOfA(ctx)}` },
  'POST /api/checkins/:id/review': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 200 },
    path: async (ctx) => `/api/checkins/${await checkinOfA(ctx)}/review`,
    body: () => ({ reply: 'Thanks!' }),
  },
  'GET /api/clients/:id/checkins': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/checkins` },
  'GET /api/clients/:id/habits': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/habits` },
  'POST /api/clients/:id/habits': {
    expect: trainerOnly(201),
    path: (ctx) => `/api/clients/${ctx.clientAId}/habits`,
    body: () => ({ name: 'Sleep 8 hours', kind: 'numeric', target: 8, unit: 'h', startDate: '2026-01-01' }),
  },
  'PUT /api/habits/:id': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/habits/${await habitOfA(ctx)}`,
    body: () => ({ name: 'Walk 30 minutes', kind: 'yes_no', startDate: '2026-01-01' }),
  },
  'DELETE /api/habits/:id': { expect: trainerOnly(), path: async (ctx) => `/api/habits/${await habitOfA(ctx)}` },
  'PUT /api/me/habits/:id/days/:date': {
    // Only A's own habit: B gets 404 like a missing one, the trainer cannot tick for a client.
    expect: { anonymous: 401, clientA: 200, clientB: 404, trainer: 403 },
    path: async (ctx) => `/api/me/habits/${await habitOfA(ctx)}/days/${yesterday(ctx)}`,
    body: () => ({ value: 1 }),
  },
  'DELETE /api/me/habits/:id/days/:date': {
    expect: { anonymous: 401, clientA: 200, clientB: 404, trainer: 403 },
    path: async (ctx) => `/api/me/habits/${await habitOfA(ctx)}/days/${yesterday(ctx)}`,
  },
};
