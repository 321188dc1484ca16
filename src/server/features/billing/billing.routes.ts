import { createRoute, z } from '@hono/zod-openapi';
import { AssignPlanSchema, BillingStatusSchema, PlanSchema, SavePlanSchema } from '../../../shared/billing';
import { IdParamSchema } from '../../../shared/common';
import { requireActor, requireClient, requireTrainer } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import { assignPlan, clientBilling, prospectCheckout, welcome, type BillingDeps } from './billing.service';
import { changePlan, createPlan, plans } from './plans.service';
import { currentSubscription } from './billing.repo';
import { callStripe } from './stripe-client';
import { reconcile, refundPayment, revenue } from './revenue.service';
import { handleWebhook } from './webhook';

const tags = ['Billing'];
const errors = errorResponses(400, 401, 403, 404, 409);
const ProspectSchema = z
  .object({ name: z.string().trim().min(1, 'Enter your name').max(100), email: z.email('Enter a valid email').max(200) })
  .meta({ id: 'ProspectInput' });
const PlanListSchema = z.object({ items: z.array(PlanSchema), stripe: z.boolean() }).meta({ id: 'PlanList' });
const ClientBillingSchema = z
  .object({
    status: BillingStatusSchema,
    checkoutUrl: z.string().nullable(),
    /** The plan of the current subscription (its own price: a later price change does not touch it). */
    plan: z
      .object({
        id: z.string().optional(),
        name: z.string().optional(),
        amountCents: z.number(),
        currency: z.string(),
        interval: z.string().optional(),
      })
      .nullable(),
    /** The plan a pending checkout link is for. */
    pendingPlan: z
      .object({ id: z.string(), name: z.string(), amountCents: z.number(), currency: z.string(), interval: z.string() })
      .nullable(),
    payments: z.array(
      z.object({
        id: z.string(),
        status: z.string(),
        amountCents: z.number(),
        refundedCents: z.number(),
        currency: z.string(),
        receiptUrl: z.string().nullable(),
        at: z.string(),
      }),
    ),
  })
  .meta({ id: 'ClientBilling' });
const AssignedSchema = z.object({ checkoutUrl: z.string().nullable(), status: BillingStatusSchema }).meta({ id: 'PlanAssigned' });

/** /api/plans — the trainer's plans; the public list for the plans page. */
export function planRoutes(deps: BillingDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'All plans, archived too (trainer)',
        responses: { 200: json(PlanListSchema, 'Plans'), ...errors },
      }),
      async (c) => {
        requireTrainer(c);
        return c.json(await plans(deps, true), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/public',
        tags,
        summary: 'Plans on sale (anyone: the public plans page)',
        responses: { 200: json(PlanListSchema, 'Plans'), ...errors },
      }),
      async (c) => c.json(await plans(deps, false), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/checkout',
        tags,
        summary: 'A prospect subscribes from the public plans page: a Stripe Checkout link (anyone)',
        request: { params: IdParamSchema, ...body(ProspectSchema) },
        responses: {
          200: json(z.object({ url: z.string() }).meta({ id: 'CheckoutLink' }), 'Checkout'),
          ...errorResponses(400, 404, 409, 502),
        },
      }),
      async (c) => c.json(await prospectCheckout(deps, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/welcome/{sessionId}',
        tags,
        summary: 'After paying on the plans page: the link to set a password (ready), joined, or pending (anyone with the session id)',
        request: { params: z.object({ sessionId: z.string().regex(/^cs_\w{4,200}$/, 'Not a checkout session') }) },
        responses: {
          200: json(
            z.object({ state: z.enum(['pending', 'ready', 'joined']), inviteUrl: z.string().nullable() }).meta({ id: 'Welcome' }),
            'Where the new client goes next',
          ),
          ...errorResponses(400),
        },
      }),
      async (c) => c.json(await welcome(deps, c.req.valid('param').sessionId), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        summary: 'Create a plan (with Stripe: its Product and Price; Stripe down → 502 and nothing saved) (trainer)',
        request: body(SavePlanSchema),
        responses: { 201: json(PlanSchema, 'Created'), ...errorResponses(400, 401, 403, 502) },
      }),
      async (c) => c.json(await createPlan(deps, requireTrainer(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}',
        tags,
        summary: 'Change a plan; a new price is a new Stripe Price, subscribers keep theirs (trainer)',
        request: { params: IdParamSchema, ...body(SavePlanSchema) },
        responses: { 200: json(PlanSchema, 'Saved'), ...errorResponses(400, 401, 403, 404, 502) },
      }),
      async (c) => c.json(await changePlan(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}

/** Under /api/clients/{id}: a client's billing (that client, or the trainer), and assigning a plan. */
export function clientBillingRoutes(deps: BillingDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/billing',
        tags,
        summary: 'Plan, access status, a pending checkout link, payments with receipts',
        request: { params: IdParamSchema },
        responses: { 200: json(ClientBillingSchema, 'Billing'), ...errors },
      }),
      async (c) => c.json(await clientBilling(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/plan',
        tags,
        summary: 'Put a client on a plan: a Stripe Checkout link for them, or manual (paying another way) (trainer)',
        request: { params: IdParamSchema, ...body(AssignPlanSchema) },
        responses: { 200: json(AssignedSchema, 'Assigned'), ...errorResponses(400, 401, 403, 404, 502) },
      }),
      async (c) => c.json(await assignPlan(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}

/** /api/me/billing — the client's way to Stripe's customer portal. */
export function myBillingRoutes(deps: BillingDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'post',
      path: '/portal',
      tags,
      summary: "A Stripe customer-portal session (change card, invoices, cancel) for the client's own subscription",
      responses: {
        200: json(z.object({ url: z.string() }).meta({ id: 'PortalSession' }), 'Portal'),
        ...errorResponses(401, 403, 409, 502),
      },
    }),
    async (c) => {
      const actor = requireClient(c);
      const current = await currentSubscription(deps.db, actor.clientId);
      const customer = current?.subscription.stripeCustomerId;
      if (!deps.stripe || !customer) throw new AppError('CONFLICT', 'There is no card payment to manage: ask your coach about your plan.');
      const stripe = deps.stripe.client;
      const session = await callStripe('open the billing portal', () =>
        stripe.billingPortal.sessions.create({ customer, return_url: `${deps.appUrl}/billing` }),
      );
      return c.json({ url: session.url }, 200);
    },
  );
}

