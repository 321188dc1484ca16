import { ChevronRight } from 'lucide-react';
import type { ScheduledWorkout } from '../../../shared/programs';
import { cn } from '../../ui/cn';
import { addDaysIso, relativeDay } from './day-labels';
import { STATUS_STYLE } from './schedule-status';

type WeekAheadProps = { today: string; items: ScheduledWorkout[]; onOpen: (item: ScheduledWorkout) => void };

/** The next six days: a workout to tap, or a rest day. */
export function WeekAhead({ today, items, onOpen }: WeekAheadProps) {
  const days = Array.from({ length: 6 }, (_, i) => addDaysIso(today, i + 1));
  return (
    <section aria-labelledby="week-ahead" className="flex flex-col gap-2">
      <h2 id="week-ahead" className="text-base font-semibold text-text">
        The week ahead
      </h2>
      <ul className="flex flex-col divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface">
        {days.map((day) => {
          const dayItems = items.filter((item) => item.date === day);
          return (
            <li key={day} className="flex flex-col">
              {dayItems.length === 0 ? (
                <div className="flex min-h-14 items-center gap-3 px-4 py-2">
                  <span className="w-24 shrink-0 text-sm text-muted">{relativeDay(day, today)}</span>
                  <span className="text-sm text-muted">Rest day</span>
                </div>
              ) : (
                dayItems.map((item) => (
                  <button
                    key={item.id}
                    type="button"
                    onClick={() => onOpen(item)}
                    className="flex min-h-14 items-center gap-3 px-4 py-2 text-left hover:bg-surface-muted"
                  >
                    <span className="w-24 shrink-0 text-sm font-medium text-text">{relativeDay(day, today)}</span>
                    <span className="flex min-w-0 flex-1 flex-col">
                      <span className={cn('truncate font-medium text-text', item.status === 'skipped' && 'text-muted line-through')}>
                        {item.name}
                      </span>
                      <span className="text-xs text-muted">
                        {item.estimatedMinutes} min · {item.exerciseCount === 1 ? '1 exercise' : `${item.exerciseCount} exercises`}
                        {item.status !== 'scheduled' && ` · ${STATUS_STYLE[item.status].label}`}
                      </span>
                    </span>
                    <ChevronRight aria-hidden className="size-5 shrink-0 text-muted" />
                  </button>
                ))
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
