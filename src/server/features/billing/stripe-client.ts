import Stripe from 'stripe';
import type { Env } from '../../lib/env';
import { AppError } from '../../lib/errors';

export type StripeSetup = { client: Stripe; webhookSecret: string | null };

/** Stripe when its keys are set (STRIPE_API_BASE points the SDK elsewhere: stripe-mock, tests). */
export function createStripe(env: Pick<Env, 'stripe'>): StripeSetup | null {
  if (!env.stripe) return null;
  const base = env.stripe.apiBase ? new URL(env.stripe.apiBase) : null;
  const client = new Stripe(env.stripe.secretKey, {
    ...(base
      ? {
          host: base.hostname,
          port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
          protocol: base.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
    maxNetworkRetries: 1,
    timeout: 15_000,
    appInfo: { name: 'OneCoach' },
  });
  return { client, webhookSecret: env.stripe.webhookSecret };
}

/** Runs a Stripe call; its failure is a clear 502 (nothing of ours is written before it succeeds). */
export async function callStripe<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const stripeError = error as { type?: string; message?: string; param?: string; statusCode?: number };
    if (stripeError.type === 'StripeInvalidRequestError' && stripeError.statusCode === 400)
      throw new AppError('VALIDATION_FAILED', `Stripe refused to ${what}: ${stripeError.message ?? 'invalid request'}`);
    throw new AppError(
      'UPSTREAM_FAILED',
      `Stripe did not ${what} (${stripeError.message ?? 'no answer'}). Nothing was changed; try again.`,
    );
  }
}

/** Stripe's recurring settings for a plan interval (null: a one-off payment). */
export function recurringFor(interval: string): { interval: 'week' | 'month' | 'year'; interval_count: number } | null {
  switch (interval) {
    case 'month':
      return { interval: 'month', interval_count: 1 };
    case 'four_weeks':
      return { interval: 'week', interval_count: 4 };
    case 'quarter':
      return { interval: 'month', interval_count: 3 };
    case 'year':
      return { interval: 'year', interval_count: 1 };
    default:
      return null;
  }
}
