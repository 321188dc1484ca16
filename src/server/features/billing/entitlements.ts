import { PLAN_AREAS, type BillingStatus, type PlanArea } from '../../../shared/billing';

/**
 * The one place that decides what a client may use, from their synced subscription and the clock.
 * Every gated route asks `allows()`; the client's banner comes from the same answer.
 * - No plan at all: the trainer bills them outside OneCoach (or not at all): everything.
 * - Manual ("pays another way"), trialing, active, paid one-off: the plan's areas.
 * - Cancelled at period end: the plan's areas until the end.
 * - A failed payment: the plan's areas through the grace period, then limited.
 * - Limited (grace over, cancelled, unpaid): billing, messages with the coach and their own data
 *   (training, progress) stay; nothing is deleted.
 */
export type SubscriptionFacts = {
  status: string;
  manual: boolean;
  planName: string | null;
  areas: PlanArea[];
  currentPeriodEnd: Date | null;
  trialEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  pastDueSince: Date | null;
  interval: string;
};

export const DEFAULT_GRACE_DAYS = 7;
/** What a limited client keeps beside training, progress and billing. */
export const LIMITED_AREAS: PlanArea[] = ['messaging'];

const day = (date: Date) => date.toISOString();

export function billingStatus(
  subscription: SubscriptionFacts | null,
  now: Date,
  graceDays = DEFAULT_GRACE_DAYS,
): Omit<BillingStatus, 'checkoutAvailable'> {
  if (!subscription) return { state: 'free', areas: [...PLAN_AREAS], planName: null, until: null, banner: null, limitedBecause: null };
  const base = { areas: subscription.areas, planName: subscription.planName, limitedBecause: null };
  if (subscription.manual) return { ...base, state: 'manual', until: null, banner: null };
  const ended = subscription.currentPeriodEnd !== null && subscription.currentPeriodEnd <= now;
  switch (subscription.status) {
    case 'trialing':
      return { ...base, state: 'trialing', until: subscription.trialEnd ? day(subscription.trialEnd) : null, banner: null };
    case 'active':
    case 'paid':
      if (subscription.cancelAtPeriodEnd && subscription.currentPeriodEnd) {
        if (ended) break;
        return {
          ...base,
          state: 'ending',
          until: day(subscription.currentPeriodEnd),
          banner: `Your plan ends on ${subscription.currentPeriodEnd.toISOString().slice(0, 10)}. Renew it any time under Billing.`,
        };
      }
      return {
        ...base,
        state: 'active',
        until: subscription.interval === 'one_off' ? null : subscription.currentPeriodEnd && day(subscription.currentPeriodEnd),
        banner: null,
      };
    case 'past_due':
    case 'unpaid': {
      const since = subscription.pastDueSince ?? now;
      const graceEnds = new Date(since.getTime() + graceDays * 86_400_000);
      if (now < graceEnds)
        return {
          ...base,
          state: 'grace',
          until: day(graceEnds),
          banner: `Your last payment did not go through. Update your card by ${graceEnds.toISOString().slice(0, 10)} to keep everything.`,
        };
      return {
        state: 'limited',
        areas: LIMITED_AREAS,
        planName: subscription.planName,
        until: null,
        limitedBecause: 'payment_failed',
        banner: 'Your payment did not go through, so your plan is paused. Update your card under Billing to pick up where you left off.',
      };
    }
    default:
      break;
  }
  return {
    state: 'limited',
    areas: LIMITED_AREAS,
    planName: subscription.planName,
    until: null,
    limitedBecause: 'ended',
    banner: 'Your plan has ended. Your workouts and progress are all still here: choose a plan under Billing to continue.',
  };
}

export const allows = (status: Pick<BillingStatus, 'areas'>, area: PlanArea) => status.areas.includes(area);
