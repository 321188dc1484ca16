import type Stripe from 'stripe';
import { AppError } from '../../lib/errors';
import { findTrainer } from '../auth/auth.repo';
import { emailNewInvitation, insertPaidProspect } from '../clients/clients.service';
import { notify } from '../notifications/notifications.service';
import {
  eventSeen,
  findPlan,
  findSubscriptionByCheckout,
  findSubscriptionByStripe,
  insertSubscription,
  recordEvent,
  recordRefund,
  updateSubscription,
  upsertPayment,
} from './billing.repo';
import type { BillingDeps } from './billing.service';
import { callStripe } from './stripe-client';

/**
 * Stripe's webhook: the signature is checked over the raw body; each event is applied exactly once
 * (its id is inserted in the same transaction as its changes; a duplicate finds it there and
 * changes nothing). Subscriptions are never taken from the event: they are fetched fresh from Stripe
 * first (outside any transaction), so events arriving out of order can never move one backwards.
 */
export async function handleWebhook(deps: BillingDeps, rawBody: string, signature: string | undefined) {
  if (!deps.stripe?.webhookSecret) throw new AppError('UNAVAILABLE', 'Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET).');
  if (!signature) throw AppError.field('stripe-signature', 'The Stripe-Signature header is missing.');
  let event: Stripe.Event;
  try {
    event = deps.stripe.client.webhooks.constructEvent(rawBody, signature, deps.stripe.webhookSecret);
  } catch {
    throw AppError.field('stripe-signature', 'The signature does not match this endpoint’s secret.');
  }
  if (await eventSeen(deps.db, event.id)) return { received: true, duplicate: true };

  const afterCommit: Array<() => Promise<void>> = [];
  const plan = await prepare(deps, event, afterCommit);
  const now = deps.clock.now();
  const applied = await deps.db.transaction(async (tx) => {
    if (!(await recordEvent(tx, { id: event.id, type: event.type, stripeCreatedAt: new Date(event.created * 1000), receivedAt: now })))
      return false;
    for (const step of plan) await step(tx);
    return true;
  });
  // Emails and notifications only once the changes are in (and only for the delivery that applied them).
  if (applied) for (const task of afterCommit) await task();
  return { received: true, duplicate: !applied };
}

type Step = (tx: Parameters<Parameters<BillingDeps['db']['transaction']>[0]>[0]) => Promise<void>;

const toDate = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null);
const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null));

/** Everything Stripe must be asked is asked here, before the transaction; the steps only write. */
async function prepare(deps: BillingDeps, event: Stripe.Event, afterCommit: Array<() => Promise<void>>): Promise<Step[]> {
  const stripe = deps.stripe!.client;
  const fetchSubscription = (id: string) => callStripe('read the subscription', () => stripe.subscriptions.retrieve(id));
  const object = event.data.object as unknown as Record<string, unknown>;

  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object;
      const subscriptionId = idOf(session.subscription);
      const fresh = subscriptionId ? await fetchSubscription(subscriptionId) : null;
      return [
        async (tx) => {
          const row = await findSubscriptionByCheckout(tx, session.id);
          if (!row) {
            if (session.metadata?.prospect === 'yes') await welcomeProspect(deps, tx, session, fresh, afterCommit);
            return; // otherwise not started by us
          }
          // The subscription's own event came first and stored it: this checkout row is done with.
          const stored = subscriptionId ? await findSubscriptionByStripe(tx, subscriptionId) : null;
          if (stored) {
            await updateSubscription(tx, row.id, { status: 'superseded', updatedAt: deps.clock.now() });
            return;
          }
          await updateSubscription(tx, row.id, {
            stripeCustomerId: idOf(session.customer),
            stripeSubscriptionId: subscriptionId,
            ...(fresh ? syncFields(fresh, deps.clock.now(), row.pastDueSince) : { status: 'paid', stripeStateAt: deps.clock.now() }),
            updatedAt: deps.clock.now(),
          });
          if (!fresh && session.payment_status === 'paid')
            await upsertPayment(tx, {
              clientId: row.clientId,
              stripeInvoiceId: `checkout:${session.id}`,
              stripePaymentIntentId: idOf(session.payment_intent),
              status: 'paid',
              amountCents: session.amount_total ?? row.amountCents,
              currency: session.currency ?? row.currency,
              hostedInvoiceUrl: null,
              occurredAt: toDate(event.created) ?? deps.clock.now(),
            });
        },
      ];
    }
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted': {
      const fresh = await fetchSubscription(String(object.id));
      return [
        async (tx) => {
          await applySubscription(deps, tx, fresh);
        },
      ];
    }
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const invoice = event.data.object;
      const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription ?? null);
      const fresh = subscriptionId ? await fetchSubscription(subscriptionId) : null;
      const paymentIntent = idOf(
        (invoice as unknown as { payments?: { data?: Array<{ payment?: { payment_intent?: string | { id: string } } }> } }).payments
          ?.data?.[0]?.payment?.payment_intent ?? null,
      );
      return [
        async (tx) => {
          const row = fresh ? await applySubscription(deps, tx, fresh) : null;
          await upsertPayment(tx, {
            clientId: row?.clientId ?? null,
            stripeInvoiceId: invoice.id,
            stripePaymentIntentId: paymentIntent,
            status: event.type === 'invoice.paid' ? 'paid' : 'failed',
            amountCents: event.type === 'invoice.paid' ? invoice.amount_paid : invoice.amount_due,
            currency: invoice.currency,
            hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
            occurredAt: toDate(event.created) ?? deps.clock.now(),
          });
        },
      ];
    }
    case 'charge.refunded': {
      const charge = event.data.object;
      const paymentIntent = idOf(charge.payment_intent);
      return paymentIntent ? [(tx) => recordRefund(tx, paymentIntent, charge.amount_refunded, charge.amount)] : [];
    }
    default:
      return [];
  }
}

