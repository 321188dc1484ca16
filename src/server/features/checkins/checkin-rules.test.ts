import { describe, expect, it } from 'vitest';
import { zonedMidnight } from '../programs/schedule-rules';
import {
  checkinState,
  currentOccurrence,
  habitStats,
  medianReplyHours,
  occurrenceAfter,
  occurrenceOnOrBefore,
  overdueAt,
  type HabitRule,
} from './checkin-rules';

const weeklySunday = { kind: 'weekly' as const, weekday: 7, everyDays: null, startDate: '2026-03-01' };

describe('when a check-in is due', () => {
  it('falls on the chosen weekday, from the start date on', () => {
    expect(occurrenceOnOrBefore(weeklySunday, '2026-03-20')).toBe('2026-03-15');
    expect(occurrenceOnOrBefore(weeklySunday, '2026-03-22')).toBe('2026-03-22');
    expect(occurrenceOnOrBefore(weeklySunday, '2026-02-28')).toBeNull();
    expect(occurrenceAfter(weeklySunday, '2026-03-22')).toBe('2026-03-29');
    expect(occurrenceAfter({ ...weeklySunday, startDate: '2026-03-04' }, '2026-03-02')).toBe('2026-03-08');
  });

  it('every N days counts from the start day; once is once', () => {
    const fortnightly = { kind: 'every_n_days' as const, weekday: null, everyDays: 14, startDate: '2026-03-02' };
    expect(occurrenceOnOrBefore(fortnightly, '2026-03-15')).toBe('2026-03-02');
    expect(occurrenceOnOrBefore(fortnightly, '2026-03-16')).toBe('2026-03-16');
    expect(occurrenceAfter(fortnightly, '2026-03-16')).toBe('2026-03-30');
    const once = { kind: 'once' as const, weekday: null, everyDays: null, startDate: '2026-04-01' };
    expect(currentOccurrence(once, '2026-03-20')).toBe('2026-04-01');
    expect(currentOccurrence(once, '2026-05-20')).toBe('2026-04-01');
    expect(occurrenceAfter(once, '2026-04-01')).toBeNull();
  });

  it('steps calendar days across a daylight-saving change (29 March in Europe)', () => {
    const daily = { kind: 'every_n_days' as const, weekday: null, everyDays: 1, startDate: '2026-03-28' };
    expect(occurrenceAfter(daily, '2026-03-28')).toBe('2026-03-29');
    expect(occurrenceAfter(daily, '2026-03-29')).toBe('2026-03-30');
  });
});

describe('due, overdue, submitted, reviewed', () => {
  const base = {
    dueDate: '2026-03-29',
    graceHours: 24,
    timeZone: 'Europe/London',
    today: '2026-03-29',
    submittedAt: null,
    reviewedAt: null,
  };

  it("turns overdue the grace period after the client's midnight, DST-correct", () => {
    // London midnight on 29 March is 00:00 GMT (the clocks go forward at 01:00): overdue at 00:00 UTC on the 30th.
    expect(overdueAt('2026-03-29', 24, 'Europe/London').toISOString()).toBe('2026-03-30T00:00:00.000Z');
    // A day later it is BST: midnight on the 30th is 23:00 UTC on the 29th.
    expect(zonedMidnight('2026-03-30', 'Europe/London').toISOString()).toBe('2026-03-29T23:00:00.000Z');
    // New York's midnight on 8 March is still EST (05:00 UTC); 48 real hours later, across the change.
    expect(overdueAt('2026-03-08', 48, 'America/New_York').toISOString()).toBe('2026-03-10T05:00:00.000Z');
    expect(checkinState({ ...base, now: new Date('2026-03-29T23:59:00Z') })).toBe('due');
    expect(checkinState({ ...base, now: new Date('2026-03-30T00:00:00Z'), today: '2026-03-30' })).toBe('overdue');
  });

  it('is upcoming before its day, and submitted or reviewed whatever the time', () => {
    expect(checkinState({ ...base, today: '2026-03-28', now: new Date('2026-03-28T12:00:00Z') })).toBe('upcoming');
    const late = new Date('2026-04-10T00:00:00Z');
    expect(checkinState({ ...base, now: late, submittedAt: new Date('2026-04-01T10:00:00Z') })).toBe('submitted');
    expect(checkinState({ ...base, now: late, submittedAt: late, reviewedAt: late })).toBe('reviewed');
  });

  it('shows only the latest occurrence: a missed week does not pile up', () => {
    expect(currentOccurrence(weeklySunday, '2026-03-25')).toBe('2026-03-22');
    expect(currentOccurrence(weeklySunday, '2026-02-20')).toBe('2026-03-01');
  });
});

