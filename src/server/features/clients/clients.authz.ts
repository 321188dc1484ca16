import { buildClient, buildOnboarding, createInvitedClient, createJoinedClient } from '../../../../tests/factories/clients';
import { all, clientsOnly, ownOrTrainer, trainerOnly, type AuthzCtx, type AuthzRows } from '../../../../tests/setup/authz';

const freshJoined = async (ctx: AuthzCtx) => (await createJoinedClient(ctx.app, ctx.trainer)).client.id as string;
const freshInvited = async (ctx: AuthzCtx) => (await createInvitedClient(ctx.trainer)).client.id as string;

export const clientsAuthz: AuthzRows = {
  'GET /api/invitations/:token': { expect: all(404), path: () => '/api/invitations/unknown-token-unknown-token-123' },
  'POST /api/invitations/:token/accept': {
    expect: all(404),
    path: () => '/api/invitations/unknown-token-unknown-token-123/accept',
    body: () => ({ password: 'some-password-1' }),
  },
  'GET /api/me/client': { expect: clientsOnly() },
  'PUT /api/me/onboarding': { expect: clientsOnly(), body: () => buildOnboarding() },
  'GET /api/clients': { expect: trainerOnly() },
  'GET /api/clients/tags': { expect: trainerOnly() },
  'POST /api/clients': { expect: trainerOnly(201), body: () => buildClient() },
  'GET /api/clients/:id': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}` },
  'PATCH /api/clients/:id': { expect: trainerOnly(), path: (ctx) => `/api/clients/${ctx.clientAId}`, body: () => ({ note: 'Checked' }) },
  'POST /api/clients/:id/pause': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/clients/${await freshJoined(ctx)}/pause`,
    body: () => ({ reason: 'vacation' }),
  },
  'POST /api/clients/:id/resume': {
    expect: trainerOnly(),
    path: async (ctx) => {
      const id = await freshJoined(ctx);
      await ctx.trainer.post(`/api/clients/${id}/pause`, { reason: 'injury' });
      return `/api/clients/${id}/resume`;
    },
  },
  'POST /api/clients/:id/archive': { expect: trainerOnly(), path: async (ctx) => `/api/clients/${await freshInvited(ctx)}/archive` },
  'POST /api/clients/:id/restore': {
    expect: trainerOnly(),
    path: async (ctx) => {
      const id = await freshInvited(ctx);
      await ctx.trainer.post(`/api/clients/${id}/archive`);
      return `/api/clients/${id}/restore`;
    },
  },
  'POST /api/clients/:id/invitation': { expect: trainerOnly(), path: async (ctx) => `/api/clients/${await freshInvited(ctx)}/invitation` },
  'DELETE /api/clients/:id/invitation': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/clients/${await freshInvited(ctx)}/invitation`,
  },
};
