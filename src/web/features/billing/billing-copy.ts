import { PLAN_INTERVAL_LABELS, type BillingStatus, type Plan, type PlanArea, type PlanInterval } from '../../../shared/billing';
import { formatDate } from '../../lib/dates';
import type { BadgeTone } from '../../ui/badge';
import { formatMoney } from './money';
import type { Payment } from './queries';

export type BillingState = BillingStatus['state'];

const SUFFIX: Record<PlanInterval, string> = {
  month: '/ month',
  four_weeks: 'every 4 weeks',
  quarter: '/ quarter',
  year: '/ year',
  one_off: 'one-off',
};

/** "€49.00 / month", "€390.00 one-off". */
export const planPrice = (plan: Pick<Plan, 'amountCents' | 'currency' | 'interval'>) =>
  `${formatMoney(plan.amountCents, plan.currency)} ${SUFFIX[plan.interval]}`;

export const intervalLabel = (interval: PlanInterval) => PLAN_INTERVAL_LABELS[interval];

export const trialText = (days: number) => (days > 0 ? `${days}-day free trial` : 'No trial');

/** Short names for dense places (tables, chips); the shared labels are for forms. */
export const AREA_SHORT: Record<PlanArea, string> = {
  messaging: 'Messaging',
  checkins: 'Check-ins',
  nutrition: 'Nutrition',
  ai_coach: 'AI coach',
};
export const areaShort = (area: string) => AREA_SHORT[area as PlanArea] ?? area;

export const STATE_BADGE: Record<BillingState, { label: string; tone: BadgeTone }> = {
  free: { label: 'No plan', tone: 'neutral' },
  manual: { label: 'Paying another way', tone: 'outline' },
  trialing: { label: 'Free trial', tone: 'accent' },
  active: { label: 'Active', tone: 'success' },
  grace: { label: 'Payment failed', tone: 'danger' },
  limited: { label: 'Limited access', tone: 'danger' },
  ending: { label: 'Ending', tone: 'warning' },
};

export const PAYMENT_BADGE: Record<string, { label: string; tone: BadgeTone }> = {
  paid: { label: 'Paid', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  refunded: { label: 'Refunded', tone: 'neutral' },
  partially_refunded: { label: 'Partly refunded', tone: 'warning' },
};
export const paymentBadge = (payment: Payment) => PAYMENT_BADGE[payment.status] ?? { label: payment.status, tone: 'neutral' as const };

/** What can still be refunded on a payment, in minor units. */
export const refundable = (payment: Payment) =>
  payment.status === 'paid' || payment.status === 'partially_refunded' ? Math.max(0, payment.amountCents - payment.refundedCents) : 0;

/** The date that matters for this state, labelled for the trainer: "Next payment", "Trial ends"… */
export function keyDate(status: BillingStatus): { label: string; value: string } | null {
  if (!status.until) return null;
  const value = formatDate(status.until);
  switch (status.state) {
    case 'trialing':
      return { label: 'Trial ends', value };
    case 'active':
      return { label: 'Next payment', value };
    case 'grace':
      return { label: 'Full access until', value };
    case 'ending':
      return { label: 'Access ends', value };
    default:
      return { label: 'Until', value };
  }
}

/** The client's status in plain words, as they read it on their Billing page. */
export function clientStatusText(status: BillingStatus): string {
  const plan = status.planName ?? 'Your plan';
  const until = status.until ? formatDate(status.until) : null;
  switch (status.state) {
    case 'free':
      return "You're not on a paid plan in OneCoach. If you pay your coach, that's sorted between the two of you.";
    case 'manual':
      return `You're on ${plan}. You pay your coach directly, so there's nothing to do here.`;
    case 'trialing':
      return until
        ? `Your free trial runs until ${until}. Your first payment is taken then — cancel any time before.`
        : 'Your free trial has started.';
    case 'active':
      return until ? `${plan} is active. Your next payment is on ${until}.` : `${plan} is active and paid.`;
    case 'grace':
      return `Your last payment didn't go through. Everything stays open until ${until ?? 'soon'} — update your card to keep it that way.`;
    case 'ending':
      return `${plan} ends on ${until ?? 'the end of this period'}. Everything stays open until then.`;
    case 'limited':
      return 'Your plan is paused. Your workouts, progress and messages with your coach are all still here.';
  }
}

/** The client's status as the trainer reads it on the Billing tab. */
export function trainerStatusText(status: BillingStatus, firstName: string): string {
  switch (status.state) {
    case 'free':
      return `${firstName} isn't on a plan, so everything is open. Put them on a plan to bill through OneCoach.`;
    case 'manual':
      return `${firstName} pays you another way (cash, bank transfer). OneCoach doesn't charge them.`;
    case 'trialing':
      return `${firstName} is in a free trial; Stripe takes the first payment when it ends.`;
    case 'active':
      return `${firstName} is paid up.`;
    case 'grace':
      return `A payment failed. ${firstName} keeps full access through the grace period while they update their card.`;
    case 'ending':
      return `${firstName} cancelled; access stays until the end of the period they paid for.`;
    case 'limited':
      return `${firstName} has limited access: training, progress, messages with you and billing. Nothing is deleted.`;
  }
}
