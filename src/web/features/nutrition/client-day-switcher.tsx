import { ChevronLeft, ChevronRight } from 'lucide-react';
import { cn } from '../../ui/cn';
import { dayTitle, shiftDate } from './nutrition-format';

/** The server takes food up to this many days ahead (planning tomorrow's meals). */
export const MAX_DAYS_AHEAD = 7;

const arrowClass =
  'flex size-11 shrink-0 items-center justify-center rounded-full text-text hover:bg-surface-muted disabled:opacity-30 disabled:hover:bg-transparent';

type DaySwitcherProps = { date: string; today: string; onChange: (date: string) => void; className?: string };

/** ‹ Yesterday › with a "Today" way back when elsewhere; big enough for a thumb. */
export function DaySwitcher({ date, today, onChange, className }: DaySwitcherProps) {
  const previous = shiftDate(date, -1);
  const next = shiftDate(date, 1);
  const canGoForward = next <= shiftDate(today, MAX_DAYS_AHEAD);
  const full = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
  return (
    <nav aria-label="Day" className={cn('flex items-center gap-1', className)}>
      <button
        type="button"
        className={arrowClass}
        onClick={() => onChange(previous)}
        aria-label={`Previous day, ${dayTitle(previous, today)}`}
      >
        <ChevronLeft aria-hidden className="size-6" />
      </button>
      <div className="flex min-w-0 flex-1 flex-col items-center text-center">
        <h1 className="text-xl font-semibold text-text" aria-live="polite">
          {dayTitle(date, today)}
        </h1>
        <p className="text-sm text-muted">
          {date === today ? (
            full
          ) : (
            <button
              type="button"
              onClick={() => onChange(today)}
              className="-my-3 inline-flex min-h-11 items-center font-medium text-accent-text hover:underline"
            >
              Back to today
            </button>
          )}
        </p>
      </div>
      <button
        type="button"
        className={arrowClass}
        onClick={() => onChange(next)}
        disabled={!canGoForward}
        aria-label={`Next day, ${dayTitle(next, today)}`}
      >
        <ChevronRight aria-hidden className="size-6" />
      </button>
    </nav>
  );
}
