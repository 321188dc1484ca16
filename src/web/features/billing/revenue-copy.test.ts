import { describe, expect, it } from 'vitest';
import { monthLabel, monthsSummary, revenueIsEmpty, sortLifetime } from './revenue-copy';

describe('revenue wording', () => {
  it('names months', () => {
    expect(monthLabel('2025-03', { locale: 'en-GB' })).toBe('Mar 2025');
    expect(monthLabel('2025-12', { short: true, locale: 'en-GB' })).toBe('Dec');
  });

  it('sums new and churned in one sentence', () => {
    const months = [
      { month: '2025-01', started: 3, churned: 1 },
      { month: '2025-02', started: 1, churned: 0 },
    ];
    expect(monthsSummary(months).replace('Feb 2025', 'FEB')).toBe(
      '4 new subscriptions and 1 churned over 2 months (net +3); FEB so far: 1 new, 0 churned.',
    );
  });

  it('sorts lifetime revenue top first and knows when there is nothing', () => {
    const rows = [
      { clientId: 'a', clientName: 'Ava', currency: 'eur', cents: 100 },
      { clientId: 'b', clientName: 'Ben', currency: 'eur', cents: 900 },
      { clientId: 'c', clientName: 'Al', currency: 'eur', cents: 100 },
    ];
    expect(sortLifetime(rows).map((row) => row.clientId)).toEqual(['b', 'c', 'a']);
    expect(revenueIsEmpty({ mrr: [], lifetime: [], failedPayments: [], months: [{ month: '2025-01', started: 0, churned: 0 }] })).toBe(
      true,
    );
    expect(revenueIsEmpty({ mrr: [], lifetime: rows, failedPayments: [], months: [] })).toBe(false);
  });
});
