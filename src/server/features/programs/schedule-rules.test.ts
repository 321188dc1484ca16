import { describe, expect, it } from 'vitest';
import { addDays, effectiveStatus, isoWeekday, localDate, scheduledDate, startOfWeek } from './schedule-rules';

describe('calendar rules', () => {
  it('knows weekdays and adds days across month, year and DST boundaries', () => {
    expect(isoWeekday('2026-11-30')).toBe(1); // Monday
    expect(isoWeekday('2026-11-29')).toBe(7); // Sunday
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // EU clocks change on the 29th
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it("finds a client's today in their own time zone", () => {
    const instant = new Date('2026-11-25T23:30:00Z');
    expect(localDate(instant, 'Europe/Madrid')).toBe('2026-11-26');
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-11-25');
    expect(localDate(instant, 'Pacific/Auckland')).toBe('2026-11-26');
  });

  it('starts weeks on Monday or Sunday as the trainer chose', () => {
    expect(startOfWeek('2026-11-26', 1)).toBe('2026-11-23');
    expect(startOfWeek('2026-11-26', 7)).toBe('2026-11-22');
    expect(startOfWeek('2026-11-22', 7)).toBe('2026-11-22');
    expect(startOfWeek('2026-11-22', 1)).toBe('2026-11-16');
  });

  it('places each week of a program on the chosen weekdays from the start date', () => {
    // Start Monday 30 Nov: Mon/Wed/Fri.
    expect([1, 3, 5].map((d) => scheduledDate('2026-11-30', 1, d))).toEqual(['2026-11-30', '2026-12-02', '2026-12-04']);
    expect([1, 3, 5].map((d) => scheduledDate('2026-11-30', 2, d))).toEqual(['2026-12-07', '2026-12-09', '2026-12-11']);
    // Start on a Thursday: Monday's workout of week 1 falls on the next Monday, after the start.
    expect(scheduledDate('2026-11-26', 1, 1)).toBe('2026-11-30');
    expect(scheduledDate('2026-11-26', 1, 4)).toBe('2026-11-26');
    // Across the March DST change the dates stay on their weekdays.
    expect(scheduledDate('2026-03-23', 2, 1)).toBe('2026-03-30');
  });

  it('counts a past scheduled workout as missed, never a done or skipped one', () => {
    expect(effectiveStatus('scheduled', '2026-11-24', '2026-11-25')).toBe('missed');
    expect(effectiveStatus('scheduled', '2026-11-25', '2026-11-25')).toBe('scheduled');
    expect(effectiveStatus('completed', '2026-11-01', '2026-11-25')).toBe('completed');
    expect(effectiveStatus('skipped', '2026-11-01', '2026-11-25')).toBe('skipped');
  });
});
