import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Check, Circle, Search } from 'lucide-react';
import { useId, useState } from 'react';
import type { Exercise } from '../../../shared/exercises';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { capitalise } from '../exercises/labels';
import { exerciseName, exerciseSearchQuery, rememberExercises } from '../exercises/queries';
import { useExerciseName } from '../exercises/use-exercise-name';
import { clientRecordsQuery } from '../history/queries';

export type PickedLift = { id: string; name: string };

const RECENT_LIFTS = 6;

const optionClass =
  'flex min-h-11 w-full items-center gap-3 rounded-md border border-transparent px-2 py-1.5 text-left text-sm hover:border-line hover:bg-surface-muted focus-visible:outline-offset-0';

function RecentLift({ exerciseId, onPick }: { exerciseId: string; onPick: (lift: PickedLift) => void }) {
  const { name, pending } = useExerciseName(exerciseId);
  return (
    <li>
      <button type="button" disabled={pending} className={optionClass} onClick={() => onPick({ id: exerciseId, name })}>
        <Circle aria-hidden className="size-5 shrink-0 text-line-strong" />
        <span className="font-medium text-text">{name}</span>
      </button>
    </li>
  );
}

/**
 * Which lift a goal follows: the client's own lifts (those with records) first, or a search of
 * the library (the same search the workout screens use). Picking one shows it with "Change".
 */
export function LiftPicker({
  clientId,
  value,
  onChange,
  error,
}: {
  clientId: string;
  value: PickedLift | null;
  onChange: (lift: PickedLift | null) => void;
  error?: string | undefined;
}) {
  const queryClient = useQueryClient();
  const id = useId();
  const [q, setQ] = useState('');
  const needle = useDebouncedValue(q.trim(), 200);
  const results = useQuery({ ...exerciseSearchQuery(needle), enabled: needle.length > 0 });
  const records = useQuery(clientRecordsQuery(clientId));
  const recent = [
    ...new Set(
      [...(records.data ?? [])]
        .filter((record) => record.kind === 'e1rm')
        .sort((a, b) => b.achievedAt.localeCompare(a.achievedAt))
        .map((record) => record.exerciseId),
    ),
  ].slice(0, RECENT_LIFTS);
  const pickExercise = (exercise: Exercise) => {
    rememberExercises(queryClient, [exercise]);
    onChange({ id: exercise.id, name: exerciseName(exercise) });
  };

  if (value)
    return (
      <div className="flex flex-col gap-1.5">
        <span className="text-sm font-medium text-text">Lift</span>
        <div className="flex min-h-11 items-center justify-between gap-3 rounded-md border border-line-strong px-3 py-1">
          <span className="flex items-center gap-2 font-medium text-text">
            <Check aria-hidden className="size-4 text-accent-text" />
            {value.name}
          </span>
          <Button variant="ghost" size="md" onClick={() => onChange(null)} aria-label={`Change the lift (${value.name})`}>
            Change
          </Button>
        </div>
      </div>
    );

  const items = needle ? (results.data?.items ?? []) : [];
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-text">
        Lift
      </label>
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted" />
        <input
          id={id}
          type="search"
          placeholder="Search: squat, bench, deadlift…"
          value={q}
          onChange={(event) => setQ(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={cn(inputClass, 'h-11 w-full pl-9')}
          autoComplete="off"
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
      {needle ? (
        results.isPending ? (
          <LoadingRegion label="Searching exercises" className="flex flex-col gap-1">
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-10 w-full" />
          </LoadingRegion>
        ) : results.isError ? (
          <p role="alert" className="text-sm text-muted">
            The library didn't answer.{' '}
            <button type="button" className="font-medium text-accent-text hover:underline" onClick={() => void results.refetch()}>
              Try again
            </button>
          </p>
        ) : items.length === 0 ? (
          <p className="px-2 py-2 text-sm text-muted">Nothing called “{needle}”. Try a shorter word.</p>
        ) : (
          <ul aria-label="Matching exercises" className="flex max-h-60 flex-col overflow-y-auto">
            {items.map((exercise) => (
              <li key={exercise.id}>
                <button type="button" className={optionClass} onClick={() => pickExercise(exercise)}>
                  <Circle aria-hidden className="size-5 shrink-0 text-line-strong" />
                  <span className="flex min-w-0 flex-col">
                    <span className="font-medium text-text">{exerciseName(exercise)}</span>
                    <span className="text-xs text-muted">{exercise.primaryMuscles.map(capitalise).join(', ')}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : recent.length > 0 ? (
        <div className="flex flex-col gap-1">
          <p className="text-xs font-medium text-muted">Lifts you have logged</p>
          <ul aria-label="Lifts you have logged" className="flex flex-col">
            {recent.map((exerciseId) => (
              <RecentLift key={exerciseId} exerciseId={exerciseId} onPick={onChange} />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
