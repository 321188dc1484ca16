import { describe, expect, it } from 'vitest';
import { earnedBadges, goalProgress, weeklyStreak, type BadgeFacts } from './goal-rules';

describe('goal progress', () => {
  it('runs from the start value (0) to the target (1) for a goal to go down', () => {
    expect(goalProgress(90, 80, 90)).toEqual({ progress: 0, reached: false });
    expect(goalProgress(90, 80, 85).progress).toBeCloseTo(0.5);
    expect(goalProgress(90, 80, 80)).toEqual({ progress: 1, reached: true });
    expect(goalProgress(90, 80, 78)).toEqual({ progress: 1, reached: true });
  });

  it('runs the other way for a goal to go up (a lift, muscle gain)', () => {
    expect(goalProgress(100, 140, 120).progress).toBeCloseTo(0.5);
    expect(goalProgress(100, 140, 139.9).reached).toBe(false);
    expect(goalProgress(100, 140, 140).reached).toBe(true);
  });

  it('clamps a move the wrong way to 0 and has no progress before any data', () => {
    expect(goalProgress(90, 80, 93)).toEqual({ progress: 0, reached: false });
    expect(goalProgress(90, 80, null)).toEqual({ progress: 0, reached: false });
  });

  it('treats a target equal to the start as reached once there is a value', () => {
    expect(goalProgress(80, 80, 80)).toEqual({ progress: 1, reached: true });
  });
});

describe('weekly streak', () => {
  const thisWeek = '2026-03-30';
  it('counts consecutive trained weeks up to last week while this week is still open', () => {
    expect(weeklyStreak(['2026-03-09', '2026-03-16', '2026-03-23'], thisWeek)).toEqual({ current: 3, best: 3, trainedThisWeek: false });
  });

  it('adds this week once trained', () => {
    expect(weeklyStreak(['2026-03-16', '2026-03-23', '2026-03-30', '2026-03-30'], thisWeek)).toEqual({
      current: 3,
      best: 3,
      trainedThisWeek: true,
    });
  });

  it('is broken by a week without training, keeping the best run', () => {
    const weeks = ['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-16', '2026-03-23'];
    expect(weeklyStreak(weeks, thisWeek)).toEqual({ current: 2, best: 4, trainedThisWeek: false });
    expect(weeklyStreak(['2026-03-09'], thisWeek).current).toBe(0);
    expect(weeklyStreak([], thisWeek)).toEqual({ current: 0, best: 0, trainedThisWeek: false });
  });

  it('steps whole calendar weeks across a daylight-saving change (weeks are dates, not hours)', () => {
    // Europe/London moved its clocks on Sunday 29 March 2026; Sunday-start weeks either side.
    expect(weeklyStreak(['2026-03-22', '2026-03-29', '2026-04-05'], '2026-04-05').current).toBe(3);
  });
});

describe('badges', () => {
  const at = (iso: string) => new Date(iso);
  const facts = (over: Partial<BadgeFacts>): BadgeFacts => ({
    workoutsFinishedAt: [],
    firstRecordAt: null,
    scheduledWeeks: [],
    weekEnd: (week) => new Date(`${week}T00:00:00Z`),
    firstGoalAchievedAt: null,
    ...over,
  });

  it('awards workout counts at the finish of the 1st, 10th, 50th and 100th workout', () => {
    const finished = Array.from({ length: 12 }, (_, i) => at(`2026-01-${String(12 - i).padStart(2, '0')}T10:00:00Z`));
    const earned = earnedBadges(facts({ workoutsFinishedAt: finished }));
    expect(earned).toEqual([
      { badge: 'first_workout', earnedAt: at('2026-01-01T10:00:00Z') },
      { badge: 'workouts_10', earnedAt: at('2026-01-10T10:00:00Z') },
    ]);
  });

  it('takes a badge away when the data behind it is gone (a deleted workout)', () => {
    const nine = Array.from({ length: 9 }, (_, i) => at(`2026-01-0${i + 1}T10:00:00Z`));
    expect(earnedBadges(facts({ workoutsFinishedAt: nine })).map((b) => b.badge)).toEqual(['first_workout']);
  });

  it('awards 4 consistent weeks only for four weeks in a row with everything scheduled done', () => {
    const week = (w: string, scheduled: number, completed: number) => ({ week: w, scheduled, completed });
    const broken = [week('2026-02-02', 3, 3), week('2026-02-09', 3, 3), week('2026-02-16', 3, 2), week('2026-02-23', 3, 3)];
    expect(earnedBadges(facts({ scheduledWeeks: broken }))).toEqual([]);
    const gap = [week('2026-02-02', 3, 3), week('2026-02-09', 3, 3), week('2026-02-23', 3, 3), week('2026-03-02', 3, 3)];
    expect(earnedBadges(facts({ scheduledWeeks: gap }))).toEqual([]);
    const run = [...broken, week('2026-03-02', 2, 2), week('2026-03-09', 3, 4), week('2026-03-16', 1, 1)];
    expect(earnedBadges(facts({ scheduledWeeks: run }))).toEqual([{ badge: 'consistent_4_weeks', earnedAt: at('2026-03-16T00:00:00Z') }]);
  });

  it('awards the first record and the first goal when they happened', () => {
    const earned = earnedBadges(facts({ firstRecordAt: at('2026-02-01T09:00:00Z'), firstGoalAchievedAt: at('2026-03-01T08:00:00Z') }));
    expect(earned.map((b) => b.badge)).toEqual(['first_pr', 'goal_achieved']);
  });
});
