import { Plus } from 'lucide-react';
import type { ScheduledWorkout } from '../../../../shared/programs';
import { cn } from '../../../ui/cn';
import { dayMedium, dayNumber, isSameMonthIso, weekdayShort } from './calendar-dates';
import { ScheduledChip } from './scheduled-item';
import { useDropDay } from './use-drop-day';

type GridProps = {
  days: string[];
  anchor: string;
  today: string;
  items: ScheduledWorkout[];
  onOpen: (item: ScheduledWorkout) => void;
  onAdd: (date: string) => void;
  onDropOn: (itemId: string, date: string) => void;
};

export function MonthGrid({ days, anchor, today, items, onOpen, onAdd, onDropOn }: GridProps) {
  const drop = useDropDay(onDropOn);
  return (
    <div className="overflow-hidden rounded-lg border border-line bg-surface">
      <div className="grid grid-cols-7 border-b border-line bg-surface-muted">
        {days.slice(0, 7).map((day) => (
          <div key={day} className="px-1 py-1.5 text-center text-xs font-semibold text-muted sm:px-2 sm:text-left">
            {weekdayShort(day)}
          </div>
        ))}
      </div>
      <div className="grid grid-cols-7">
        {days.map((day) => {
          const dayItems = items.filter((item) => item.date === day);
          const inMonth = isSameMonthIso(day, anchor);
          return (
            <div
              key={day}
              data-day={day}
              aria-label={`${dayMedium(day)}${dayItems.length === 0 ? ', rest day' : ''}`}
              role="group"
              {...drop.target(day)}
              className={cn(
                'group flex min-h-16 flex-col gap-1 border-r border-b border-line p-1 last-of-type:border-r-0 sm:min-h-24 [&:nth-child(7n)]:border-r-0',
                !inMonth && 'bg-surface-muted/60',
                drop.over === day && 'bg-accent-soft',
              )}
            >
              <div className="flex items-center justify-between">
                <span
                  className={cn(
                    'flex size-6 items-center justify-center rounded-full text-xs',
                    day === today ? 'bg-accent font-semibold text-accent-fg' : inMonth ? 'text-text' : 'text-muted',
                  )}
                >
                  {dayNumber(day)}
                </span>
                <button
                  type="button"
                  onClick={() => onAdd(day)}
                  aria-label={`Add workout on ${dayMedium(day)}`}
                  className="hidden size-6 items-center justify-center rounded-sm text-muted opacity-0 group-hover:opacity-100 hover:bg-surface-muted hover:text-text focus:opacity-100 sm:flex"
                >
                  <Plus aria-hidden className="size-3.5" />
                </button>
              </div>
              {dayItems.map((item) => (
                <ScheduledChip key={item.id} item={item} onOpen={() => onOpen(item)} draggable />
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
