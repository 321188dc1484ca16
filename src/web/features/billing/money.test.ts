import { describe, expect, it } from 'vitest';
import { centsToMoneyInput, formatMoney, parseMoney } from './money';

describe('prices typed as money', () => {
  it('reads the ways people type a price, in cents', () => {
    expect(parseMoney('49', 'eur')).toBe(4900);
    expect(parseMoney('49.00', 'eur')).toBe(4900);
    expect(parseMoney('49.5', 'eur')).toBe(4950);
    expect(parseMoney('49,50', 'eur')).toBe(4950);
    expect(parseMoney('19.99', 'usd')).toBe(1999);
    expect(parseMoney('0.29', 'usd')).toBe(29);
    expect(parseMoney(' € 49 ', 'eur')).toBe(4900);
    expect(parseMoney('CHF 120.-', 'chf')).toBeNull();
    expect(parseMoney('1,234.56', 'usd')).toBe(123456);
    expect(parseMoney('1.234,56', 'eur')).toBe(123456);
    expect(parseMoney('1 234,56', 'eur')).toBe(123456);
    expect(parseMoney('1,000', 'gbp')).toBe(100000);
    expect(parseMoney('1,000,000', 'gbp')).toBe(100000000);
    expect(parseMoney('49.', 'eur')).toBe(4900);
  });

  it('keeps a minus sign (so the form can say why) and refuses what is not a price', () => {
    expect(parseMoney('-10', 'eur')).toBe(-1000);
    expect(parseMoney('', 'eur')).toBeNull();
    expect(parseMoney('abc', 'eur')).toBeNull();
    expect(parseMoney('4a9', 'eur')).toBeNull();
    expect(parseMoney('49.123', 'eur')).toBe(4912300); // three digits after one separator group thousands (the form shows the result)
    expect(parseMoney('49.1234', 'eur')).toBeNull();
    expect(parseMoney('1,23,4', 'eur')).toBeNull();
  });

  it('has no minor unit for yen: 5000 is ¥5,000', () => {
    expect(parseMoney('5000', 'jpy')).toBe(5000);
    expect(parseMoney('5,000', 'jpy')).toBe(5000);
    expect(parseMoney('5000.00', 'jpy')).toBe(5000);
    expect(parseMoney('49.50', 'jpy')).toBeNull();
  });

  it('formats in the currency, with its own decimals', () => {
    expect(formatMoney(4900, 'eur', 'en-GB')).toBe('€49.00');
    expect(formatMoney(123456, 'usd', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(5000, 'jpy', 'en-GB')).toBe('JP¥5,000');
    expect(formatMoney(5000, 'jpy', 'ja-JP')).toBe('￥5,000');
    expect(formatMoney(4950, 'eur', 'de-DE').replace(/\s/g, ' ')).toBe('49,50 €');
  });

  it('puts cents back into a price field', () => {
    expect(centsToMoneyInput(4900, 'eur')).toBe('49.00');
    expect(centsToMoneyInput(5, 'eur')).toBe('0.05');
    expect(centsToMoneyInput(5000, 'jpy')).toBe('5000');
    expect(parseMoney(centsToMoneyInput(1999, 'usd'), 'usd')).toBe(1999);
  });
});
