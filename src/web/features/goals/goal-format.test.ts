import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../shared/goals';
import {
  achievementKey,
  clientToday,
  daysBetween,
  deadlineState,
  goalInfo,
  goalTitle,
  nextDay,
  progressPercent,
  sortGoals,
  toViewer,
  unseenAchieved,
} from './goal-format';
import { streakHeadline, streakNudge } from './streak-badge';

const goal = (over: Partial<Goal> = {}): Goal => ({
  id: 'g1',
  clientId: 'c1',
  kind: 'weight',
  metric: 'weight',
  exerciseId: null,
  title: '',
  startValue: 90,
  targetValue: 80,
  unit: 'kg',
  baseUnit: 'kg',
  startDate: '2026-03-01',
  deadline: null,
  current: 85,
  currentDate: '2026-03-15',
  progress: 0.5,
  status: 'active',
  achievedAt: null,
  achievedValue: null,
  ...over,
});

describe('goal words and numbers in the viewer’s units', () => {
  it('makes a title from what the goal is when it has none', () => {
    expect(goalTitle(goal(), goalInfo(goal(), 'kg'))).toBe('Body weight to 80 kg');
    expect(goalTitle(goal(), goalInfo(goal(), 'lb'))).toBe('Body weight to 176.4 lb');
    const lift = goal({ kind: 'lift', metric: null, exerciseId: 'e1', targetValue: 140 });
    expect(goalTitle(lift, goalInfo(lift, 'kg'), 'Back squat')).toBe('Back squat est. 1RM to 140 kg');
    const waist = goal({ kind: 'metric', metric: 'waist', targetValue: 81.28, baseUnit: 'cm' });
    expect(goalTitle(waist, goalInfo(waist, 'lb'))).toBe('Waist to 32 in');
    expect(
      goalTitle(
        goal({ kind: 'body_fat', metric: 'body_fat', targetValue: 15, baseUnit: '%' }),
        goalInfo(goal({ kind: 'body_fat', metric: 'body_fat' }), 'kg'),
      ),
    ).toBe('Body fat to 15 %');
    expect(goalTitle(goal({ title: '  Beach ready ' }), goalInfo(goal(), 'kg'))).toBe('Beach ready');
  });

  it('keeps a coach’s own metric in its unit even before the definitions load', () => {
    const custom = goal({ kind: 'metric', metric: '7f1e', baseUnit: 'bpm', targetValue: 55 });
    expect(goalInfo(custom, 'kg').unit).toBe('bpm');
    expect(goalInfo(custom, 'kg', [{ id: '7f1e', name: 'Resting HR', unit: 'bpm', higherIsBetter: false, archived: false }]).label).toBe(
      'Resting HR',
    );
  });

  it('turns a base value into the number a viewer edits', () => {
    expect(toViewer(80, goalInfo(goal(), 'lb'))).toBe(176.4);
    expect(toViewer(80, goalInfo(goal(), 'kg'))).toBe(80);
  });

  it('says how long is left, or that the deadline passed', () => {
    const now = new Date('2026-03-31T12:00:00');
    expect(deadlineState(null, '2026-03-31')).toBeNull();
    expect(deadlineState('2026-04-01', '2026-03-31', now)?.text).toMatch(/1 day left$/);
    expect(deadlineState('2026-05-15', '2026-03-31', now)).toEqual({ text: expect.stringMatching(/45 days left$/), passed: false });
    expect(deadlineState('2026-03-31', '2026-03-31', now)).toEqual({ text: 'Due today', passed: false });
    expect(deadlineState('2026-03-30', '2026-03-31', now)).toEqual({ text: expect.stringMatching(/^Deadline passed/), passed: true });
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1); // across the spring clock change in Europe
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('knows today in the client’s calendar, not the viewer’s', () => {
    const instant = new Date('2026-03-31T23:30:00Z');
    expect(clientToday('Europe/Madrid', instant)).toBe('2026-04-01');
    expect(clientToday('America/Los_Angeles', instant)).toBe('2026-03-31');
    expect(clientToday('Not/AZone', instant)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('orders active goals first, reached ones latest first, archived apart; bars stay in 0–100', () => {
    const items = [
      goal({ id: 'a', status: 'achieved', achievedAt: '2026-03-01T10:00:00Z' }),
      goal({ id: 'b' }),
      goal({ id: 'c', status: 'archived' }),
      goal({ id: 'd', status: 'achieved', achievedAt: '2026-03-20T10:00:00Z' }),
    ];
    const { open, archived } = sortGoals(items);
    expect(open.map((item) => item.id)).toEqual(['b', 'd', 'a']);
    expect(archived.map((item) => item.id)).toEqual(['c']);
    expect(progressPercent(0.456)).toBe(46);
    expect(progressPercent(1.4)).toBe(100);
    expect(progressPercent(-0.2)).toBe(0);
  });

  it('celebrates a reached goal once, and again only when a moved target is reached', () => {
    const reached = goal({ status: 'achieved', achievedAt: '2026-03-20T10:00:00Z' });
    expect(unseenAchieved([reached, goal({ id: 'g2' })], new Set())).toEqual([reached]);
    expect(unseenAchieved([reached], new Set([achievementKey(reached)]))).toEqual([]);
    const again = { ...reached, achievedAt: '2026-05-01T10:00:00Z' };
    expect(unseenAchieved([again], new Set([achievementKey(reached)]))).toEqual([again]);
  });
});

describe('the weekly streak in words', () => {
  it('says the streak and what this week needs, for the client and for the coach', () => {
    expect(streakHeadline({ current: 3, best: 5, trainedThisWeek: false })).toBe('3-week streak');
    expect(streakNudge({ current: 3, best: 5, trainedThisWeek: false })).toBe('Train this week to keep it going');
    expect(streakNudge({ current: 3, best: 5, trainedThisWeek: true }, 'Lena')).toBe('Lena has trained this week');
    expect(streakHeadline({ current: 0, best: 0, trainedThisWeek: false })).toBe('No streak yet');
    expect(streakHeadline({ current: 0, best: 4, trainedThisWeek: false })).toBe('No streak right now');
  });
});
