import { CalendarCheck, ChevronDown, ChevronUp, Crown, Dumbbell, Medal, Target, TrendingUp, Trophy, type LucideIcon } from 'lucide-react';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { BADGE_INFO, type Badge } from '../../../shared/goal-constants';
import type { Achievements } from '../../../shared/goals';
import { formatDate } from '../../lib/dates';
import { cn } from '../../ui/cn';

const ICONS: Record<Badge, LucideIcon> = {
  first_workout: Dumbbell,
  workouts_10: Medal,
  workouts_50: Trophy,
  workouts_100: Crown,
  first_pr: TrendingUp,
  consistent_4_weeks: CalendarCheck,
  goal_achieved: Target,
};

/** How many finished workouts a count badge needs (the others have no count to show). */
const COUNTS: Partial<Record<Badge, number>> = { first_workout: 1, workouts_10: 10, workouts_50: 50, workouts_100: 100 };

/** Before "Show all": the earned ones and the next to earn, two to four tiles. */
const collapsedCount = (earned: number) => Math.min(4, Math.max(2, earned + 1));

/**
 * Badges: earned ones in colour with the date, the rest greyed with what earns them. Earned first;
 * on the page only the first few until "Show all" (all at once when a notification linked here).
 */
export default function BadgeGrid({ badges, workouts }: { badges: Achievements['badges']; workouts: number }) {
  const { hash } = useLocation();
  const [expanded, setExpanded] = useState(hash === '#badges');
  const ordered = [...badges.filter((item) => item.earned), ...badges.filter((item) => !item.earned)];
  const collapsed = collapsedCount(badges.filter((item) => item.earned).length);
  const shown = expanded ? ordered : ordered.slice(0, collapsed);
  return (
    <>
      <ul aria-label="Badges" className="grid grid-cols-1 gap-2 min-[420px]:grid-cols-2">
        {shown.map(({ badge, earned, earnedAt }) => {
          const Icon = ICONS[badge];
          const info = BADGE_INFO[badge];
          const count = COUNTS[badge];
          return (
            <li
              key={badge}
              className={cn(
                'flex items-start gap-3 rounded-lg border p-3',
                earned ? 'border-accent/40 bg-accent-soft' : 'border-dashed border-line bg-surface',
              )}
            >
              <span
                aria-hidden
                className={cn(
                  'flex size-10 shrink-0 items-center justify-center rounded-full',
                  earned ? 'bg-accent text-accent-fg' : 'bg-surface-muted text-muted',
                )}
              >
                <Icon className="size-5" />
              </span>
              <div className="flex min-w-0 flex-col">
                <p className={cn('font-semibold', earned ? 'text-text' : 'text-muted')}>{info.title}</p>
                <p className="text-sm text-muted">{earned ? info.description : info.howTo}</p>
                {earned ? (
                  <p className="text-sm font-medium text-accent-text">{earnedAt ? `Earned ${formatDate(earnedAt)}` : 'Earned'}</p>
                ) : (
                  <p className="text-sm text-muted">
                    Not yet{count !== undefined && workouts > 0 ? ` · ${Math.min(workouts, count)} of ${count} so far` : ''}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {ordered.length > collapsed && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded((value) => !value)}
          className="-mx-2 flex min-h-11 items-center gap-1 self-start rounded-md px-2 text-sm font-medium text-text hover:bg-surface-muted"
        >
          {expanded ? <ChevronUp aria-hidden className="size-4" /> : <ChevronDown aria-hidden className="size-4" />}
          {expanded ? 'Show fewer badges' : `Show all ${ordered.length} badges`}
        </button>
      )}
    </>
  );
}
