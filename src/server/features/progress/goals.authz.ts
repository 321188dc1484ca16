import sharp from 'sharp';
import { ownOrTrainer, type AuthzCtx, type AuthzRows, type Persona } from '../../../../tests/setup/authz';

const tinyJpeg = async () =>
  new Uint8Array(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#aa6644' } })
      .jpeg()
      .toBuffer(),
  );

const DAYS: Record<Persona, string> = { anonymous: '2026-01-01', clientA: '2026-01-02', clientB: '2026-01-03', trainer: '2026-01-04' };

/** A weight goal of client A's, set by the trainer (edit/delete rows act on it). */
const goalOfA = async (ctx: AuthzCtx) => {
  const res = await ctx.trainer.post(`/api/clients/${ctx.clientAId}/goals`, { kind: 'weight', start: 90, target: 70, unit: 'kg' });
  if (res.status !== 201) throw new Error(`goal failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
};

/** A progress photo of client A's, uploaded by the trainer. */
const photoOfA = async (ctx: AuthzCtx) => {
  const form = new FormData();
  form.append('file', new File([await tinyJpeg()], 'front.jpg'));
  form.append('pose', 'front');
  form.append('date', `2025-12-${String(10 + Math.floor(Math.random() * 18)).padStart(2, '0')}`);
  const res = await ctx.trainer.request('POST', `/api/clients/${ctx.clientAId}/photos`, form);
  if (res.status !== 201) throw new Error(`photo failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; url: string };
};

/** Goals, badges and photos are one client's: A and the trainer, never B (404 like a missing one). */
export const goalsAuthz: AuthzRows = {
  'GET /api/clients/:id/goals': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/goals` },
  'POST /api/clients/:id/goals': {
    expect: ownOrTrainer(201),
    path: (ctx) => `/api/clients/${ctx.clientAId}/goals`,
    body: () => ({ kind: 'weight', start: 95, target: 72, unit: 'kg', deadline: '2027-06-01' }),
  },
  'GET /api/clients/:id/achievements': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/achievements` },
  'GET /api/clients/:id/photos': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/photos` },
  'POST /api/clients/:id/photos': {
    expect: ownOrTrainer(201),
    path: (ctx) => `/api/clients/${ctx.clientAId}/photos`,
    body: async (_ctx, persona) => {
      const form = new FormData();
      form.append('file', new File([await tinyJpeg()], 'side.jpg'));
      form.append('pose', 'side');
      form.append('date', DAYS[persona]);
      return form;
    },
  },
  'PUT /api/goals/:id': {
    expect: ownOrTrainer(),
    path: async (ctx) => `/api/goals/${await goalOfA(ctx)}`,
    body: () => ({ title: 'Lean summer', target: 71, unit: 'kg', deadline: null }),
  },
  'DELETE /api/goals/:id': { expect: ownOrTrainer(), path: async (ctx) => `/api/goals/${await goalOfA(ctx)}` },
  'DELETE /api/photos/:id': { expect: ownOrTrainer(), path: async (ctx) => `/api/photos/${(await photoOfA(ctx)).id}` },
};
