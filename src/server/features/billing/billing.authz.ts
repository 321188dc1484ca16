import { all, ownOrTrainer, trainerOnly, type AuthzCtx, type AuthzRows } from '../../../../tests/setup/authz';

const PLAN = { name: 'Monthly coaching', amountCents: 4900, currency: 'eur', interval: 'month' };

/** A plan of the trainer's (without Stripe in the matrix app: a local plan, manual billing). */
const plan = async (ctx: AuthzCtx) => (ctx.scratch.plan ??= (await ctx.trainer.post('/api/plans', PLAN)).body.id as string);

/**
 * Plans are the trainer's (the public list is anyone's); a client's billing is theirs and the
 * trainer's; the webhook answers Stripe only (503 here: Stripe is not configured in this app).
 */
export const billingAuthz: AuthzRows = {
  'GET /api/plans': { expect: trainerOnly() },
  'GET /api/plans/public': { expect: all(200) },
  'POST /api/plans': { expect: trainerOnly(201), body: () => PLAN },
  'PUT /api/plans/:id': {
    expect: trainerOnly(),
    path: async (ctx) => `/api/plans/${await plan(ctx)}`,
    body: () => ({ ...PLAN, name: 'Monthly' }),
  },
  'GET /api/clients/:id/billing': { expect: ownOrTrainer(), path: (ctx) => `/api/clients/${ctx.clientAId}/billing` },
  'POST /api/clients/:id/plan': {
    expect: trainerOnly(),
    path: (ctx) => `/api/clients/${ctx.clientBId}/plan`,
    body: async (ctx) => ({ planId: await plan(ctx), manual: true }),
  },
  // No card payment to manage without Stripe: 409 for a client; the trainer has no portal.
  'POST /api/me/billing/portal': { expect: { anonymous: 401, clientA: 409, clientB: 409, trainer: 403 } },
  'POST /api/billing/webhook': { expect: all(503) },
  'GET /api/revenue': { expect: trainerOnly() },
  // Discount codes live in Stripe: without it, 409 for the trainer.
  'GET /api/coupons': { expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 409 } },
  'POST /api/coupons': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 409 },
    body: () => ({ code: 'SPRING20', percentOff: 20, duration: 'once' }),
  },
  'DELETE /api/coupons/:id': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 409 },
    path: () => '/api/coupons/promo_test000001',
  },
  // Anyone may start a checkout from the plans page; without Stripe it is not possible (409).
  'POST /api/plans/:id/checkout': {
    expect: all(409),
    path: async (ctx) => `/api/plans/${await plan(ctx)}/checkout`,
    body: () => ({ name: 'Pat Prospect', email: 'pat@example.com' }),
  },
  'GET /api/plans/welcome/:sessionId': { expect: all(200), path: () => '/api/plans/welcome/cs_test_unknown0001' },
  // Without Stripe there is nothing to reconcile (409) and no card payment to refund (404: none exists).
  'POST /api/revenue/reconcile': { expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 409 } },
  'POST /api/payments/:id/refund': {
    expect: { anonymous: 401, clientA: 403, clientB: 403, trainer: 404 },
    path: () => '/api/payments/00000000-0000-4000-8000-000000000000/refund',
    body: () => ({}),
  },
};
