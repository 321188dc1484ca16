import { builtInExerciseIds, STAPLES } from '../../../../tests/factories/programs';
import { ownOrTrainer, type AuthzCtx, type AuthzRows } from '../../../../tests/setup/authz';

const squat = async (ctx: AuthzCtx) => (ctx.scratch.squat ??= (await builtInExerciseIds(ctx.db, STAPLES.slice(0, 1)))[0]!);

/** Client A's charts: A and the trainer read them, B gets 404 as for a missing client. */
export const trainingChartsAuthz: AuthzRows = {
  'GET /api/clients/:id/charts/exercise': {
    expect: ownOrTrainer(),
    path: async (ctx) => `/api/clients/${ctx.clientAId}/charts/exercise?exerciseId=${await squat(ctx)}`,
  },
  'GET /api/clients/:id/charts/volume': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/charts/volume` },
  'GET /api/clients/:id/charts/adherence': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/charts/adherence` },
  'GET /api/clients/:id/charts/activity': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/charts/activity` },
};
