import { Check, Flame } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { Habit } from '../../../shared/checkins';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import { parseNumber } from '../checkins/client-answers';
import {
  addTo,
  complianceLabel,
  dayValue,
  formatHabitNumber,
  isMet,
  presetLabel,
  presetsFor,
  progressPercent,
  streakLabel,
} from './habit-format';

type RowProps = {
  habit: Habit;
  /** Today in the client's calendar. */
  today: string;
  onLog: (value: number | null) => void;
};

function Stats({ habit }: { habit: Habit }) {
  const streak = streakLabel(habit);
  const compliance = complianceLabel(habit);
  if (!streak && !compliance) return null;
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-0.5 text-sm text-muted">
      {streak && (
        <span className="inline-flex items-center gap-1 font-medium text-text">
          <Flame aria-hidden className="size-4 text-warning" />
          {streak}
        </span>
      )}
      {compliance && <span>{compliance}</span>}
    </p>
  );
}

/** A yes/no habit: one tap ticks it for today, another clears it. */
function YesNoRow({ habit, today, onLog }: RowProps) {
  const done = dayValue(habit, today) !== null || (habit.frequency === 'daily' && habit.current !== null);
  return (
    <li className="flex items-center gap-3 py-3">
      <button
        type="button"
        aria-pressed={done}
        aria-label={`${habit.name}: done today`}
        onClick={() => onLog(done ? null : 1)}
        className={cn(
          'flex size-12 shrink-0 items-center justify-center rounded-full border-2 transition-colors',
          done ? 'border-success bg-success text-surface' : 'border-line-strong bg-surface text-transparent hover:border-success',
        )}
      >
        <Check aria-hidden className="size-6" strokeWidth={3} />
      </button>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <p className={cn('font-medium break-words text-text', done && 'text-muted line-through decoration-1')}>{habit.name}</p>
        {habit.frequency === 'weekly' && <p className="text-sm text-muted">{isMet(habit) ? 'Done this week' : 'Once this week'}</p>}
        <Stats habit={habit} />
      </div>
    </li>
  );
}

/** A numeric habit: today's number typed in, or added to with a preset (water +0.25 l). */
function NumericRow({ habit, today, onLog }: RowProps) {
  const logged = dayValue(habit, today) ?? (habit.frequency === 'daily' ? habit.current : null);
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? (logged === null ? '' : String(logged));
  const parsed = text === null ? undefined : text.trim() === '' ? null : parseNumber(text);
  const changed = text !== null && parsed !== undefined && (parsed === null ? logged !== null : parsed !== logged);
  const invalid = text !== null && text.trim() !== '' && (parsed === null || parsed === undefined || parsed < 0);
  const presets = presetsFor(habit);
  const met = isMet(habit);
  const unit = habit.unit;
  const inputId = `habit-${habit.id}`;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!changed || invalid || parsed === undefined) return;
    onLog(parsed);
    setText(null);
  };

  return (
    <li className="flex flex-col gap-2 py-3">
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={inputId} className="min-w-0 font-medium break-words text-text">
          {habit.name}
        </label>
        <p className="shrink-0 text-sm text-muted tabular-nums">
          <span className={cn('text-base font-semibold', met ? 'text-success' : 'text-text')}>{formatHabitNumber(habit.current ?? 0)}</span>
          {habit.target !== null && ` / ${formatHabitNumber(habit.target)}`}
          {unit && ` ${unit}`}
          {habit.frequency === 'weekly' && ' this week'}
        </p>
      </div>
      <div
        role="progressbar"
        aria-label={`${habit.name} progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progressPercent(habit)}
        className="h-2 overflow-hidden rounded-full bg-surface-muted"
      >
        <div className={cn('h-full rounded-full', met ? 'bg-success' : 'bg-accent')} style={{ width: `${progressPercent(habit)}%` }} />
      </div>
      <form onSubmit={save} className="flex flex-wrap items-center gap-2">
        <div className="flex min-w-0 flex-1 items-center gap-2">
          <div className="relative min-w-0 flex-1">
            <input
              id={inputId}
              inputMode="decimal"
              enterKeyHint="done"
              autoComplete="off"
              placeholder="0"
              value={shown}
              aria-invalid={invalid || undefined}
              aria-describedby={habit.frequency === 'weekly' ? `${inputId}-hint` : undefined}
              onChange={(event) => setText(event.target.value)}
              onFocus={(event) => event.target.select()}
              className={cn(inputClass, 'h-11 w-full min-w-20 pr-12 tabular-nums')}
            />
            {unit && (
              <span aria-hidden className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-muted">
                {unit}
              </span>
            )}
          </div>
          {changed && !invalid && (
            <Button type="submit" variant="primary">
              Save
            </Button>
          )}
        </div>
        {presets.map((amount) => (
          <Button
            key={amount}
            variant="secondary"
            onClick={() => {
              setText(null);
              onLog(addTo(logged, amount));
            }}
            aria-label={`Add ${formatHabitNumber(amount)} ${unit} to ${habit.name}`.trim()}
          >
            {presetLabel(amount, unit)}
          </Button>
        ))}
      </form>
      {habit.frequency === 'weekly' && (
        <p id={`${inputId}-hint`} className="text-sm text-muted">
          Today's amount: it adds up over the week.
        </p>
      )}
      <Stats habit={habit} />
    </li>
  );
}

export function HabitRow(props: RowProps) {
  return props.habit.kind === 'yes_no' ? <YesNoRow {...props} /> : <NumericRow {...props} />;
}
