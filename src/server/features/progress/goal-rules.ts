import type { Badge } from '../../../shared/goals';
import { addDays } from '../programs/schedule-rules';

/**
 * Goals, streaks and badges as pure functions over data (and "this week"), so every rule is
 * unit-tested without a database and the service only gathers the facts.
 */

const EPSILON = 1e-9;

/**
 * How far a goal has come: 0 at its start value, 1 at its target, clamped. The direction comes
 * from the goal itself (a target below the start is a goal to go down). A goal whose start
 * already equals its target is done as soon as there is a value.
 */
export function goalProgress(start: number, target: number, current: number | null): { progress: number; reached: boolean } {
  if (current === null) return { progress: 0, reached: false };
  const down = target < start;
  const reached = down ? current <= target + EPSILON : current >= target - EPSILON;
  if (Math.abs(target - start) < EPSILON) return { progress: reached ? 1 : 0, reached };
  const raw = (current - start) / (target - start);
  return { progress: Math.min(1, Math.max(0, raw)), reached };
}

/**
 * The weekly training streak: consecutive weeks with at least one finished workout. `weeks` are
 * the first days of the weeks trained (client calendar, any order, duplicates fine). This week
 * counts once trained and does not break the streak before then — the week is not over.
 */
export function weeklyStreak(weeks: string[], thisWeek: string): { current: number; best: number; trainedThisWeek: boolean } {
  const trained = new Set(weeks);
  const sorted = [...trained].sort();
  let best = 0;
  let run = 0;
  let previous: string | null = null;
  for (const week of sorted) {
    run = previous !== null && addDays(previous, 7) === week ? run + 1 : 1;
    best = Math.max(best, run);
    previous = week;
  }
  const trainedThisWeek = trained.has(thisWeek);
  let current = 0;
  let week = trainedThisWeek ? thisWeek : addDays(thisWeek, -7);
  while (trained.has(week)) {
    current += 1;
    week = addDays(week, -7);
  }
  return { current, best, trainedThisWeek };
}

export type BadgeFacts = {
  /** When each finished workout finished, any order. */
  workoutsFinishedAt: Date[];
  /** When the first set that beat an earlier best (heaviest or e1RM) was logged. */
  firstRecordAt: Date | null;
  /** Per week (first day), scheduled workouts and how many were done; only weeks that have ended. */
  scheduledWeeks: Array<{ week: string; scheduled: number; completed: number }>;
  /** Converts a week's first day to the moment it ended (its next week's start, client time). */
  weekEnd: (week: string) => Date;
  /** When the first goal was achieved. */
  firstGoalAchievedAt: Date | null;
};

const WORKOUT_COUNT_BADGES: Array<[Badge, number]> = [
  ['first_workout', 1],
  ['workouts_10', 10],
  ['workouts_50', 50],
  ['workouts_100', 100],
];

/**
 * Every badge the facts earn, with the moment it was earned (the 10th workout's finish, the end of
 * the fourth consistent week…). Recomputing after an edit simply gives the new truth.
 */
export function earnedBadges(facts: BadgeFacts): Array<{ badge: Badge; earnedAt: Date }> {
  const earned: Array<{ badge: Badge; earnedAt: Date }> = [];
  const finished = [...facts.workoutsFinishedAt].sort((a, b) => a.getTime() - b.getTime());
  for (const [badge, count] of WORKOUT_COUNT_BADGES) {
    const at = finished[count - 1];
    if (at) earned.push({ badge, earnedAt: at });
  }
  if (facts.firstRecordAt) earned.push({ badge: 'first_pr', earnedAt: facts.firstRecordAt });

  // Four weeks in a row, each with something scheduled and all of it done.
  const weeks = [...facts.scheduledWeeks].sort((a, b) => a.week.localeCompare(b.week));
  let run = 0;
  let previous: string | null = null;
  for (const week of weeks) {
    const consistent = week.scheduled > 0 && week.completed >= week.scheduled;
    run = consistent ? (previous !== null && addDays(previous, 7) === week.week ? run + 1 : 1) : 0;
    previous = consistent ? week.week : null;
    if (run === 4) {
      earned.push({ badge: 'consistent_4_weeks', earnedAt: facts.weekEnd(week.week) });
      break;
    }
  }
  if (facts.firstGoalAchievedAt) earned.push({ badge: 'goal_achieved', earnedAt: facts.firstGoalAchievedAt });
  return earned;
}
