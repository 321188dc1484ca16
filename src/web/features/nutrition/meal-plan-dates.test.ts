import { describe, expect, it } from 'vitest';
import { datesInRange, pickerWeeks, restOfWeek, summariseDates, todayIn, weekStart } from './meal-plan-dates';

describe('plan dates', () => {
  it('lists every day of a range, across a month end', () => {
    expect(datesInRange('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(datesInRange('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('finds the start of the week for Monday and Sunday weeks', () => {
    // 2026-03-04 is a Wednesday.
    expect(weekStart('2026-03-04', 1)).toBe('2026-03-02');
    expect(weekStart('2026-03-04', 7)).toBe('2026-03-01');
    expect(weekStart('2026-03-01', 7)).toBe('2026-03-01');
    expect(weekStart('2026-03-01', 1)).toBe('2026-02-23');
  });

  it('gives the rest of this week from today', () => {
    expect(restOfWeek('2026-03-06', 1)).toEqual(['2026-03-06', '2026-03-07', '2026-03-08']);
  });

  it('lays out whole weeks to pick from', () => {
    const weeks = pickerWeeks('2026-03-04', 1, 2);
    expect(weeks).toHaveLength(2);
    expect(weeks[0]?.[0]).toBe('2026-03-02');
    expect(weeks[1]?.[6]).toBe('2026-03-15');
  });

  it('reads today in the client’s time zone', () => {
    const late = new Date('2026-03-04T23:30:00Z');
    expect(todayIn('Europe/Madrid', late)).toBe('2026-03-05');
    expect(todayIn('America/New_York', late)).toBe('2026-03-04');
  });

  it('summarises upcoming days', () => {
    expect(summariseDates([])).toBe('Not on any upcoming day');
    expect(summariseDates(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'])).toMatch(/and 2 more$/);
  });
});
