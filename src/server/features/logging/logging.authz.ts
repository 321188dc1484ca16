import { randomUUID } from 'node:crypto';
import { builtInExerciseIds, STAPLES } from '../../../../tests/factories/programs';
import { clientsOnly, ownOrTrainer, signedIn, type AuthzCtx, type AuthzRows, type Persona } from '../../../../tests/setup/authz';

/** Sessions belong to the client who started them: each client persona logs into its own. */
const startedAt = '2026-01-05T10:00:00Z';
const ownSession = (ctx: AuthzCtx, persona: Persona): string => {
  if (persona !== 'clientA' && persona !== 'clientB') return randomUUID();
  ctx.scratch[persona] ??= randomUUID();
  return ctx.scratch[persona];
};
/** A session of client A's, logged through the database's owner (A), for reads. */
const sessionOfA = (ctx: AuthzCtx) => ctx.scratch.sessionOfA!;
const squat = async (ctx: AuthzCtx) => (ctx.scratch.squat ??= (await builtInExerciseIds(ctx.db, STAPLES.slice(0, 1)))[0]!);
const set = async (ctx: AuthzCtx) => ({
  exerciseId: await squat(ctx),
  position: 0,
  setNumber: 1,
  weight: 50,
  reps: 5,
  loggedAt: startedAt,
});

/**
 * A client's own routes: each client writes to their own session (B's id differs from A's), so
 * both answer 200 and the trainer, who logs no workouts, 403. Reads of A's history: A and the trainer.
 */
export const loggingAuthz: AuthzRows = {
  'GET /api/me/sessions/active': { expect: clientsOnly() },
  'PUT /api/me/sessions/:id': {
    expect: { anonymous: 401, clientA: 201, clientB: 201, trainer: 403 },
    path: (ctx, persona) => `/api/me/sessions/${ownSession(ctx, persona)}`,
    body: () => ({ name: 'Push', startedAt }),
  },
  'DELETE /api/me/sessions/:id': {
    // Nothing started under a fresh id: "not found" for clients, the trainer is refused first.
    expect: { anonymous: 401, clientA: 404, clientB: 404, trainer: 403 },
    path: () => `/api/me/sessions/${randomUUID()}`,
  },
  'PUT /api/me/sessions/:id/sets/:setId': {
    expect: { anonymous: 401, clientA: 200, clientB: 200, trainer: 403 },
    path: (ctx, persona) => `/api/me/sessions/${ownSession(ctx, persona)}/sets/${randomUUID()}`,
    body: (ctx) => set(ctx),
  },
  'DELETE /api/me/sessions/:id/sets/:setId': {
    expect: { anonymous: 401, clientA: 200, clientB: 200, trainer: 403 },
    path: (ctx, persona) => `/api/me/sessions/${ownSession(ctx, persona)}/sets/${randomUUID()}`,
  },
  'POST /api/me/sessions/:id/finish': {
    expect: { anonymous: 401, clientA: 200, clientB: 200, trainer: 403 },
    path: (ctx, persona) => `/api/me/sessions/${ownSession(ctx, persona)}/finish`,
    body: () => ({ finishedAt: '2026-01-05T11:00:00Z' }),
  },
  'GET /api/sessions/:id': {
    expect: ownOrTrainer(),
    path: (ctx) => `/api/sessions/${sessionOfA(ctx)}`,
  },
  'GET /api/clients/:id/sessions': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/sessions` },
  'GET /api/clients/:id/records': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/records` },
  'GET /api/clients/:id/exercises/:exerciseId/history': {
    expect: ownOrTrainer(),
    path: async (ctx) => `/api/clients/${ctx.clientAId}/exercises/${await squat(ctx)}/history`,
  },
  'GET /api/exercises/:id/alternatives': { expect: signedIn(), path: async (ctx) => `/api/exercises/${await squat(ctx)}/alternatives` },
};
