import { buildCustomExercise, createCustomExercise, findExerciseId } from '../../../../tests/factories/exercises';
import { signedIn, trainerOnly, type AuthzCtx, type AuthzRows } from '../../../../tests/setup/authz';

/** A fresh custom exercise per call, so one persona's archive cannot change the next one's answer. */
const fresh = async (ctx: AuthzCtx) => (await createCustomExercise(ctx.trainer)).id;

export const exercisesAuthz: AuthzRows = {
  'GET /api/exercises': { expect: signedIn(), path: () => '/api/exercises?q=db%20curl&muscle=biceps' },
  'GET /api/exercises/:id': {
    expect: signedIn(),
    path: async (ctx) => `/api/exercises/${await findExerciseId(ctx.trainer, 'Barbell_Squat')}`,
  },
  'POST /api/exercises': { expect: trainerOnly(201), body: () => buildCustomExercise() },
  'PATCH /api/exercises/:id': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/exercises/${await findExerciseId(ctx.trainer, 'Goblet_Squat')}`,
    body: () => ({ cues: 'Elbows inside the knees' }),
  },
  'POST /api/exercises/:id/archive': { expect: trainerOnly(), path: async (ctx) => `/api/exercises/${await fresh(ctx)}/archive` },
  'POST /api/exercises/:id/restore': {
    expect: trainerOnly(),
    path: async (ctx) => {
      const id = await fresh(ctx);
      await ctx.trainer.post(`/api/exercises/${id}/archive`);
      return `/api/exercises/${id}/restore`;
    },
  },
};