/** /api/billing/webhook — Stripe's events (signed; no session). */
export function webhookRoutes(deps: BillingDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'post',
      path: '/webhook',
      tags,
      summary: 'Stripe webhook: signature checked over the raw body; each event applied exactly once',
      responses: {
        200: json(z.object({ received: z.boolean(), duplicate: z.boolean() }).meta({ id: 'WebhookReceived' }), 'Received'),
        ...errorResponses(400, 502, 503),
      },
    }),
    async (c) => c.json(await handleWebhook(deps, await c.req.text(), c.req.header('stripe-signature')), 200),
  );
}

const RevenueSchema = z
  .object({
    mrr: z.array(z.object({ currency: z.string(), cents: z.number(), active: z.number() })),
    months: z.array(z.object({ month: z.string(), started: z.number(), churned: z.number() })),
    failedPayments: z.array(
      z.object({
        id: z.string(),
        clientId: z.string().nullable(),
        clientName: z.string().nullable(),
        amountCents: z.number(),
        currency: z.string(),
        at: z.string(),
      }),
    ),
    lifetime: z.array(z.object({ clientId: z.string(), clientName: z.string(), currency: z.string(), cents: z.number() })),
  })
  .meta({ id: 'Revenue' });
const ReconcileSchema = z
  .object({
    checked: z.number(),
    differences: z.array(z.object({ stripeSubscriptionId: z.string(), ours: z.string().nullable(), stripe: z.string() })),
  })
  .meta({ id: 'Reconciliation' });
const RefundSchema = z.object({ amountCents: z.number().int().positive('Above zero').optional() }).meta({ id: 'RefundInput' });

/** /api/revenue — the trainer's revenue page and the reconciliation with Stripe. */
export function revenueRoutes(deps: BillingDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'MRR, active subscriptions, new and churned per month (12 months), failed payments, lifetime revenue per client (trainer)',
        responses: { 200: json(RevenueSchema, 'Revenue'), ...errors },
      }),
      async (c) => {
        requireTrainer(c);
        return c.json(await revenue(deps), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/reconcile',
        tags,
        summary: "Compare our subscriptions with Stripe's and report every difference (changes nothing) (trainer)",
        responses: { 200: json(ReconcileSchema, 'Differences'), ...errorResponses(401, 403, 409, 502) },
      }),
      async (c) => {
        requireTrainer(c);
        return c.json(await reconcile(deps), 200);
      },
    );
}

/** /api/payments/{id}/refund — a refund through Stripe, full or partial (trainer). */
export function paymentRoutes(deps: BillingDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'post',
      path: '/{id}/refund',
      tags,
      summary: 'Refund a card payment through Stripe, in full or in part (trainer)',
      request: { params: IdParamSchema, ...body(RefundSchema) },
      responses: {
        200: json(z.object({ refundId: z.string(), refundedCents: z.number() }).meta({ id: 'Refunded' }), 'Refunded'),
        ...errorResponses(400, 401, 403, 404, 409, 502),
      },
    }),
    async (c) => c.json(await refundPayment(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json').amountCents), 200),
  );
}
