import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { builtInExerciseIds, STAPLES } from '../../../../tests/factories/programs';
import { ownOrTrainer, signedIn, trainerOnly, type AuthzCtx, type AuthzRows } from '../../../../tests/setup/authz';

const clip = () => new File([readFileSync(new URL('../../../../tests/fixtures/squat-3s.mp4', import.meta.url))], 'squat.mp4');

/** A set client A logged (made once per matrix run). */
async function setOfA(ctx: AuthzCtx): Promise<string> {
  if (ctx.scratch.formCheckSet) return ctx.scratch.formCheckSet;
  const a = await ctx.asClientA();
  const sessionId = randomUUID();
  const setId = randomUUID();
  const [squat] = await builtInExerciseIds(ctx.db, STAPLES.slice(0, 1));
  await a.put(`/api/me/sessions/${sessionId}`, { name: 'Lower', startedAt: '2026-01-05T10:00:00Z' });
  const res = await a.put(`/api/me/sessions/${sessionId}/sets/${setId}`, {
    exerciseId: squat,
    position: 0,
    setNumber: 1,
    weight: 60,
    reps: 5,
    loggedAt: '2026-01-05T10:05:00Z',
  });
  if (res.status !== 200) throw new Error(`set failed: ${res.status}`);
  return (ctx.scratch.formCheckSet = setId);
}

/** A fresh form check of client A's (each row that changes or deletes one gets its own). */
async function formCheckOfA(ctx: AuthzCtx): Promise<string> {
  const a = await ctx.asClientA();
  const res = await a.upload('/api/form-checks', { video: clip(), setLogId: await setOfA(ctx) });
  if (res.status !== 201) throw new Error(`form check failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** A's videos: A and the trainer, never B (404 like a missing one); only a client sends one, only the trainer reviews. */
export const formChecksAuthz: AuthzRows = {
  'POST /api/form-checks': {
    // B sends A's set: refused as not in B's log.
    expect: { anonymous: 401, clientA: 201, clientB: 400, trainer: 403 },
    body: async (ctx) => {
      const form = new FormData();
      form.append('video', clip());
      form.append('setLogId', await setOfA(ctx));
      return form;
    },
  },
  'GET /api/form-checks': { expect: signedIn() },
  'GET /api/form-checks/:id': { expect: ownOrTrainer(), path: async (ctx) => `/api/form-checks/${await formCheckOfA(ctx)}` },
  'POST /api/form-checks/:id/comments': {
    expect: ownOrTrainer(201),
    path: async (ctx) => `/api/form-checks/${await formCheckOfA(ctx)}/comments`,
    body: () => ({ body: 'Knees out at 0:02', atMs: 2000 }),
  },
  'PUT /api/form-checks/:id/reviewed': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/form-checks/${await formCheckOfA(ctx)}/reviewed`,
    body: () => ({ reviewed: true }),
  },
  'POST /api/form-checks/:id/first-look': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/form-checks/${await formCheckOfA(ctx)}/first-look`,
  },
  'DELETE /api/form-checks/:id': { expect: ownOrTrainer(204), path: async (ctx) => `/api/form-checks/${await formCheckOfA(ctx)}` },
};
