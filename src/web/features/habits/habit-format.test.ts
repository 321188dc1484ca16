import { describe, expect, it } from 'vitest';
import type { Habit } from '../../../shared/checkins';
import {
  activeOn,
  addTo,
  complianceLabel,
  isMet,
  presetLabel,
  presetsFor,
  progressPercent,
  streakLabel,
  withDayValue,
} from './habit-format';

const habit = (over: Partial<Habit> = {}): Habit => ({
  id: 'h1',
  clientId: 'c1',
  name: 'Water',
  kind: 'numeric',
  frequency: 'daily',
  target: 2.5,
  unit: 'l',
  tracker: null,
  startDate: '2026-03-01',
  endDate: null,
  archived: false,
  current: null,
  streak: 0,
  compliance7: null,
  compliance30: null,
  recent: [],
  ...over,
});

describe('habit words and numbers', () => {
  it('says the streak in days or weeks, and only the compliance figures that exist', () => {
    expect(streakLabel(habit({ streak: 5 }))).toBe('5-day streak');
    expect(streakLabel(habit({ streak: 3, frequency: 'weekly' }))).toBe('3-week streak');
    expect(streakLabel(habit({ streak: 0 }))).toBeNull();
    expect(complianceLabel(habit({ compliance7: 57, compliance30: 40 }))).toBe('7 days 57% · 30 days 40%');
    expect(complianceLabel(habit({ compliance7: 100 }))).toBe('7 days 100%');
    expect(complianceLabel(habit())).toBeNull();
  });

  it('offers add buttons for water and glasses, none for steps or sleep', () => {
    expect(presetsFor(habit())).toEqual([0.25, 0.5]);
    expect(presetsFor(habit({ unit: 'ml' }))).toEqual([250, 500]);
    expect(presetsFor(habit({ unit: 'glasses' }))).toEqual([1]);
    expect(presetsFor(habit({ unit: 'steps', name: 'Steps' }))).toEqual([]);
    expect(presetsFor(habit({ kind: 'yes_no', unit: '' }))).toEqual([]);
    expect(presetLabel(0.25, 'l')).toBe('+0.25 l');
  });

  it('adds without floating-point crumbs and measures progress against the target', () => {
    expect(addTo(0.1, 0.2)).toBe(0.3);
    expect(addTo(null, 0.25)).toBe(0.25);
    expect(progressPercent(habit({ current: 1.25 }))).toBe(50);
    expect(progressPercent(habit({ current: 4 }))).toBe(100);
    expect(isMet(habit({ current: 2.5 }))).toBe(true);
    expect(isMet(habit({ current: 2 }))).toBe(false);
    expect(isMet(habit({ kind: 'yes_no', target: null, current: 1 }))).toBe(true);
  });

  it('shows a logged day at once: today’s value for daily habits, the week’s total for weekly ones', () => {
    const daily = withDayValue(habit({ current: 1, recent: [{ date: '2026-03-31', value: 1 }] }), '2026-03-31', 1.5);
    expect(daily.current).toBe(1.5);
    expect(daily.recent).toEqual([{ date: '2026-03-31', value: 1.5 }]);
    const weekly = habit({
      frequency: 'weekly',
      target: 20000,
      unit: 'steps',
      current: 9000,
      recent: [
        { date: '2026-03-30', value: 5000 },
        { date: '2026-03-31', value: 4000 },
      ],
    });
    expect(withDayValue(weekly, '2026-03-31', 6000).current).toBe(11000);
    expect(withDayValue(weekly, '2026-03-31', null).current).toBe(5000);
    expect(withDayValue(habit({ current: 1, recent: [{ date: '2026-03-31', value: 1 }] }), '2026-03-31', null).current).toBeNull();
  });

  it('shows only habits running on the day', () => {
    const list = [
      habit({ id: 'a' }),
      habit({ id: 'b', archived: true }),
      habit({ id: 'c', startDate: '2026-04-01' }),
      habit({ id: 'd', endDate: '2026-03-30' }),
      habit({ id: 'e', endDate: '2026-03-31' }),
    ];
    expect(activeOn(list, '2026-03-31').map((item) => item.id)).toEqual(['a', 'e']);
  });
});
