import { describe, expect, it } from 'vitest';
import { formatQuantity, onDays } from './shopping-format';

describe('shopping quantities', () => {
  it('shows grams to the gram when small, to 5 g up to a kilo, then kilograms', () => {
    expect(formatQuantity(42.4)).toBe('42 g');
    expect(formatQuantity(348)).toBe('350 g');
    expect(formatQuantity(1234)).toBe('1.2 kg');
    expect(formatQuantity(2000)).toBe('2 kg');
  });

  it('shows ounces and pounds for a client in pounds', () => {
    expect(formatQuantity(100, 'lb')).toBe('3.5 oz');
    expect(formatQuantity(340, 'lb')).toBe('12 oz');
    expect(formatQuantity(1200, 'lb')).toBe('2.6 lb');
  });

  it('counts days in words', () => {
    expect(onDays(1)).toBe('on 1 day');
    expect(onDays(5)).toBe('on 5 days');
  });
});
