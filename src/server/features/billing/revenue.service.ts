import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { payments } from '../../db/schema';
import { actorRef, type Actor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { findSubscriptionByStripe } from './billing.repo';
import type { BillingDeps } from './billing.service';
import { callStripe } from './stripe-client';

/** Monthly value of one period's price: a quarter is a third, four weeks 13/12 of it. */
export const MONTHLY_FACTOR_SQL = sql`case s.interval when 'month' then 1.0 when 'four_weeks' then 13.0 / 12 when 'week' then 52.0 / 12 when 'quarter' then 1.0 / 3 when 'year' then 1.0 / 12 else 0 end`;

/**
 * The revenue page, from our own synced records (no call to Stripe): MRR per currency, active
 * subscriptions, new and churned per month for 12 months, failed payments to follow up, and lifetime
 * revenue per client.
 */
export async function revenue(deps: BillingDeps) {
  const now = deps.clock.now();
  const [mrr, months, failed, lifetime] = await Promise.all([
    queryRows<{ currency: string; mrr: unknown; active: unknown }>(
      deps.db,
      sql`select s.currency, round(sum(s.amount_cents * ${MONTHLY_FACTOR_SQL}))::int as mrr, count(*)::int as active
            from subscriptions s
           where s.status in ('active', 'past_due', 'manual')
           group by s.currency order by mrr desc`,
    ),
    queryRows<{ month: string; started: unknown; churned: unknown }>(
      deps.db,
      sql`with months as (
            select to_char(date_trunc('month', ${now.toISOString()}::timestamptz) - (n || ' months')::interval, 'YYYY-MM') as month
              from generate_series(0, 11) n
          )
          select m.month,
                 (select count(*) from subscriptions s where s.status not in ('incomplete', 'superseded')
                     and to_char(s.created_at, 'YYYY-MM') = m.month)::int as started,
                 (select count(*) from subscriptions s where s.ended_at is not null and to_char(s.ended_at, 'YYYY-MM') = m.month)::int as churned
            from months m order by m.month`,
    ),
    queryRows<{
      id: string;
      client_id: string | null;
      client_name: string | null;
      amount_cents: number;
      currency: string;
      occurred_at: Date | string;
    }>(
      deps.db,
      sql`select p.id, p.client_id, c.name as client_name, p.amount_cents, p.currency, p.occurred_at
            from payments p left join client_profiles c on c.id = p.client_id
           where p.status = 'failed'
             and not exists (select 1 from payments later where later.client_id = p.client_id and later.status <> 'failed' and later.occurred_at > p.occurred_at)
           order by p.occurred_at desc limit 50`,
    ),
    queryRows<{ client_id: string; client_name: string; currency: string; total: unknown }>(
      deps.db,
      sql`select p.client_id, c.name as client_name, p.currency, sum(p.amount_cents - p.refunded_cents)::int as total
            from payments p join client_profiles c on c.id = p.client_id
           where p.status in ('paid', 'refunded', 'partially_refunded')
           group by p.client_id, c.name, p.currency order by total desc limit 100`,
    ),
  ]);
  return {
    mrr: mrr.map((row) => ({ currency: row.currency, cents: Number(row.mrr), active: Number(row.active) })),
    months: months.map((row) => ({ month: row.month, started: Number(row.started), churned: Number(row.churned) })),
    failedPayments: failed.map((row) => ({
      id: row.id,
      clientId: row.client_id,
      clientName: row.client_name,
      amountCents: Number(row.amount_cents),
      currency: row.currency,
      at: new Date(row.occurred_at).toISOString(),
    })),
    lifetime: lifetime.map((row) => ({
      clientId: row.client_id,
      clientName: row.client_name,
      currency: row.currency,
      cents: Number(row.total),
    })),
  };
}

/** Compares our subscriptions with Stripe's and reports every difference (it changes nothing). */
export async function reconcile(deps: BillingDeps) {
  if (!deps.stripe) throw new AppError('CONFLICT', 'Stripe is not connected: there is nothing to reconcile.');
  const stripe = deps.stripe.client;
  const theirs = await callStripe('list the subscriptions', () =>
    stripe.subscriptions.list({ status: 'all', limit: 100 }).autoPagingToArray({ limit: 10_000 }),
  );
  const differences: Array<{ stripeSubscriptionId: string; ours: string | null; stripe: string }> = [];
  for (const subscription of theirs) {
    const row = await findSubscriptionByStripe(deps.db, subscription.id);
    if (!row && !subscription.metadata?.client_id) continue; // not made by OneCoach
    if (!row || row.status !== subscription.status)
      differences.push({ stripeSubscriptionId: subscription.id, ours: row?.status ?? null, stripe: subscription.status });
  }
  return { checked: theirs.length, differences };
}

/** A full or partial refund through Stripe; the charge.refunded event confirms it later (idempotently). */
export async function refundPayment(deps: BillingDeps, actor: Actor, id: string, amountCents: number | undefined) {
  const [row] = await deps.db.select().from(payments).where(eq(payments.id, id));
  if (!row) throw AppError.notFound('That payment');
  if (!deps.stripe || !row.stripePaymentIntentId) throw new AppError('CONFLICT', 'This payment was not made by card through Stripe.');
  const left = row.amountCents - row.refundedCents;
  if (row.status === 'failed' || left <= 0) throw new AppError('CONFLICT', 'There is nothing left to refund on this payment.');
  if (amountCents !== undefined && amountCents > left) throw AppError.field('amountCents', `At most ${left} can still be refunded.`);
  const stripe = deps.stripe.client;
  const paymentIntent = row.stripePaymentIntentId;
  const refund = await callStripe('refund the payment', () =>
    stripe.refunds.create({ payment_intent: paymentIntent, ...(amountCents !== undefined ? { amount: amountCents } : {}) }),
  );
  const refunded = row.refundedCents + (amountCents ?? left);
  await deps.db
    .update(payments)
    .set({ refundedCents: refunded, status: refunded >= row.amountCents ? 'refunded' : 'partially_refunded' })
    .where(eq(payments.id, id));
  await recordAudit(deps.db, { ...actorRef(actor), action: 'payment.refund', subjectType: 'payment', subjectId: id, at: deps.clock.now() });
  return { refundId: refund.id, refundedCents: refunded };
}
