import type { z } from 'zod';
import { PLAN_INTERVAL_LABELS, ZERO_DECIMAL, type AssignPlanSchema, type BillingStatus, type PlanArea } from '../../../shared/billing';
import type { Db } from '../../db/client';
import { actorRef, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { loadVisibleClient } from '../clients/client-access';
import { findClient, isEmailTaken } from '../clients/clients.repo';
import { notify } from '../notifications/notifications.service';
import { findTrainer } from '../auth/auth.repo';
import { checkoutEmail } from '../emails/email-templates';
import { sendEmail } from '../emails/emails.service';
import { getSettings } from '../settings/settings.service';
import type { Hub } from '../realtime/hub';
import type { Mailer } from '../emails/mailer';
import type { Logger } from '../../lib/logger';
import { extraInvitation } from '../clients/clients.service';
import {
  clientPayments,
  currentSubscription,
  findPlan,
  findSubscriptionByCheckout,
  insertSubscription,
  pendingCheckout,
} from './billing.repo';
import { billingStatus, type SubscriptionFacts } from './entitlements';
import { callStripe, type StripeSetup } from './stripe-client';

export type BillingDeps = {
  db: Db;
  clock: Clock;
  hub: Hub;
  stripe: StripeSetup | null;
  appUrl: string;
  /** For inviting a prospect who paid (email). */
  mailer?: Mailer;
  logger?: Logger;
};

/**
 * Puts a client on a plan: manual (they pay another way) takes effect at once; otherwise a Stripe
 * Checkout link the client opens from the app (and a notification), access following payment.
 */
export async function assignPlan(deps: BillingDeps, actor: Actor, clientId: string, input: z.output<typeof AssignPlanSchema>) {
  const client = await findClient(deps.db, clientId);
  if (!client) throw AppError.notFound('That client');
  const plan = await findPlan(deps.db, input.planId);
  if (!plan || plan.archivedAt) throw AppError.field('planId', 'Choose one of your plans that is on sale.');
  const now = deps.clock.now();
  if (input.manual || !deps.stripe) {
    if (!input.manual) throw AppError.field('manual', 'Stripe is not connected: mark the client as paying another way, or connect Stripe.');
    await insertSubscription(deps.db, {
      clientId,
      planId: plan.id,
      manual: true,
      status: 'manual',
      amountCents: plan.amountCents,
      currency: plan.currency,
      interval: plan.interval,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(deps.db, { ...actorRef(actor), action: 'billing.manual', subjectType: 'client', subjectId: clientId, at: now });
    return { checkoutUrl: null, status: await statusFor(deps, clientId) };
  }
  if (!plan.stripePriceId)
    throw AppError.field('planId', 'This plan is not on sale through Stripe yet: save it again to create its price.');
  const stripe = deps.stripe.client;
  const previous = await currentSubscription(deps.db, clientId);
  const customer = previous?.subscription.stripeCustomerId ?? null;
  const oneOff = plan.interval === 'one_off';
  const priceId = plan.stripePriceId;
  const session = await callStripe('start the checkout', () =>
    stripe.checkout.sessions.create({
      mode: oneOff ? 'payment' : 'subscription',
      line_items: [{ price: priceId, quantity: 1 }, ...(plan.stripeSetupPriceId ? [{ price: plan.stripeSetupPriceId, quantity: 1 }] : [])],
      ...(customer ? { customer } : { customer_email: client.email }),
      client_reference_id: clientId,
      metadata: { client_id: clientId, plan_id: plan.id },
      ...(oneOff
        ? {}
        : {
            subscription_data: {
              metadata: { client_id: clientId, plan_id: plan.id },
              ...(plan.trialDays > 0 ? { trial_period_days: plan.trialDays } : {}),
            },
          }),
      success_url: `${deps.appUrl}/billing?checkout=done`,
      cancel_url: `${deps.appUrl}/billing?checkout=cancelled`,
    }),
  );
  await insertSubscription(deps.db, {
    clientId,
    planId: plan.id,
    status: 'incomplete',
    stripeCheckoutSessionId: session.id,
    stripeCustomerId: customer,
    amountCents: plan.amountCents,
    currency: plan.currency,
    interval: plan.interval,
    createdAt: now,
    updatedAt: now,
  });
  if (client.userId)
    await notify(deps, {
      recipientId: client.userId,
      clientId,
      type: 'message',
      groupKey: `billing:checkout:${session.id}`,
      title: `Your plan: ${plan.name}`,
      body: 'Your coach set up your plan. Open Billing to start it.',
      link: '/billing',
    });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'billing.checkout', subjectType: 'client', subjectId: clientId, at: now });
  if (deps.mailer && deps.logger && session.url) {
    const trainer = await findTrainer(deps.db);
    const price = new Intl.NumberFormat('en-GB', { style: 'currency', currency: plan.currency.toUpperCase() }).format(
      ZERO_DECIMAL.has(plan.currency) ? plan.amountCents : plan.amountCents / 100,
    );
    await sendEmail(
      { db: deps.db, clock: deps.clock, mailer: deps.mailer, logger: deps.logger },
      {
        ...checkoutEmail({
          to: client.email,
          clientName: client.name,
          trainerName: trainer?.name ?? 'Your coach',
          planName: plan.name,
          price: `${price} ${PLAN_INTERVAL_LABELS[plan.interval].toLowerCase()}`,
          url: session.url,
        }),
        kind: 'billing',
        link: session.url,
      },
    );
  }
  return { checkoutUrl: session.url, status: await statusFor(deps, clientId) };
}

type Current = Awaited<ReturnType<typeof currentSubscription>>;
type Pending = Awaited<ReturnType<typeof pendingCheckout>>;

export async function statusFor(
  deps: BillingDeps,
  clientId: string,
  known?: { current: Current; pending: Pending },
): Promise<BillingStatus> {
  const { current, pending } = known ?? {
    current: await currentSubscription(deps.db, clientId),
    pending: await pendingCheckout(deps.db, clientId),
  };
  const facts: SubscriptionFacts | null = current
    ? {
        status: current.subscription.status,
        manual: current.subscription.manual,
        planName: current.plan?.name ?? null,
        areas: (current.plan?.areas ?? []) as PlanArea[],
        currentPeriodEnd: current.subscription.currentPeriodEnd,
        trialEnd: current.subscription.trialEnd,
        cancelAtPeriodEnd: current.subscription.cancelAtPeriodEnd,
        pastDueSince: current.subscription.pastDueSince,
        interval: current.subscription.interval,
      }
    : null;
  const { billingGraceDays } = await getSettings(deps.db);
  return { ...billingStatus(facts, deps.clock.now(), billingGraceDays), checkoutAvailable: pending !== null && deps.stripe !== null };
}

/** The client's billing: status, a pending checkout link, payments with receipts. */
export async function clientBilling(deps: BillingDeps, actor: Actor, clientId: string) {
  await loadVisibleClient(deps.db, actor, clientId);
  const [current, pending, rows] = await Promise.all([
    currentSubscription(deps.db, clientId),
    pendingCheckout(deps.db, clientId),
    clientPayments(deps.db, clientId),
  ]);
  const status = await statusFor(deps, clientId, { current, pending });
  let checkoutUrl: string | null = null;
  if (pending?.stripeCheckoutSessionId && deps.stripe) {
    const stripe = deps.stripe.client;
    const sessionId = pending.stripeCheckoutSessionId;
    const session = await callStripe('find the checkout', () => stripe.checkout.sessions.retrieve(sessionId));
    checkoutUrl = session.status === 'open' ? session.url : null;
  }
  const planOf = async (planId: string | null | undefined) => {
    const plan = planId ? await findPlan(deps.db, planId) : null;
    return plan ? { id: plan.id, name: plan.name, amountCents: plan.amountCents, currency: plan.currency, interval: plan.interval } : null;
  };
  return {
    status,
    checkoutUrl,
    plan: current
      ? {
          ...(await planOf(current.subscription.planId)),
          amountCents: current.subscription.amountCents,
          currency: current.subscription.currency,
        }
      : null,
    pendingPlan: checkoutUrl ? await planOf(pending?.planId) : null,
    payments: rows.map((row) => ({
      id: row.id,
      status: row.status,
      amountCents: row.amountCents,
      refundedCents: row.refundedCents,
      currency: row.currency,
      receiptUrl: row.hostedInvoiceUrl,
      at: row.occurredAt.toISOString(),
    })),
  };
}

/**
 * A client's pause, resume or archive, on the Stripe side: collection pauses (invoices voided) while
 * paused and picks up on resume; archiving cancels the subscription at once. Manual billing and
 * clients without a card subscription need nothing.
 */
export async function billingTransition(deps: BillingDeps, action: string, clientId: string): Promise<void> {
  if (!deps.stripe || !['pause', 'resume', 'archive'].includes(action)) return;
  const current = await currentSubscription(deps.db, clientId);
  const subscription = current?.subscription;
  if (!subscription?.stripeSubscriptionId || !['trialing', 'active', 'past_due', 'unpaid'].includes(subscription.status)) return;
  const stripe = deps.stripe.client;
  const id = subscription.stripeSubscriptionId;
  if (action === 'archive') await callStripe('cancel the subscription', () => stripe.subscriptions.cancel(id));
  else
    await callStripe(action === 'pause' ? 'pause the payments' : 'restart the payments', () =>
      stripe.subscriptions.update(id, { pause_collection: action === 'pause' ? { behavior: 'void' } : '' }),
    );
}

/**
 * A prospect subscribes from the public plans page: Stripe Checkout first; paying creates their
 * client account (the webhook) and the welcome page leads them to set a password and onboard.
 */
export async function prospectCheckout(deps: BillingDeps, planId: string, input: { name: string; email: string }) {
  if (!deps.stripe) throw new AppError('CONFLICT', 'Online payment is not set up yet: contact the coach directly.');
  const plan = await findPlan(deps.db, planId);
  if (!plan || plan.archivedAt || !plan.stripePriceId) throw AppError.notFound('That plan');
  if (await isEmailTaken(deps.db, input.email))
    throw AppError.field('email', 'There is already an account with this email: sign in and open Billing instead.');
  const stripe = deps.stripe.client;
  const oneOff = plan.interval === 'one_off';
  const priceId = plan.stripePriceId;
  const metadata = { plan_id: plan.id, prospect: 'yes', prospect_name: input.name, prospect_email: input.email };
  const session = await callStripe('start the checkout', () =>
    stripe.checkout.sessions.create({
      mode: oneOff ? 'payment' : 'subscription',
      line_items: [{ price: priceId, quantity: 1 }, ...(plan.stripeSetupPriceId ? [{ price: plan.stripeSetupPriceId, quantity: 1 }] : [])],
      customer_email: input.email,
      metadata,
      ...(oneOff
        ? {}
        : { subscription_data: { metadata: { plan_id: plan.id }, ...(plan.trialDays > 0 ? { trial_period_days: plan.trialDays } : {}) } }),
      allow_promotion_codes: true,
      success_url: `${deps.appUrl}/plans/welcome?session={CHECKOUT_SESSION_ID}`,
      cancel_url: `${deps.appUrl}/plans`,
    }),
  );
  return { url: session.url! };
}

/** The page after paying: ready (with the link to set a password), already joined, or still waiting for Stripe. */
export async function welcome(deps: BillingDeps, sessionId: string) {
  const row = await findSubscriptionByCheckout(deps.db, sessionId);
  if (!row) return { state: 'pending' as const, inviteUrl: null };
  const client = await findClient(deps.db, row.clientId);
  if (!client || client.userId) return { state: 'joined' as const, inviteUrl: null };
  return { state: 'ready' as const, inviteUrl: await extraInvitation(deps, client.id) };
}
