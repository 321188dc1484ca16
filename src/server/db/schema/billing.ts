import { boolean, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clientProfiles } from './clients';

/**
 * What the trainer sells: a recurring plan or a one-off package, with the areas it includes. With
 * Stripe configured, a plan has a Stripe Product and its current Price; a changed price is a new
 * Price (the old one is archived; subscribers keep theirs until moved).
 */
export const plans = pgTable('plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  amountCents: integer('amount_cents').notNull(),
  currency: text('currency').notNull(),
  interval: text('interval').$type<'month' | 'four_weeks' | 'quarter' | 'year' | 'one_off'>().notNull(),
  trialDays: smallint('trial_days').notNull().default(0),
  setupFeeCents: integer('setup_fee_cents').notNull().default(0),
  areas: text('areas').array().notNull(),
  stripeProductId: text('stripe_product_id'),
  stripePriceId: text('stripe_price_id'),
  stripeSetupPriceId: text('stripe_setup_price_id'),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A client's subscription (or one-off purchase, or manual "pays another way"), synced from Stripe:
 * `stripe_state_at` is when the stored state was true at Stripe, so an older event never moves it
 * backwards.
 */
export const subscriptions = pgTable(
  'subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id').references(() => plans.id, { onDelete: 'set null' }),
    manual: boolean('manual').notNull().default(false),
    stripeSubscriptionId: text('stripe_subscription_id'),
    stripeCustomerId: text('stripe_customer_id'),
    stripeCheckoutSessionId: text('stripe_checkout_session_id'),
    status: text('status').notNull(),
    amountCents: integer('amount_cents').notNull().default(0),
    currency: text('currency').notNull().default('eur'),
    interval: text('interval').notNull(),
    currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
    trialEnd: timestamp('trial_end', { withTimezone: true }),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    pastDueSince: timestamp('past_due_since', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    stripeStateAt: timestamp('stripe_state_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('subscriptions_stripe_unique').on(t.stripeSubscriptionId),
    uniqueIndex('subscriptions_checkout_unique').on(t.stripeCheckoutSessionId),
    index('subscriptions_client_idx').on(t.clientId),
  ],
);

/** Every Stripe event received, by its id: applied once; a replay or duplicate changes nothing. */
export const stripeEvents = pgTable('stripe_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  stripeCreatedAt: timestamp('stripe_created_at', { withTimezone: true }).notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
});

/** Invoices paid or failed, and refunds against them (from Stripe). */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').references(() => clientProfiles.id, { onDelete: 'set null' }),
    stripeInvoiceId: text('stripe_invoice_id'),
    stripePaymentIntentId: text('stripe_payment_intent_id'),
    status: text('status').$type<'paid' | 'failed' | 'refunded' | 'partially_refunded'>().notNull(),
    amountCents: integer('amount_cents').notNull(),
    refundedCents: integer('refunded_cents').notNull().default(0),
    currency: text('currency').notNull(),
    hostedInvoiceUrl: text('hosted_invoice_url'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('payments_invoice_unique').on(t.stripeInvoiceId), index('payments_client_idx').on(t.clientId, t.occurredAt)],
);