describe("the coach's typical reply time", () => {
  const h = 3_600_000;
  it('is the median, once there are enough replies', () => {
    expect(medianReplyHours([1 * h, 2 * h])).toBeNull();
    expect(medianReplyHours([5 * h, 1 * h, 30 * h])).toBe(5);
    expect(medianReplyHours([1 * h, 2 * h, 4 * h, 30 * h])).toBe(3);
  });
});

describe('habit streaks and compliance', () => {
  const yesNo: HabitRule = { kind: 'yes_no', frequency: 'daily', target: null, startDate: '2026-03-01', endDate: null };
  const logs = (entries: Record<string, number>) => new Map(Object.entries(entries));

  it('counts a daily streak up to yesterday while today is open, and today once ticked', () => {
    const some = logs({ '2026-03-27': 1, '2026-03-28': 1, '2026-03-29': 1 });
    expect(habitStats(yesNo, some, '2026-03-30', 1)).toMatchObject({ streak: 3, current: null });
    expect(habitStats(yesNo, logs({ ...Object.fromEntries(some), '2026-03-30': 1 }), '2026-03-30', 1).streak).toBe(4);
    expect(habitStats(yesNo, logs({ '2026-03-27': 1, '2026-03-29': 1 }), '2026-03-30', 1).streak).toBe(1);
  });

  it('gives compliance over the last 7 and 30 days since the start, today only once done', () => {
    const days = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`2026-03-${String(i + 10).padStart(2, '0')}`, i % 2]));
    const stats = habitStats({ ...yesNo, startDate: '2026-03-10' }, logs(days), '2026-03-30', 1);
    // 24–29 March: 25, 27, 29 done (3 of 6; today open and not done)
    expect(stats.compliance7).toBe(50);
    // 10–29 March: 10 of 20
    expect(stats.compliance30).toBe(50);
    expect(habitStats({ ...yesNo, startDate: '2026-03-30' }, logs({}), '2026-03-30', 1).compliance7).toBeNull();
  });

  it('compares numbers with the target (water 2.5 l a day)', () => {
    const water: HabitRule = { kind: 'numeric', frequency: 'daily', target: 2.5, startDate: '2026-03-01', endDate: null };
    const stats = habitStats(water, logs({ '2026-03-28': 2.5, '2026-03-29': 2, '2026-03-30': 3 }), '2026-03-30', 1);
    expect(stats).toMatchObject({ streak: 1, current: 3 });
  });

  it('sums a weekly habit over the week (Sunday-start weeks) and counts weeks', () => {
    const mobility: HabitRule = { kind: 'numeric', frequency: 'weekly', target: 3, startDate: '2026-03-01', endDate: null };
    const entries = logs({
      '2026-03-01': 1,
      '2026-03-03': 1,
      '2026-03-05': 1, // week of 1 March: 3 → met
      '2026-03-09': 2, // week of 8 March: 2 → not met
      '2026-03-15': 3, // week of 15 March: met
      '2026-03-22': 1,
      '2026-03-28': 2, // week of 22 March: met
      '2026-03-29': 1, // this week (29 March, Sunday start): 1 so far
    });
    const stats = habitStats(mobility, entries, '2026-03-30', 7);
    expect(stats).toMatchObject({ streak: 2, current: 1 });
    expect(stats.compliance30).toBe(67); // weeks of 8, 15, 22 March: 2 of 3 (this week open)
  });

  it('stops at its end date', () => {
    const ended = { ...yesNo, endDate: '2026-03-20' };
    expect(habitStats(ended, logs({ '2026-03-19': 1, '2026-03-20': 1 }), '2026-03-30', 1).streak).toBe(2);
  });
});
