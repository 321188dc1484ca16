import { ownOrTrainer, signedIn, trainerOnly, type AuthzCtx, type AuthzRows } from '../../../../tests/setup/authz';

/** A measurement of client A's, entered by the trainer (edit/delete rows act on it). */
const measurementOfA = async (ctx: AuthzCtx) => {
  const res = await ctx.trainer.post(`/api/clients/${ctx.clientAId}/measurements`, {
    date: '2026-01-05',
    entries: [{ metric: 'waist', value: 80 + Math.random() * 5, unit: 'cm' }],
  });
  return res.body.items[0].id as string;
};
const definition = async (ctx: AuthzCtx) =>
  (ctx.scratch.metric ??= (await ctx.trainer.post('/api/metrics', { name: 'Resting heart rate', unit: 'bpm', higherIsBetter: false })).body
    .id as string);

export const progressAuthz: AuthzRows = {
  'GET /api/clients/:id/measurements': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/measurements` },
  'POST /api/clients/:id/measurements': {
    expect: ownOrTrainer(201),
    path: (ctx) => `/api/clients/${ctx.clientAId}/measurements`,
    body: () => ({ date: '2026-01-06', entries: [{ metric: 'weight', value: 80, unit: 'kg' }] }),
  },
  'GET /api/clients/:id/charts/metric': {
    expect: ownOrTrainer(),
    path: (ctx) => `/api/clients/${ctx.clientAId}/charts/metric?metric=weight`,
  },
  'PUT /api/measurements/:id': {
    expect: ownOrTrainer(),
    path: async (ctx) => `/api/measurements/${await measurementOfA(ctx)}`,
    // Each persona moves its own entry to its own day (one value per metric and day).
    body: (_ctx, persona) => ({
      value: 81,
      unit: 'cm',
      date: { anonymous: '2026-01-01', clientA: '2026-01-02', clientB: '2026-01-03', trainer: '2026-01-04' }[persona],
    }),
  },
  'DELETE /api/measurements/:id': { expect: ownOrTrainer(), path: async (ctx) => `/api/measurements/${await measurementOfA(ctx)}` },
  'GET /api/metrics': { expect: signedIn() },
  'POST /api/metrics': { expect: trainerOnly(201), body: () => ({ name: 'Grip strength', unit: 'kg' }) },
  'PUT /api/metrics/:id': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/metrics/${await definition(ctx)}`,
    body: () => ({ name: 'Resting HR', unit: 'bpm', higherIsBetter: false }),
  },
};
