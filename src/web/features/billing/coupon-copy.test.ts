import { describe, expect, it } from 'vitest';
import { couponText, formatAmountOff } from './coupon-copy';

const terms = { percentOff: null, amountOffCents: null, currency: null, duration: 'once', durationInMonths: null };

describe('discount code wording', () => {
  it('says a percentage and how long it lasts', () => {
    expect(couponText({ ...terms, percentOff: 20, duration: 'repeating', durationInMonths: 3 }, 'en-GB')).toBe('20 % off for 3 months');
    expect(couponText({ ...terms, percentOff: 50, duration: 'repeating', durationInMonths: 1 }, 'en-GB')).toBe('50 % off for 1 month');
    expect(couponText({ ...terms, percentOff: 12.5, duration: 'forever' }, 'en-GB')).toBe('12.5 % off forever');
  });

  it('says an amount without ".00" when it is whole', () => {
    expect(couponText({ ...terms, amountOffCents: 1000, currency: 'eur' }, 'en-GB')).toBe('€10 off once');
    expect(couponText({ ...terms, amountOffCents: 950, currency: 'usd', duration: 'forever' }, 'en-GB')).toBe('US$9.50 off forever');
    expect(formatAmountOff(500, 'jpy', 'en-GB')).toBe('JP¥500');
  });

  it('never says nothing', () => {
    expect(couponText(terms, 'en-GB')).toBe('A discount once');
  });
});
