import { Flame } from 'lucide-react';
import type { Achievements } from '../../../shared/goals';
import { cn } from '../../ui/cn';

type Streak = Achievements['streak'];

/** "3-week streak", "No streak yet": the headline. */
export function streakHeadline(streak: Streak): string {
  if (streak.current > 0) return `${streak.current}-week streak`;
  return streak.best > 0 ? 'No streak right now' : 'No streak yet';
}

/** What to do about it this week, in the viewer's words. */
export function streakNudge(streak: Streak, name?: string): string {
  if (streak.trainedThisWeek) return name ? `${name} has trained this week` : 'Trained this week. Nice!';
  if (streak.current > 0) return name ? `${name} hasn't trained yet this week` : 'Train this week to keep it going';
  return name ? `A workout this week starts ${name}'s streak` : 'Finish a workout this week to start one';
}

/**
 * The weekly training streak, big enough to read at arm's length: weeks in a row with at least
 * one finished workout, the best run, and what this week needs. `name`: the trainer's view.
 */
export function StreakBadge({ streak, name, className }: { streak: Streak; name?: string | undefined; className?: string }) {
  const active = streak.current > 0;
  return (
    <div className={cn('flex items-center gap-3', className)}>
      <div
        aria-hidden
        className={cn(
          'flex size-12 shrink-0 items-center justify-center rounded-full',
          active ? 'bg-accent text-accent-fg' : 'bg-surface-muted text-muted',
        )}
      >
        <Flame className="size-6" />
      </div>
      <div className="flex min-w-0 flex-col">
        <p className="text-xl font-semibold text-text tabular-nums">
          {streakHeadline(streak)}
          {streak.best > 0 && <span className="text-base font-normal text-muted"> · best {streak.best}</span>}
        </p>
        <p className={cn('text-sm', !streak.trainedThisWeek && active ? 'font-medium text-warning' : 'text-muted')}>
          {streakNudge(streak, name)}
        </p>
      </div>
    </div>
  );
}
