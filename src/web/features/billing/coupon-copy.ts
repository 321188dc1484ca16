import { minorDigits } from './money';
import type { Coupon } from './queries';

type CouponTerms = Pick<Coupon, 'percentOff' | 'amountOffCents' | 'currency' | 'duration' | 'durationInMonths'>;

const percent = new Map<string, Intl.NumberFormat>();

/** "€10", "€9.50", "¥500": whole amounts without ".00", as people say a discount. */
export function formatAmountOff(cents: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency);
  const shown = cents % 10 ** digits === 0 ? 0 : digits;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: shown,
    maximumFractionDigits: shown,
  }).format(cents / 10 ** digits);
}

/** "20 % off", "12.5 % off", "€10 off". */
export function couponDiscount(coupon: CouponTerms, locale?: string): string {
  if (coupon.percentOff !== null) {
    let format = percent.get(locale ?? '');
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      percent.set(locale ?? '', format);
    }
    return `${format.format(coupon.percentOff)} % off`;
  }
  if (coupon.amountOffCents !== null && coupon.currency) return `${formatAmountOff(coupon.amountOffCents, coupon.currency, locale)} off`;
  return 'A discount';
}

/** "once", "for 3 months", "for 1 month", "forever". */
export function couponDuration(coupon: Pick<Coupon, 'duration' | 'durationInMonths'>): string {
  if (coupon.duration === 'forever') return 'forever';
  if (coupon.duration === 'repeating') {
    const months = coupon.durationInMonths ?? 1;
    return `for ${months} ${months === 1 ? 'month' : 'months'}`;
  }
  return 'once';
}

/** "20 % off for 3 months", "€10 off once", "15 % off forever". */
export const couponText = (coupon: CouponTerms, locale?: string) => `${couponDiscount(coupon, locale)} ${couponDuration(coupon)}`;
