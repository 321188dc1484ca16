import { z } from 'zod';

/** Payments (issue 9): plans, subscriptions, what a plan includes, billing status. */

export const PLAN_INTERVALS = ['month', 'four_weeks', 'quarter', 'year', 'one_off'] as const;
export type PlanInterval = (typeof PLAN_INTERVALS)[number];
export const PLAN_INTERVAL_LABELS: Record<PlanInterval, string> = {
  month: 'Monthly',
  four_weeks: 'Every 4 weeks',
  quarter: 'Quarterly',
  year: 'Yearly',
  one_off: 'One-off package',
};

/** Areas a plan can include; training and the client's own data are always there. */
export const PLAN_AREAS = ['messaging', 'checkins', 'nutrition', 'ai_coach'] as const;
export type PlanArea = (typeof PLAN_AREAS)[number];
export const PLAN_AREA_LABELS: Record<PlanArea, string> = {
  messaging: 'Messaging with the coach',
  checkins: 'Check-ins and habits',
  nutrition: 'Nutrition',
  ai_coach: 'AI coach',
};

/** Currencies Stripe settles in that a coach is likely to use (ISO 4217, lower case as Stripe wants). */
export const CURRENCIES = [
  'eur',
  'usd',
  'gbp',
  'chf',
  'cad',
  'aud',
  'nzd',
  'sek',
  'nok',
  'dkk',
  'pln',
  'czk',
  'jpy',
  'sgd',
  'hkd',
  'zar',
  'brl',
  'mxn',
  'inr',
] as const;
/** Currencies without minor units (Stripe amounts are whole units there). */
export const ZERO_DECIMAL = new Set<string>(['jpy']);

export const SavePlanSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the plan').max(80),
    description: z.string().trim().max(1000).default(''),
    /** In the currency's minor unit (cents). */
    amountCents: z.number().int('Whole cents').positive('The price must be above zero').max(10_000_000, 'That price is too high'),
    currency: z.enum(CURRENCIES, 'Choose a currency Stripe supports'),
    interval: z.enum(PLAN_INTERVALS),
    trialDays: z.number().int().min(0).max(365, 'At most 365 days of trial').default(0),
    setupFeeCents: z.number().int().min(0, 'Cannot be negative').max(10_000_000).default(0),
    areas: z
      .array(z.enum(PLAN_AREAS))
      .max(PLAN_AREAS.length)
      .default([...PLAN_AREAS]),
    archived: z.boolean().default(false),
  })
  .superRefine((plan, ctx) => {
    if (plan.interval === 'one_off' && plan.trialDays > 0)
      ctx.addIssue({ code: 'custom', path: ['trialDays'], message: 'A one-off package has no trial' });
  })
  .meta({ id: 'SavePlanInput' });
export type SavePlanInput = z.input<typeof SavePlanSchema>;

export const PlanSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    amountCents: z.number(),
    currency: z.string(),
    interval: z.enum(PLAN_INTERVALS),
    trialDays: z.number(),
    setupFeeCents: z.number(),
    areas: z.array(z.enum(PLAN_AREAS)),
    archived: z.boolean(),
    /** Whether it is on sale through Stripe (false without Stripe keys: manual billing only). */
    stripe: z.boolean(),
    subscribers: z.number().int(),
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof PlanSchema>;

export const SUBSCRIPTION_STATUSES = [
  'trialing',
  'active',
  'past_due',
  'unpaid',
  'canceled',
  'incomplete',
  'incomplete_expired',
  'paused',
  'paid',
  'manual',
] as const;

export const AssignPlanSchema = z
  .object({
    planId: z.string().uuid('Choose a plan'),
    /** Paying another way (cash, bank transfer): no Stripe, the trainer keeps track. */
    manual: z.boolean().default(false),
  })
  .meta({ id: 'AssignPlanInput' });

/** What a client may use now, and why (derived in one place on the server). */
export const BillingStatusSchema = z
  .object({
    state: z.enum(['free', 'manual', 'trialing', 'active', 'grace', 'limited', 'ending']),
    areas: z.array(z.enum(PLAN_AREAS)),
    planName: z.string().nullable(),
    /** When access ends or a grace period runs out (ISO), if it does. */
    until: z.string().nullable(),
    /** A message for the client's banner (failed payment, cancelled at period end), or null. */
    banner: z.string().nullable(),
    /** Why access is limited (state 'limited'): a payment that failed past the grace period, or a plan that ended. */
    limitedBecause: z.enum(['payment_failed', 'ended']).nullable(),
    checkoutAvailable: z.boolean(),
  })
  .meta({ id: 'BillingStatus' });
export type BillingStatus = z.infer<typeof BillingStatusSchema>;
