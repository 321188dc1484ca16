import { ownOrTrainer, signedIn, trainerOnly, type AuthzCtx, type AuthzRows, type Expect } from '../../../../tests/setup/authz';

/** A message the trainer sent in client A's conversation (sender-only rules: messages.test.ts). */
const trainerMessageToA = async (ctx: AuthzCtx) => {
  const res = await ctx.trainer.post(`/api/clients/${ctx.clientAId}/messages`, { body: 'From the coach' });
  return res.body.id as string;
};

/** Only the sender may edit or delete: here the trainer sent it. */
const senderOnly: Expect = { anonymous: 401, clientA: 403, clientB: 404, trainer: 200 };

export const messagesAuthz: AuthzRows = {
  'GET /api/clients/:id/messages': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/messages` },
  'POST /api/clients/:id/messages': {
    expect: ownOrTrainer(201),
    path: (ctx) => `/api/clients/${ctx.clientAId}/messages`,
    body: () => ({ body: 'Hello' }),
  },
  'POST /api/clients/:id/messages/read': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/messages/read` },
  'PUT /api/clients/:id/conversation': {
    expect: trainerOnly(),
    path: (ctx) => `/api/clients/${ctx.clientAId}/conversation`,
    body: () => ({ needsReply: true }),
  },
  'GET /api/messages/unread': { expect: signedIn() },
  'POST /api/messages/broadcast': { expect: trainerOnly(201), body: () => ({ body: 'Gym closed Friday' }) },
  'GET /api/messages/conversations': { expect: trainerOnly() },
  'GET /api/messages/search': { expect: trainerOnly(), path: () => '/api/messages/search?q=hello' },
  'PATCH /api/messages/:id': {
    expect: senderOnly,
    path: async (ctx) => `/api/messages/${await trainerMessageToA(ctx)}`,
    body: () => ({ body: 'Edited' }),
  },
  'DELETE /api/messages/:id': { expect: senderOnly, path: async (ctx) => `/api/messages/${await trainerMessageToA(ctx)}` },
  'POST /api/messages/:id/pin': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 200 },
    path: async (ctx) => `/api/messages/${await trainerMessageToA(ctx)}/pin`,
  },
  'DELETE /api/messages/:id/pin': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 200 },
    path: async (ctx) => `/api/messages/${await trainerMessageToA(ctx)}/pin`,
  },
};
