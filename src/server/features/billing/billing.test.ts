import { sql } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { startStripeStandIn } from '../../../../tests/stand-ins/stripe';
import { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { queryRows } from '../../db/client';

const SECRET = 'sk_test_onecoach_0123456789';
const WEBHOOK_SECRET = 'whsec_onecoach_test_0123456789';
const signer = new Stripe(SECRET);

let stripe: Awaited<ReturnType<typeof startStripeStandIn>>;
let t: TestApp;
let trainer: Agent;
beforeAll(async () => {
  stripe = await startStripeStandIn({ secretKey: SECRET });
  t = await createTestApp({ env: { STRIPE_SECRET_KEY: SECRET, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: stripe.url } });
  trainer = (await createTrainer(t.app)).agent;
});
afterAll(async () => {
  await t.close();
  await stripe.close();
});

/** Delivers an event to the webhook, signed as Stripe would sign it. */
async function deliver(event: unknown, secret = WEBHOOK_SECRET) {
  const payload = JSON.stringify(event);
  const signature = signer.webhooks.generateTestHeaderString({ payload, secret });
  const res = await t.app.request('/api/billing/webhook', {
    method: 'POST',
    body: payload,
    headers: { 'stripe-signature': signature, 'content-type': 'application/json' },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const monthly = {
  name: 'Online coaching',
  description: 'Program, check-ins, messaging',
  amountCents: 4900,
  currency: 'eur',
  interval: 'month',
  trialDays: 14,
};

describe('plans', () => {
  it('creates the Stripe product and price; a new price is a new Price and the old one is archived', async () => {
    const created = await trainer.post('/api/plans', monthly);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Online coaching',
      stripe: true,
      areas: ['messaging', 'checkins', 'nutrition', 'ai_coach'],
    });
    const [price] = [...stripe.store.prices.values()].filter((p) => (p.metadata as { plan_id?: string }).plan_id === created.body.id);
    expect(price).toMatchObject({ unit_amount: 4900, currency: 'eur', recurring: { interval: 'month', interval_count: 1 }, active: true });

    const changed = await trainer.put(`/api/plans/${created.body.id}`, { ...monthly, amountCents: 5900, interval: 'four_weeks' });
    expect(changed.status).toBe(200);
    const prices = [...stripe.store.prices.values()].filter((p) => (p.metadata as { plan_id?: string }).plan_id === created.body.id);
    expect(prices.map((p) => [p.unit_amount, p.active])).toEqual([
      [4900, false],
      [5900, true],
    ]);
    expect(prices[1]!.recurring).toEqual({ interval: 'week', interval_count: 4 });
  });

  it('names bad input: zero or negative price, unknown currency, a 400-day trial, a plan that is not there', async () => {
    const field = async (body: Record<string, unknown>) =>
      (await trainer.post('/api/plans', { ...monthly, ...body })).body.error.details.fields[0].path;
    expect(await field({ amountCents: 0 })).toBe('amountCents');
    expect(await field({ amountCents: -100 })).toBe('amountCents');
    expect(await field({ currency: 'xyz' })).toBe('currency');
    expect(await field({ trialDays: 400 })).toBe('trialDays');
    expect((await trainer.put('/api/plans/00000000-0000-4000-8000-000000000000', monthly)).status).toBe(404);
  });

  it('answers 502 when Stripe is down, and saves nothing', async () => {
    const before = (await trainer.get('/api/plans')).body.items.length;
    stripe.failNext(2, 'Stripe is having a bad day'); // the first try and the SDK's one retry
    const res = await trainer.post('/api/plans', { ...monthly, name: 'Never saved' });
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('UPSTREAM_FAILED');
    expect((await trainer.get('/api/plans')).body.items.length).toBe(before);
  });
});

describe('a subscription, trial to cancelled, through webhooks', () => {
  it('follows payment: trial, paid, failed (grace, then limited), recovered, cancelled at period end, ended', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const plan = (await trainer.post('/api/plans', { ...monthly, name: 'Coaching + check-ins', areas: ['messaging', 'checkins'] })).body;
    expect(plan.subscribers).toBe(0);
    const status = async () => (await agent.get(`/api/clients/${client.id}/billing`)).body;
    expect((await status()).status).toMatchObject({ state: 'free' });

    const assigned = await trainer.post(`/api/clients/${client.id}/plan`, { planId: plan.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body.checkoutUrl).toMatch(/\/checkout\/cs_/);
    expect((await status()).checkoutUrl).toBe(assigned.body.checkoutUrl);
    const mail = (await trainer.get('/api/emails')).body.items.find(
      (e: { to: string; kind: string }) => e.to === client.email && e.kind === 'billing',
    );
    expect(mail.subject).toBe('Your plan with Sam Rivera: Coaching + check-ins');
    expect((await status()).pendingPlan).toMatchObject({
      id: plan.id,
      name: 'Coaching + check-ins',
      amountCents: 4900,
      currency: 'eur',
      interval: 'month',
    });
    expect(
      (await trainer.post(`/api/clients/${client.id}/plan`, { planId: '00000000-0000-4000-8000-000000000000' })).body.error.details
        .fields[0].path,
    ).toBe('planId');

    // The client pays on Stripe's page; the subscription's event arrives before the checkout's.
    const sessionId = assigned.body.checkoutUrl.split('/').pop();
    const { session, subscription } = stripe.completeCheckout(sessionId);
    const created = stripe.event('customer.subscription.created', subscription);
    const completed = stripe.event('checkout.session.completed', session);
    expect((await deliver(created)).body).toEqual({ received: true, duplicate: false });
    expect((await deliver(completed)).body).toEqual({ received: true, duplicate: false });
    expect((await deliver(created)).body).toEqual({ received: true, duplicate: true });
    let now = await status();
    expect(now.status).toMatchObject({
      state: 'trialing',
      areas: ['messaging', 'checkins'],
      planName: 'Coaching + check-ins',
      checkoutAvailable: false,
    });
    expect(now.checkoutUrl).toBeNull();

    // Trial over, first invoice paid.
    const subId = subscription!.id;
    stripe.setSubscription(subId, { status: 'active', trial_end: null });
    await deliver(stripe.event('invoice.paid', stripe.invoice(subId, 'paid')));
    now = await status();
    expect(now.status.state).toBe('active');
    expect(now.payments).toHaveLength(1);
    expect(now.payments[0]).toMatchObject({ status: 'paid', amountCents: 4900, currency: 'eur' });
    expect(now.payments[0].receiptUrl).toMatch(/invoices/);

    // A renewal fails: full access through the grace period, then limited (nothing deleted).
    const staleActive = stripe.event('customer.subscription.updated', stripe.setSubscription(subId, {}));
    stripe.setSubscription(subId, { status: 'past_due' });
    const failed = stripe.invoice(subId, 'open');
    await deliver(stripe.event('invoice.payment_failed', failed));
    now = await status();
    expect(now.status).toMatchObject({ state: 'grace', areas: ['messaging', 'checkins'] });
    expect(now.status.banner).toMatch(/did not go through/);
    t.clock.set(new Date(Date.now() + 8 * 86_400_000));
    expect((await status()).status).toMatchObject({ state: 'limited', areas: ['messaging'], limitedBecause: 'payment_failed' });
    // The trainer's grace period is theirs to set: 10 days keeps the client in.
    expect((await trainer.put('/api/settings', { billingGraceDays: 10 })).status).toBe(200);
    expect((await status()).status.state).toBe('grace');
    expect((await trainer.put('/api/settings', { billingGraceDays: 60 })).body.error.details.fields[0].path).toBe('billingGraceDays');
    await trainer.put('/api/settings', { billingGraceDays: 7 });

    // The card is fixed; a stale "updated" event arriving late does not move it back.
    stripe.setSubscription(subId, { status: 'active' });
    await deliver(stripe.event('invoice.paid', { ...failed, status: 'paid', amount_paid: failed.amount_due }));
    await deliver(staleActive);
    now = await status();
    expect(now.status.state).toBe('active');
    expect(now.payments.map((p: { status: string }) => p.status)).toEqual(['paid', 'paid']);

    // Cancelled at the period's end: access until then; then the subscription ends: limited.
    stripe.setSubscription(subId, { cancel_at_period_end: true });
    await deliver(stripe.event('customer.subscription.updated', stripe.setSubscription(subId, {})));
    expect((await status()).status).toMatchObject({ state: 'ending', areas: ['messaging', 'checkins'] });
    stripe.setSubscription(subId, { status: 'canceled', ended_at: Math.floor(Date.now() / 1000) });
    await deliver(stripe.event('customer.subscription.deleted', stripe.setSubscription(subId, {})));
    expect((await status()).status).toMatchObject({ state: 'limited', areas: ['messaging'], limitedBecause: 'ended' });
    t.clock.set(new Date());
  });

  it('refuses a bad or missing signature and changes nothing', async () => {
    const events = async () => (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from stripe_events`))[0]!.n;
    const before = await events();
    const forged = await deliver(stripe.event('invoice.paid', { id: 'in_forged' }), 'whsec_not_the_secret');
    expect(forged.status).toBe(400);
    expect((forged.body.error as { details: { fields: Array<{ path: string }> } }).details.fields[0]!.path).toBe('stripe-signature');
    const unsigned = await t.app.request('/api/billing/webhook', { method: 'POST', body: '{}' });
    expect(unsigned.status).toBe(400);
    expect(await events()).toBe(before);
  });

  it('answers 502 when Stripe cannot be asked about an event, so Stripe delivers it again', async () => {
    const { client } = await createJoinedClient(t.app, trainer);
    const plan = (await trainer.post('/api/plans', { ...monthly, name: 'Retry plan', trialDays: 0 })).body;
    const { checkoutUrl } = (await trainer.post(`/api/clients/${client.id}/plan`, { planId: plan.id })).body;
    const { subscription } = stripe.completeCheckout(checkoutUrl.split('/').pop());
    const event = stripe.event('customer.subscription.created', subscription);
    stripe.failNext(2);
    expect((await deliver(event)).status).toBe(502);
    expect((await deliver(event)).body).toEqual({ received: true, duplicate: false });
    expect((await trainer.get(`/api/clients/${client.id}/billing`)).body.status.state).toBe('active');
  });

  it('records a refund against the payment', async () => {
    const { client } = await createJoinedClient(t.app, trainer);
    const plan = (await trainer.post('/api/plans', { ...monthly, name: 'Refund plan', trialDays: 0 })).body;
    const { checkoutUrl } = (await trainer.post(`/api/clients/${client.id}/plan`, { planId: plan.id })).body;
    const { subscription } = stripe.completeCheckout(checkoutUrl.split('/').pop());
    await deliver(stripe.event('customer.subscription.created', subscription));
    const paid = stripe.invoice(subscription!.id, 'paid');
    await deliver(stripe.event('invoice.paid', paid));
    const paymentIntent = (paid.payments.data[0]!.payment as { payment_intent: string }).payment_intent;
    await deliver(
      stripe.event('charge.refunded', { id: 'ch_1', object: 'charge', payment_intent: paymentIntent, amount: 4900, amount_refunded: 1000 }),
    );
    let payments = (await trainer.get(`/api/clients/${client.id}/billing`)).body.payments;
    expect(payments[0]).toMatchObject({ status: 'partially_refunded', refundedCents: 1000 });
    // The trainer refunds more of it from OneCoach: through Stripe, never more than is left.
    expect((await trainer.post(`/api/payments/${payments[0].id}/refund`, { amountCents: 5000 })).body.error.details.fields[0].path).toBe(
      'amountCents',
    );
    const refunded = await trainer.post(`/api/payments/${payments[0].id}/refund`, { amountCents: 900 });
    expect(refunded.status).toBe(200);
    expect([...stripe.store.refunds.values()].at(-1)).toMatchObject({ payment_intent: paymentIntent, amount: 900 });
    payments = (await trainer.get(`/api/clients/${client.id}/billing`)).body.payments;
    expect(payments[0]).toMatchObject({ status: 'partially_refunded', refundedCents: 1900 });
    expect((await trainer.post(`/api/payments/${payments[0].id}/refund`, {})).body.refundedCents).toBe(4900);
  });
});

describe('pausing and archiving a paying client', () => {
  it('pauses collection while paused, restarts it on resume, cancels on archive — and changes nothing if Stripe fails', async () => {
    const { client } = await createJoinedClient(t.app, trainer);
    const plan = (await trainer.post('/api/plans', { ...monthly, name: 'Lifecycle plan', trialDays: 0 })).body;
    const { checkoutUrl } = (await trainer.post(`/api/clients/${client.id}/plan`, { planId: plan.id })).body;
    const { subscription } = stripe.completeCheckout(checkoutUrl.split('/').pop());
    await deliver(stripe.event('customer.subscription.created', subscription));
    const id = subscription!.id;

    expect((await trainer.post(`/api/clients/${client.id}/pause`, { reason: 'injury', note: '' })).status).toBe(200);
    expect(stripe.store.subscriptions.get(id)!.pause_collection).toEqual({ behavior: 'void' });
    expect((await trainer.post(`/api/clients/${client.id}/resume`)).status).toBe(200);
    expect(stripe.store.subscriptions.get(id)!.pause_collection).toBeNull();

    stripe.failNext(2);
    const failed = await trainer.post(`/api/clients/${client.id}/archive`);
    expect(failed.status).toBe(502);
    expect((await trainer.get(`/api/clients/${client.id}`)).body.status).toBe('active');
    expect((await trainer.post(`/api/clients/${client.id}/archive`)).status).toBe(200);
    expect(stripe.store.subscriptions.get(id)!.status).toBe('canceled');
    await deliver(stripe.event('customer.subscription.deleted', stripe.store.subscriptions.get(id)));
    expect((await trainer.get(`/api/clients/${client.id}/billing`)).body.status.state).toBe('limited');
  });
});

describe('entitlements', () => {
  it("gates a client's check-ins on their plan; messages with the coach stay", async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    expect((await agent.get('/api/me/checkins')).status).toBe(200); // no plan: the trainer bills elsewhere
    const plan = (await trainer.post('/api/plans', { ...monthly, name: 'Messaging only', areas: ['messaging'] })).body;
    await trainer.post(`/api/clients/${client.id}/plan`, { planId: plan.id, manual: true });
    const gated = await agent.get('/api/me/checkins');
    expect(gated.status).toBe(403);
    expect(gated.body.error).toMatchObject({ code: 'FORBIDDEN', details: { area: 'checkins', billing: 'manual' } });
    expect((await agent.post(`/api/clients/${client.id}/messages`, { body: 'Can we talk about my plan?' })).status).toBe(201);
    expect((await trainer.get(`/api/clients/${client.id}/checkins`)).status).toBe(200);
  });
});

describe('a prospect on the plans page', () => {
  it('pays through checkout, becomes a client invited by email, and continues to set a password', async () => {
    const plan = (await trainer.post('/api/plans', { ...monthly, name: 'Public plan' })).body;
    const listed = await new Agent(t.app).get('/api/plans/public');
    expect(listed.body.items.some((p: { id: string }) => p.id === plan.id)).toBe(true);
    const anonymous = new Agent(t.app);
    expect(
      (await anonymous.post(`/api/plans/${plan.id}/checkout`, { name: 'Pat', email: 'not-an-email' })).body.error.details.fields[0].path,
    ).toBe('email');
    const start = await anonymous.post(`/api/plans/${plan.id}/checkout`, { name: 'Pat Prospect', email: 'pat.prospect@example.com' });
    expect(start.status).toBe(200);
    const sessionId = start.body.url.split('/').pop();
    expect((await anonymous.get(`/api/plans/welcome/${sessionId}`)).body).toEqual({ state: 'pending', inviteUrl: null });

    const { session, subscription } = stripe.completeCheckout(sessionId);
    await deliver(stripe.event('checkout.session.completed', session));
    await deliver(stripe.event('customer.subscription.created', subscription));
    const next = (await anonymous.get(`/api/plans/welcome/${sessionId}`)).body;
    expect(next.state).toBe('ready');
    expect(next.inviteUrl).toMatch(/^\/invite\/[\w-]{20,}$/);

    const clients = (await trainer.get('/api/clients?status=all&limit=100')).body.items;
    const pat = clients.find((c: { email: string }) => c.email === 'pat.prospect@example.com');
    expect(pat).toMatchObject({ name: 'Pat Prospect', status: 'invited' });
    expect((await trainer.get(`/api/clients/${pat.id}/billing`)).body.status).toMatchObject({ state: 'trialing', planName: 'Public plan' });
    const emails = (await trainer.get('/api/emails')).body.items;
    expect(emails.some((e: { to: string; kind: string }) => e.to === 'pat.prospect@example.com' && e.kind === 'invitation')).toBe(true);
    // The same email again: already an account.
    expect(
      (await anonymous.post(`/api/plans/${plan.id}/checkout`, { name: 'Pat', email: 'pat.prospect@example.com' })).body.error.details
        .fields[0].path,
    ).toBe('email');
  });
});

describe('discount codes', () => {
  it('creates a coupon and its code in Stripe, lists and stops it; bad input is named', async () => {
    const bad = await trainer.post('/api/coupons', { code: 'X', percentOff: 120, duration: 'repeating' });
    expect(bad.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['code', 'durationInMonths', 'percentOff']);
    const both = await trainer.post('/api/coupons', {
      code: 'BOTH',
      percentOff: 10,
      amountOffCents: 500,
      currency: 'eur',
      duration: 'once',
    });
    expect(both.body.error.details.fields[0].path).toBe('percentOff');
    const created = await trainer.post('/api/coupons', { code: 'spring20', percentOff: 20, duration: 'repeating', durationInMonths: 3 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'SPRING20', active: true, percentOff: 20 });
    expect([...stripe.store.coupons.values()].at(-1)).toMatchObject({ percent_off: 20, duration: 'repeating', duration_in_months: 3 });
    expect((await trainer.get('/api/coupons')).body.items.map((c: { code: string }) => c.code)).toContain('SPRING20');
    expect((await trainer.delete(`/api/coupons/${created.body.id}`)).body.active).toBe(false);
    expect((await trainer.get('/api/coupons')).body.items.map((c: { code: string }) => c.code)).not.toContain('SPRING20');
  });
});

describe('manual billing', () => {
  it('marks a client as paying another way', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const plan = (await trainer.post('/api/plans', { ...monthly, name: 'Cash plan', areas: ['messaging'] })).body;
    const res = await trainer.post(`/api/clients/${client.id}/plan`, { planId: plan.id, manual: true });
    expect(res.body.status).toMatchObject({ state: 'manual', areas: ['messaging'] });
    expect((await agent.get(`/api/clients/${client.id}/billing`)).body.status.state).toBe('manual');
    const listed = (await trainer.get('/api/plans')).body.items.find((p: { id: string }) => p.id === plan.id);
    expect(listed.subscribers).toBe(1);
  });
});

describe('revenue', () => {
  it('computes MRR from synced subscriptions, months of new and churned, and reconciles with Stripe', async () => {
    const report = (await trainer.get('/api/revenue')).body;
    const eur = report.mrr.find((m: { currency: string }) => m.currency === 'eur');
    // Active or manual: the retry plan (4900), the refund plan (4900), the cash plan (4900), the messaging-only plan (4900).
    expect(eur).toMatchObject({ cents: 4 * 4900, active: 4 });
    expect(report.months).toHaveLength(12);
    expect(report.months.at(-1).started).toBeGreaterThanOrEqual(4);
    expect(report.months.at(-1).churned).toBeGreaterThanOrEqual(1);
    expect(report.lifetime.length).toBeGreaterThan(0);
    const check = (await trainer.post('/api/revenue/reconcile', {})).body;
    expect(check.checked).toBeGreaterThan(0);
    expect(check.differences).toEqual([]);
    // Stripe moved on without telling us: reconciliation says so.
    const someone = [...stripe.store.subscriptions.values()].find((sub) => sub.status === 'active')!;
    stripe.setSubscription(someone.id, { status: 'past_due' });
    expect((await trainer.post('/api/revenue/reconcile', {})).body.differences).toEqual([
      { stripeSubscriptionId: someone.id, ours: 'active', stripe: 'past_due' },
    ]);
  });
});
