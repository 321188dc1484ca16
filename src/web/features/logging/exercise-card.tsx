import { ArrowLeftRight, MoreHorizontal, Plus, SkipForward } from 'lucide-react';
import { useId } from 'react';
import type { Exercise } from '../../../shared/exercises';
import type { LoggedSet, PersonalRecord } from '../../../shared/logging';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { formatSeconds } from '../programs/workout-editor/set-format';
import type { RowModel, SlotModel } from './gym-model';
import type { SetValues } from './set-values';
import { SetRow } from './set-row';
import type { Unit } from './units';

type ExerciseCardProps = {
  slot: SlotModel;
  name: string;
  exercise: Exercise | undefined;
  swappedFromName: string | null;
  unit: Unit;
  nextKey: string | null;
  records: Record<string, PersonalRecord[]>;
  onSave: (row: RowModel, values: SetValues, notes: string) => Promise<void>;
  onUndo: (set: LoggedSet) => Promise<void>;
  onHowTo: () => void;
  onActions: () => void;
  onAddSet: () => void;
  onUnskip: () => void;
};

/** One exercise in the gym: its name (tap for how to do it), the coach's note, and a row per set. */
export function ExerciseCard(props: ExerciseCardProps) {
  const { slot, name, exercise, unit, nextKey, records } = props;
  const headingId = useId();
  const done = slot.rows.filter((row) => row.logged).length;
  const rest = slot.rows.find((row) => row.restSeconds)?.restSeconds ?? null;
  return (
    <section
      aria-labelledby={headingId}
      className={cn(
        'flex flex-col gap-3 rounded-xl border border-line bg-surface p-3 shadow-sm sm:p-4',
        slot.skipped && 'bg-surface-muted',
      )}
    >
      <header className="flex items-start gap-2">
        <span
          aria-hidden
          className="mt-1 flex h-7 min-w-7 shrink-0 items-center justify-center rounded-sm bg-surface-muted px-1 text-sm font-semibold text-muted"
        >
          {slot.label}
        </span>
        <div className="flex min-w-0 flex-1 flex-col">
          <h2 id={headingId} className="text-lg leading-7 font-semibold text-text">
            <button
              type="button"
              onClick={props.onHowTo}
              aria-haspopup="dialog"
              title="How to do it"
              className="-mx-1 rounded-md px-1 text-left underline decoration-line-strong decoration-dotted underline-offset-4 hover:decoration-accent"
            >
              {name}
            </button>
          </h2>
          <p className="flex flex-wrap items-center gap-x-1 text-sm text-muted">
            <span>
              {done} of {slot.rows.length} {slot.rows.length === 1 ? 'set' : 'sets'}
            </span>
            {rest && <span>· rest {formatSeconds(rest)}</span>}
            {props.swappedFromName && (
              <span className="inline-flex items-center gap-1">
                · <ArrowLeftRight aria-hidden className="size-3.5" /> instead of {props.swappedFromName}
              </span>
            )}
          </p>
        </div>
        {slot.skipped && (
          <Badge tone="neutral" className="mt-1.5">
            <SkipForward aria-hidden className="size-3" />
            Skipped
          </Badge>
        )}
        <button
          type="button"
          aria-label={`More for ${name}: swap, skip, add or remove a set`}
          onClick={props.onActions}
          className="-mt-1 -mr-1 flex size-11 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface-muted hover:text-text"
        >
          <MoreHorizontal aria-hidden className="size-5" />
        </button>
      </header>

      {slot.prescription?.note && <p className="rounded-md bg-accent-soft px-3 py-2 text-sm text-text">{slot.prescription.note}</p>}

      {slot.skipped ? (
        <div className="flex items-center justify-between gap-3">
          <p className="text-sm text-muted">
            {done > 0 ? `${done} ${done === 1 ? 'set' : 'sets'} logged, the rest skipped.` : 'Skipped today: nothing logged.'}
          </p>
          <Button variant="secondary" onClick={props.onUnskip}>
            Undo skip
          </Button>
        </div>
      ) : (
        <>
          {slot.rows.length > 0 && (
            <ol aria-label={`Sets of ${name}`} className="-mx-2 flex flex-col gap-1.5">
              {slot.rows.map((row, index) => (
                <SetRow
                  key={row.key}
                  row={row}
                  exerciseName={name}
                  unit={unit}
                  exercise={exercise}
                  isNext={row.key === nextKey}
                  previous={slot.rows[index - 1]?.logged ?? null}
                  records={row.logged ? (records[row.logged.id] ?? []) : []}
                  onSave={(values, notes) => props.onSave(row, values, notes)}
                  onUndo={props.onUndo}
                />
              ))}
            </ol>
          )}
          <Button
            variant="ghost"
            onClick={props.onAddSet}
            aria-label={`Add set to ${name}`}
            icon={<Plus aria-hidden className="size-5" />}
            className="self-start"
          >
            Add set
          </Button>
        </>
      )}
    </section>
  );
}
