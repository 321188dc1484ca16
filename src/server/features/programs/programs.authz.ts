import { buildContent, builtInExerciseIds, STAPLES } from '../../../../tests/factories/programs';
import { clientsOnly, ownOrTrainer, trainerOnly, type AuthzCtx, type AuthzRows, type Expect } from '../../../../tests/setup/authz';

const newTemplate = async (ctx: AuthzCtx) => (await ctx.trainer.post('/api/programs', { name: 'Matrix program', weeks: 1 })).body;

/** A program assigned to client A (so A owns a copy and has calendar entries). */
async function assignedToA(ctx: AuthzCtx) {
  const template = await newTemplate(ctx);
  const { clientAId, trainer } = ctx;
  const res = await trainer.post(`/api/programs/${template.id}/assign`, { clientIds: [clientAId], startDate: '2026-12-07', weekdays: [1] });
  const programId = res.body.assigned[0].programId as string;
  const calendar = await trainer.get(`/api/clients/${clientAId}/calendar?from=2026-12-07&to=2026-12-13`);
  return { templateId: template.id as string, programId, entryId: calendar.body.items[0].id as string };
}

/** Client A with moving allowed: A may move their own workouts; B gets 404; trainer may. */
const movable: Expect = { anonymous: 401, clientA: 200, clientB: 404, trainer: 200 };

export const programsAuthz: AuthzRows = {
  'GET /api/programs': { expect: trainerOnly() },
  'POST /api/programs': { expect: trainerOnly(201), body: () => ({ name: 'New program' }) },
  'GET /api/programs/:id': { expect: ownOrTrainer(), path: async (ctx) => `/api/programs/${(await assignedToA(ctx)).programId}` },
  'PUT /api/programs/:id': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/programs/${(await newTemplate(ctx)).id}`,
    body: () => ({ name: 'Renamed', description: '', tags: [], version: 1, content: { weeks: 1, workouts: [] } }),
  },
  'POST /api/programs/:id/duplicate': {
    expect: trainerOnly(201),
    path: async (ctx) => `/api/programs/${(await newTemplate(ctx)).id}/duplicate`,
  },
  'POST /api/programs/:id/archive': { expect: trainerOnly(), path: async (ctx) => `/api/programs/${(await newTemplate(ctx)).id}/archive` },
  'POST /api/programs/:id/restore': { expect: trainerOnly(), path: async (ctx) => `/api/programs/${(await newTemplate(ctx)).id}/restore` },
  'POST /api/programs/:id/assign': {
    expect: trainerOnly(),
    path: async (ctx) => {
      const template = await newTemplate(ctx);
      const [exerciseId] = await builtInExerciseIds(ctx.db, STAPLES.slice(0, 1));
      await ctx.trainer.put(`/api/programs/${template.id}`, {
        name: template.name,
        description: '',
        tags: [],
        version: 1,
        content: buildContent([exerciseId!], { weeks: 1, perWeek: 1 }),
      });
      return `/api/programs/${template.id}/assign`;
    },
    body: (ctx) => ({ clientIds: [ctx.clientAId], startDate: '2026-12-07', weekdays: [1] }),
  },
  'GET /api/clients/:id/programs': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/programs` },
  'GET /api/clients/:id/calendar': {
    expect: ownOrTrainer(),
    path: (ctx) => `/api/clients/${ctx.clientAId}/calendar?from=2026-12-01&to=2026-12-31`,
  },
  'POST /api/clients/:id/calendar': {
    expect: trainerOnly(201),
    path: async (ctx) => {
      const { programId } = await assignedToA(ctx);
      ctx.scratch.programId = programId;
      return `/api/clients/${ctx.clientAId}/calendar`;
    },
    body: async (ctx) => {
      const program = (await ctx.trainer.get(`/api/programs/${ctx.scratch.programId}`)).body;
      return { date: '2026-12-20', programId: program.id, workoutId: program.content.workouts[0].id };
    },
  },
  'GET /api/scheduled-workouts/:id': {
    expect: ownOrTrainer(),
    path: async (ctx) => `/api/scheduled-workouts/${(await assignedToA(ctx)).entryId}`,
  },
  'PATCH /api/scheduled-workouts/:id': {
    expect: movable,
    path: async (ctx) => {
      await ctx.trainer.patch(`/api/clients/${ctx.clientAId}`, { canMoveWorkouts: true });
      return `/api/scheduled-workouts/${(await assignedToA(ctx)).entryId}`;
    },
    body: () => ({ date: '2026-12-09' }),
  },
  'PUT /api/scheduled-workouts/:id/workout': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 200 },
    path: async (ctx) => {
      const { entryId } = await assignedToA(ctx);
      ctx.scratch.entryId = entryId;
      return `/api/scheduled-workouts/${entryId}/workout`;
    },
    body: async (ctx) => ({ workout: (await ctx.trainer.get(`/api/scheduled-workouts/${ctx.scratch.entryId}`)).body.workout }),
  },
  'DELETE /api/scheduled-workouts/:id/workout': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/scheduled-workouts/${(await assignedToA(ctx)).entryId}/workout`,
  },
  'DELETE /api/scheduled-workouts/:id': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/scheduled-workouts/${(await assignedToA(ctx)).entryId}`,
  },
  'GET /api/me/schedule': { expect: clientsOnly() },
};
