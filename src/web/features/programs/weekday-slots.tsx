import { cn } from '../../ui/cn';

export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const WEEKDAY_LONG = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Spread out so there is rest between sessions: 3 → Mon/Wed/Fri, 4 → Mon/Tue/Thu/Fri … */
const SPREADS: Record<number, number[]> = {
  1: [1],
  2: [1, 4],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
  5: [1, 2, 3, 4, 5],
  6: [1, 2, 3, 4, 5, 6],
  7: [1, 2, 3, 4, 5, 6, 7],
};
export const defaultWeekdays = (slots: number): number[] => SPREADS[Math.min(7, Math.max(1, slots))] ?? [1];

type WeekdaySlotsProps = {
  /** One label per workout slot of a week, e.g. "Upper A · Upper B". */
  slots: string[];
  value: number[];
  onChange: (weekdays: number[]) => void;
};

/** One row per workout of a week; each picks its weekday (ISO: 1 = Monday). Clashing days show in red. */
export function WeekdaySlots({ slots, value, onChange }: WeekdaySlotsProps) {
  const clash = (day: number) => value.filter((d) => d === day).length > 1;
  return (
    <div className="flex flex-col gap-3">
      {slots.map((label, slot) => (
        <div key={slot} role="radiogroup" aria-label={`Day for workout ${slot + 1}`} className="flex flex-col gap-1.5">
          <span className="text-sm text-text">
            <span className="font-medium">Workout {slot + 1}</span>
            {label && <span className="text-muted"> · {label}</span>}
          </span>
          <div className="grid grid-cols-7 gap-1">
            {WEEKDAY_SHORT.map((short, index) => {
              const day = index + 1;
              const selected = value[slot] === day;
              return (
                <button
                  key={short}
                  type="button"
                  role="radio"
                  aria-checked={selected}
                  aria-label={WEEKDAY_LONG[index]}
                  onClick={() => onChange(value.map((d, i) => (i === slot ? day : d)))}
                  className={cn(
                    'h-9 rounded-md border text-xs sm:text-sm',
                    selected
                      ? clash(day)
                        ? 'border-danger bg-danger-soft font-medium text-danger'
                        : 'border-accent bg-accent-soft font-medium text-accent-text'
                      : 'border-line text-muted hover:text-text',
                  )}
                >
                  {short}
                </button>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
