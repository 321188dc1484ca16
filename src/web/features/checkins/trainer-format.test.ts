import { describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/dates';
import { complianceTone, describeHabit, describeSchedule, formatGrace } from './trainer-format';

describe('schedule words', () => {
  it('names the grace period in days and hours', () => {
    expect(formatGrace(48)).toBe('2 days');
    expect(formatGrace(24)).toBe('1 day');
    expect(formatGrace(12)).toBe('12 hours');
    expect(formatGrace(30)).toBe('1 day 6 hours');
    expect(formatGrace(0)).toBe('0 hours');
  });

  it('describes each kind of schedule', () => {
    const base = { startDate: '2026-03-01', graceHours: 48, weekday: null, everyDays: null };
    const day = formatDate('2026-03-01');
    expect(describeSchedule({ ...base, kind: 'weekly', weekday: 7 })).toBe(`Every Sunday · from ${day} · overdue after 2 days`);
    expect(describeSchedule({ ...base, kind: 'every_n_days', everyDays: 14 })).toMatch(/^Every 14 days · from/);
    expect(describeSchedule({ ...base, kind: 'once', graceHours: 24 })).toBe(`Once, on ${day} · overdue after 1 day`);
  });
});

describe('habit words', () => {
  it('says the target per day or week', () => {
    expect(describeHabit({ kind: 'numeric', frequency: 'daily', target: 2.5, unit: 'L' })).toBe('2.5 L a day');
    expect(describeHabit({ kind: 'numeric', frequency: 'weekly', target: 3, unit: '' })).toBe('3 a week');
    expect(describeHabit({ kind: 'yes_no', frequency: 'daily', target: null, unit: '' })).toBe('Every day');
  });
  it('colours compliance by how it is going', () => {
    expect(complianceTone(null)).toBe('neutral');
    expect(complianceTone(85)).toBe('success');
    expect(complianceTone(60)).toBe('warning');
    expect(complianceTone(20)).toBe('danger');
  });
});
