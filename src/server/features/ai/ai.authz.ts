import { clientsOnly, ownOrTrainer, trainerOnly, type AuthzCtx, type AuthzRows } from '../../../../tests/setup/authz';

/** A message client A sent the assistant (a red flag, answered even with AI off), made once. */
const questionOfA = async (ctx: AuthzCtx) => {
  if (!ctx.scratch.aiQuestion) {
    const a = await ctx.asClientA();
    const res = await a.raw('POST', '/api/me/assistant/messages', { text: 'I felt dizzy after squats' });
    await res.text();
    const state = await a.get('/api/me/assistant');
    ctx.scratch.aiQuestion = (state.body.messages as { id: string; role: string }[]).find((m) => m.role === 'user')!.id;
  }
  return ctx.scratch.aiQuestion;
};

/** The assistant is the client's own; the trainer reads any client's conversation and the usage page. */
export const aiAuthz: AuthzRows = {
  'GET /api/me/assistant': { expect: clientsOnly() },
  'POST /api/me/assistant/messages': { expect: clientsOnly(), body: () => ({ text: 'I feel dizzy today' }) },
  'POST /api/me/assistant/handoff': {
    expect: { anonymous: 401, clientA: 201, clientB: 404, trainer: 403 },
    body: async (ctx) => ({ messageId: await questionOfA(ctx) }),
  },
  'GET /api/clients/:id/assistant': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/assistant` },
  'GET /api/ai/usage': { expect: trainerOnly() },
  // The matrix runs with AI off (the "AI off" persona): the trainer is told it is not switched on.
  'POST /api/clients/:id/ai/program-draft': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 409 },
    path: (ctx) => `/api/clients/${ctx.clientAId}/ai/program-draft`,
    body: () => ({ weeks: 4, workoutsPerWeek: 3 }),
  },
};