function syncFields(subscription: Stripe.Subscription, now: Date, pastDueSince: Date | null) {
  const item = subscription.items.data[0];
  const pastDue = subscription.status === 'past_due' || subscription.status === 'unpaid';
  return {
    status: subscription.status,
    stripeCustomerId: idOf(subscription.customer),
    currentPeriodEnd: toDate(item?.current_period_end),
    trialEnd: toDate(subscription.trial_end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    pastDueSince: pastDue ? (pastDueSince ?? now) : null,
    endedAt: toDate(subscription.ended_at),
    amountCents: item?.price.unit_amount ?? undefined,
    stripeStateAt: now,
  };
}

/** Stores a subscription's fresh state (linking it to its client through our metadata when new). */
async function applySubscription(deps: BillingDeps, tx: Parameters<Step>[0], subscription: Stripe.Subscription) {
  const now = deps.clock.now();
  const row = await findSubscriptionByStripe(tx, subscription.id);
  if (row) {
    await updateSubscription(tx, row.id, { ...syncFields(subscription, now, row.pastDueSince), updatedAt: now });
    return row;
  }
  const clientId = subscription.metadata?.client_id;
  if (!clientId) return null; // not one of ours
  const created = await insertSubscription(tx, {
    clientId,
    planId: subscription.metadata.plan_id ?? null,
    interval: subscription.items.data[0]?.price.recurring?.interval ?? 'month',
    currency: subscription.items.data[0]?.price.currency ?? 'eur',
    stripeSubscriptionId: subscription.id,
    ...syncFields(subscription, now, null),
    amountCents: subscription.items.data[0]?.price.unit_amount ?? 0,
    createdAt: now,
    updatedAt: now,
  });
  return created;
}

/** A prospect paid on the plans page: they become a client (invited by email) with their subscription. */
async function welcomeProspect(
  deps: BillingDeps,
  tx: Parameters<Step>[0],
  session: Stripe.Checkout.Session,
  fresh: Stripe.Subscription | null,
  afterCommit: Array<() => Promise<void>>,
) {
  const now = deps.clock.now();
  const email = session.metadata?.prospect_email ?? session.customer_details?.email ?? session.customer_email;
  const name = session.metadata?.prospect_name ?? session.customer_details?.name ?? email;
  if (!email || !name) return;
  const client = await insertPaidProspect(tx, { name, email, at: now });
  const plan = session.metadata?.plan_id ? await findPlan(tx, session.metadata.plan_id) : null;
  await insertSubscription(tx, {
    clientId: client.id,
    planId: plan?.id ?? null,
    stripeCheckoutSessionId: session.id,
    stripeSubscriptionId: fresh?.id ?? null,
    interval: plan?.interval ?? 'month',
    currency: session.currency ?? plan?.currency ?? 'eur',
    ...(fresh ? syncFields(fresh, now, null) : { status: 'paid', stripeStateAt: now, amountCents: session.amount_total ?? 0 }),
    createdAt: now,
    updatedAt: now,
  });
  afterCommit.push(async () => {
    if (deps.mailer && deps.logger) await emailNewInvitation({ ...deps, mailer: deps.mailer, logger: deps.logger }, client.id);
    const trainer = await findTrainer(deps.db);
    if (trainer)
      await notify(deps, {
        recipientId: trainer.id,
        clientId: client.id,
        type: 'message',
        groupKey: `billing:new-client:${client.id}`,
        title: `${name} subscribed`,
        body: `${name} paid for “${plan?.name ?? 'a plan'}” on your plans page and was invited.`,
        link: `/clients/${client.id}`,
      });
  });
}
