import { PLAN_AREA_LABELS, type Plan, type PlanInterval } from '../../../shared/billing';
import { minorDigits } from '../billing/money';

/** After the price on a sales card: "/ month", "one-off". */
const PER: Record<PlanInterval, string> = {
  month: '/ month',
  four_weeks: '/ 4 weeks',
  quarter: '/ quarter',
  year: '/ year',
  one_off: 'one-off',
};

/**
 * A price as a buyer reads it, in the viewer's locale: "€49", "€49.50", "¥5,000" (whole amounts
 * without ".00"; JPY has no minor unit, so 5000 is ¥5,000).
 */
export function salesPrice(cents: number, currency: string): string {
  const digits = minorDigits(currency);
  const fraction = cents % 10 ** digits === 0 ? 0 : digits;
  return new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
  }).format(cents / 10 ** digits);
}

export const perText = (interval: PlanInterval) => PER[interval];

/** "€49 / month" for dialogs and summaries. */
export const priceLine = (plan: Pick<Plan, 'amountCents' | 'currency' | 'interval'>) =>
  `${salesPrice(plan.amountCents, plan.currency)} ${PER[plan.interval]}`;

/** What the plan includes, training always first. */
export const includedLines = (plan: Pick<Plan, 'areas'>): string[] => [
  'Your training program and progress tracking',
  ...plan.areas.map((area) => PLAN_AREA_LABELS[area]),
];

/** "Sam", "SR" — initials for when there is no photo. */
export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
