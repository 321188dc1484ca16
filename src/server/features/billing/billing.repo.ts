import { and, asc, desc, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { payments, plans, stripeEvents, subscriptions } from '../../db/schema';

export type PlanRow = typeof plans.$inferSelect;
export type SubscriptionRow = typeof subscriptions.$inferSelect;

export async function listPlans(db: DbOrTx, includeArchived: boolean): Promise<Array<PlanRow & { subscribers: number }>> {
  const rows = await db
    .select({
      plan: plans,
      subscribers: sql<number>`(select count(*)::int from subscriptions s where s.plan_id = plans.id and s.status in ('trialing', 'active', 'past_due', 'paid', 'manual'))`,
    })
    .from(plans)
    .where(includeArchived ? undefined : isNull(plans.archivedAt))
    .orderBy(asc(plans.amountCents));
  return rows.map((row) => ({ ...row.plan, subscribers: Number(row.subscribers) }));
}

export async function findPlan(db: DbOrTx, id: string): Promise<PlanRow | null> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row ?? null;
}

export async function insertPlan(db: DbOrTx, values: typeof plans.$inferInsert): Promise<PlanRow> {
  const [row] = await db.insert(plans).values(values).returning();
  return row!;
}

export async function updatePlan(db: DbOrTx, id: string, patch: Partial<typeof plans.$inferInsert>): Promise<PlanRow> {
  const [row] = await db.update(plans).set(patch).where(eq(plans.id, id)).returning();
  return row!;
}

/** The subscription that decides a client's access: the newest one that got past checkout. */
export async function currentSubscription(db: DbOrTx, clientId: string) {
  const [row] = await db
    .select({ subscription: subscriptions, plan: plans })
    .from(subscriptions)
    .leftJoin(plans, eq(plans.id, subscriptions.planId))
    .where(and(eq(subscriptions.clientId, clientId), notInArray(subscriptions.status, ['incomplete', 'superseded'])))
    .orderBy(desc(subscriptions.createdAt))
    .limit(1);
  return row ?? null;
}

/** A checkout started and not finished yet (its link is shown to the client). */
export async function pendingCheckout(db: DbOrTx, clientId: string) {
  const [row] = await db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.clientId, clientId), eq(subscriptions.status, 'incomplete')))
    .orderBy(desc(subscriptions.createdAt))
    .limit(1);
  return row ?? null;
}

export async function insertSubscription(db: DbOrTx, values: typeof subscriptions.$inferInsert): Promise<SubscriptionRow> {
  const [row] = await db.insert(subscriptions).values(values).returning();
  return row!;
}

export async function findSubscriptionByStripe(db: DbOrTx, stripeId: string) {
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.stripeSubscriptionId, stripeId));
  return row ?? null;
}

export async function findSubscriptionByCheckout(db: DbOrTx, sessionId: string) {
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.stripeCheckoutSessionId, sessionId));
  return row ?? null;
}

export async function updateSubscription(db: DbOrTx, id: string, patch: Partial<typeof subscriptions.$inferInsert>) {
  await db.update(subscriptions).set(patch).where(eq(subscriptions.id, id));
}

/** The gate of exactly-once: true only for the first delivery of an event. */
export async function recordEvent(db: DbOrTx, values: typeof stripeEvents.$inferInsert): Promise<boolean> {
  const rows = await db.insert(stripeEvents).values(values).onConflictDoNothing().returning({ id: stripeEvents.id });
  return rows.length > 0;
}

export async function eventSeen(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, id));
  return Boolean(row);
}

export async function upsertPayment(db: DbOrTx, values: typeof payments.$inferInsert): Promise<void> {
  await db
    .insert(payments)
    .values(values)
    .onConflictDoUpdate({
      target: payments.stripeInvoiceId,
      // A paid invoice never goes back to failed (events may arrive out of order).
      set: {
        status: sql`case when ${payments.status} = 'failed' then excluded.status else ${payments.status} end`,
        amountCents: sql`case when excluded.status = 'paid' then excluded.amount_cents else ${payments.amountCents} end`,
        hostedInvoiceUrl: sql`coalesce(excluded.hosted_invoice_url, ${payments.hostedInvoiceUrl})`,
        stripePaymentIntentId: sql`coalesce(excluded.stripe_payment_intent_id, ${payments.stripePaymentIntentId})`,
        occurredAt: sql`case when excluded.status = 'paid' then excluded.occurred_at else ${payments.occurredAt} end`,
      },
    });
}

export async function recordRefund(db: DbOrTx, paymentIntentId: string, refundedCents: number, amountCents: number): Promise<void> {
  await db
    .update(payments)
    .set({ refundedCents, status: refundedCents >= amountCents ? 'refunded' : 'partially_refunded' })
    .where(eq(payments.stripePaymentIntentId, paymentIntentId));
}

export async function clientPayments(db: DbOrTx, clientId: string) {
  return db.select().from(payments).where(eq(payments.clientId, clientId)).orderBy(desc(payments.occurredAt));
}
