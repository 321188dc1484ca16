import { clientsOnly, ownOrTrainer, trainerOnly, type AuthzCtx, type AuthzRows } from '../../../../tests/setup/authz';

/** A check-in client A sent (a one-off form due today), made once. */
const checkinOfA = async (ctx: AuthzCtx) => {
  if (!ctx.scratch.aiCheckin) {
    const form = await ctx.trainer.post('/api/checkin-forms', {
      name: 'AI draft form',
      questions: [{ id: 'q', type: 'short_text', prompt: 'How was it?' }],
    });
    const today = new Date(ctx.now()).toISOString().slice(0, 10);
    const schedule = await ctx.trainer.post('/api/checkin-schedules', {
      formId: form.body.id,
      clientId: ctx.clientAId,
      kind: 'once',
      startDate: today,
    });
    const a = await ctx.asClientA();
    const sent = await a.post('/api/me/checkins', { scheduleId: schedule.body.id, dueDate: today, answers: { q: 'Good' } });
    if (sent.status !== 201) throw new Error(`check-in failed: ${sent.status} ${JSON.stringify(sent.body)}`);
    ctx.scratch.aiCheckin = sent.body.id as string;
  }
  return ctx.scratch.aiCheckin;
};

/** A message client A sent the assistant (a red flag, answered even with AI off), made once. */
const questionOfA = async (ctx: AuthzCtx) => {
  if (!ctx.scratch.aiQuestion) {
    const a = await ctx.asClientA();
    const res = await a.raw('POST', '/api/me/assistant/messages', { text: 'I felt dizzy after squats' });
    await res.text();
    const state = await a.get('/api/me/assistant');
    const messages = state.body.messages as { id: string; role: string }[];
    ctx.scratch.aiQuestion = messages.find((m) => m.role === 'user')!.id;
    ctx.scratch.aiAnswer = messages.find((m) => m.role === 'assistant')!.id;
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
  // The answer to a red flag proposes nothing: A is told so (400), B cannot see it (404).
  'POST /api/me/assistant/messages/:id/confirm': {
    expect: { anonymous: 401, clientA: 400, clientB: 404, trainer: 403 },
    path: async (ctx) => {
      await questionOfA(ctx);
      return `/api/me/assistant/messages/${ctx.scratch.aiAnswer}/confirm`;
    },
    body: () => ({ index: 0 }),
  },
  // AI is off in the matrix: the trainer is told so (409) once A is found; clients are refused first.
  'POST /api/clients/:id/ai/meal-plan-draft': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 409 },
    path: (ctx) => `/api/clients/${ctx.clientAId}/ai/meal-plan-draft`,
    body: () => ({ day: 'training' }),
  },
  'GET /api/me/ai-consent': { expect: clientsOnly() },
  'PUT /api/me/ai-consent': { expect: clientsOnly(), body: () => ({ optOut: false }) },
  'GET /api/clients/:id/assistant': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/assistant` },
  'GET /api/ai/usage': { expect: trainerOnly() },
  // The matrix runs with AI off (the "AI off" persona): the trainer is told it is not switched on.
  'POST /api/clients/:id/ai/reply-suggestions': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 409 },
    path: (ctx) => `/api/clients/${ctx.clientAId}/ai/reply-suggestions`,
  },
  'POST /api/ai/follow-up': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 404 },
    body: () => ({ key: 'inactive:00000000-0000-0000-0000-000000000000:x' }),
  },
  'GET /api/clients/:id/ai/insight': { expect: trainerOnly(), path: (ctx) => `/api/clients/${ctx.clientAId}/ai/insight` },
  // A check-in of A's: the trainer is told AI is off; clients are refused before the check-in is looked up.
  'POST /api/checkins/:id/ai/draft': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 409 },
    path: async (ctx) => `/api/checkins/${await checkinOfA(ctx)}/ai/draft`,
  },
  'POST /api/clients/:id/ai/program-draft': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 409 },
    path: (ctx) => `/api/clients/${ctx.clientAId}/ai/program-draft`,
    body: () => ({ weeks: 4, workoutsPerWeek: 3 }),
  },
};
