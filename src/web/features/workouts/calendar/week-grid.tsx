import { Plus } from 'lucide-react';
import type { ScheduledWorkout } from '../../../../shared/programs';
import { cn } from '../../../ui/cn';
import { dayMedium, dayNumber, weekdayShort } from './calendar-dates';
import { ScheduledCard } from './scheduled-item';
import { useDropDay } from './use-drop-day';

type GridProps = {
  days: string[];
  today: string;
  items: ScheduledWorkout[];
  onOpen: (item: ScheduledWorkout) => void;
  onAdd: (date: string) => void;
  onDropOn: (itemId: string, date: string) => void;
};

/** Seven columns on a desk (drag a workout to another day), a list of days on a phone. */
export function WeekGrid({ days, today, items, onOpen, onAdd, onDropOn }: GridProps) {
  const drop = useDropDay(onDropOn);
  return (
    <div className="grid grid-cols-1 overflow-hidden rounded-lg border border-line bg-surface md:grid-cols-7">
      {days.map((day) => {
        const dayItems = items.filter((item) => item.date === day);
        return (
          <section
            key={day}
            data-day={day}
            aria-label={dayMedium(day)}
            {...drop.target(day)}
            className={cn(
              'flex min-h-16 flex-col gap-2 border-b border-line p-2 last:border-b-0 md:min-h-72 md:border-r md:border-b-0 md:last:border-r-0',
              drop.over === day && 'bg-accent-soft',
            )}
          >
            <header className="flex items-center justify-between">
              <span className="flex items-baseline gap-1.5 text-sm">
                <span className="text-muted">{weekdayShort(day)}</span>
                <span
                  className={cn(
                    'flex size-7 items-center justify-center rounded-full',
                    day === today ? 'bg-accent font-semibold text-accent-fg' : 'text-text',
                  )}
                >
                  {dayNumber(day)}
                </span>
              </span>
              <button
                type="button"
                onClick={() => onAdd(day)}
                aria-label={`Add workout on ${dayMedium(day)}`}
                className="flex size-8 items-center justify-center rounded-sm text-muted hover:bg-surface-muted hover:text-text"
              >
                <Plus aria-hidden className="size-4" />
              </button>
            </header>
            {dayItems.length === 0 ? (
              <p className="rounded-md border border-dashed border-line px-2 py-1.5 text-xs text-muted md:py-3 md:text-center">Rest day</p>
            ) : (
              dayItems.map((item) => <ScheduledCard key={item.id} item={item} onOpen={() => onOpen(item)} draggable />)
            )}
          </section>
        );
      })}
    </div>
  );
}
