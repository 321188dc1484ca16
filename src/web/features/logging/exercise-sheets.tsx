import { useQuery } from '@tanstack/react-query';
import { ArrowLeftRight, BookOpen, ChevronRight, ListPlus, MessageCircle, Minus, Search, SkipForward, Undo2 } from 'lucide-react';
import { Link } from 'react-router';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Exercise } from '../../../shared/exercises';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { inputClass } from '../../ui/field';
import { cn } from '../../ui/cn';
import { Sheet } from '../../ui/sheet';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { ExerciseVideo } from '../exercises/exercise-video';
import { EQUIPMENT_LABELS, capitalise } from '../exercises/labels';
import { exerciseName, exerciseSearchQuery } from '../exercises/queries';
import { alternativesQuery } from './queries';

/** How to do it: the coach's cues first, then the library's steps and video. */
export function HowToSheet({ exercise, onClose }: { exercise: Exercise; onClose: () => void }) {
  const name = exerciseName(exercise);
  return (
    <Sheet
      open
      onOpenChange={(open) => !open && onClose()}
      title={name}
      description={[exercise.primaryMuscles.map(capitalise).join(', '), exercise.equipment && EQUIPMENT_LABELS[exercise.equipment]]
        .filter(Boolean)
        .join(' · ')}
    >
      <div className="flex flex-col gap-5">
        {exercise.cues && (
          <section className="flex flex-col gap-1 rounded-lg bg-accent-soft p-3">
            <h3 className="text-sm font-semibold text-text">From your coach</h3>
            <p className="text-base whitespace-pre-wrap text-text">{exercise.cues}</p>
          </section>
        )}
        {exercise.videoUrl && <ExerciseVideo url={exercise.videoUrl} title={name} />}
        {exercise.instructions.length > 0 ? (
          <section className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold text-text">How to do it</h3>
            <ol className="flex list-decimal flex-col gap-2 pl-5 text-base text-text marker:text-muted">
              {exercise.instructions.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          </section>
        ) : (
          !exercise.cues && <p className="text-sm text-muted">No instructions for this one yet.</p>
        )}
        {/* Also keeps the sheet's scrolling body reachable from the keyboard (it holds a link). */}
        <Link
          to="/messages"
          className="inline-flex min-h-11 items-center gap-2 self-start text-sm font-medium text-accent-text underline underline-offset-2"
        >
          <MessageCircle aria-hidden className="size-4" />
          Not sure? Ask your coach
        </Link>
      </div>
    </Sheet>
  );
}

function ActionButton({
  icon,
  children,
  onClick,
  disabled,
  hint,
}: {
  icon: ReactNode;
  children: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  hint?: string;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className="flex min-h-12 w-full items-center gap-3 rounded-md px-2 text-left text-base text-text hover:bg-surface-muted disabled:opacity-50 [&>svg]:size-5 [&>svg]:shrink-0 [&>svg]:text-muted"
    >
      {icon}
      <span className="flex flex-1 flex-col">
        {children}
        {hint && <span className="text-sm text-muted">{hint}</span>}
      </span>
    </button>
  );
}

type ActionsProps = {
  name: string;
  skipped: boolean;
  canSwap: boolean;
  canRemoveSet: boolean;
  onHowTo: () => void;
  onSwap: () => void;
  onSkip: () => void;
  onAddSet: () => void;
  onRemoveSet: () => void;
  onClose: () => void;
};

/** An exercise's less frequent actions, in a sheet with thumb-sized rows. */
export function ExerciseActionsSheet(props: ActionsProps) {
  const act = (action: () => void) => () => {
    props.onClose();
    action();
  };
  return (
    <Sheet open onOpenChange={(open) => !open && props.onClose()} title={props.name}>
      <div className="-mx-2 flex flex-col">
        <ActionButton icon={<BookOpen aria-hidden />} onClick={act(props.onHowTo)}>
          How to do it
        </ActionButton>
        <ActionButton
          icon={<ArrowLeftRight aria-hidden />}
          onClick={act(props.onSwap)}
          disabled={!props.canSwap}
          hint={
            props.canSwap ? 'Machine taken? Do a similar exercise instead' : 'Sets are logged for this one: add another exercise instead'
          }
        >
          Swap exercise
        </ActionButton>
        <ActionButton icon={<ListPlus aria-hidden />} onClick={act(props.onAddSet)}>
          Add a set
        </ActionButton>
        <ActionButton icon={<Minus aria-hidden />} onClick={act(props.onRemoveSet)} disabled={!props.canRemoveSet}>
          Remove the last set
        </ActionButton>
        <ActionButton icon={props.skipped ? <Undo2 aria-hidden /> : <SkipForward aria-hidden />} onClick={act(props.onSkip)}>
          {props.skipped ? 'Do this exercise after all' : 'Skip this exercise'}
        </ActionButton>
      </div>
    </Sheet>
  );
}

function ExerciseOption({ exercise, onPick }: { exercise: Exercise; onPick: (exercise: Exercise) => void }) {
  return (
    <li>
      <button
        type="button"
        onClick={() => onPick(exercise)}
        className="flex min-h-12 w-full items-center gap-3 rounded-md px-2 py-1.5 text-left hover:bg-surface-muted"
      >
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="font-medium text-text">{exerciseName(exercise)}</span>
          <span className="text-sm text-muted">
            {[exercise.primaryMuscles.map(capitalise).join(', '), exercise.equipment && EQUIPMENT_LABELS[exercise.equipment]]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </span>
        <ChevronRight aria-hidden className="size-4 shrink-0 text-muted" />
      </button>
    </li>
  );
}

function OptionsSkeleton() {
  return (
    <LoadingRegion label="Loading exercises" className="flex flex-col gap-2">
      <Skeleton className="h-12 w-full" />
      <Skeleton className="h-12 w-full" />
      <Skeleton className="h-12 w-full" />
    </LoadingRegion>
  );
}

function LibrarySearch({ onPick, autoFocus }: { onPick: (exercise: Exercise) => void; autoFocus?: boolean }) {
  const [q, setQ] = useState('');
  const needle = useDebouncedValue(q.trim(), 200);
  const results = useQuery({ ...exerciseSearchQuery(needle), enabled: needle.length > 0 });
  const items = needle ? (results.data?.items ?? []) : [];
  return (
    <div className="flex flex-col gap-2">
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted" />
        <input
          type="search"
          aria-label="Search the exercise library"
          placeholder="Search: squat, row, bike…"
          autoFocus={autoFocus}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          className={cn(inputClass, 'h-12 w-full pl-9')}
        />
      </div>
      {needle && results.isPending ? (
        <OptionsSkeleton />
      ) : results.isError ? (
        <ErrorState
          title="The library didn't answer"
          error={results.error}
          onRetry={() => void results.refetch()}
          retrying={results.isFetching}
        />
      ) : needle && items.length === 0 ? (
        <p className="px-2 py-3 text-sm text-muted">Nothing called “{needle}”. Try a shorter word.</p>
      ) : (
        <ul aria-label="Matching exercises" className="-mx-2 flex flex-col">
          {items.map((exercise) => (
            <ExerciseOption key={exercise.id} exercise={exercise} onPick={onPick} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** Add an exercise that is not in the plan: search the library. */
export function AddExerciseSheet({ onPick, onClose }: { onPick: (exercise: Exercise) => void; onClose: () => void }) {
  return (
    <Sheet open onOpenChange={(open) => !open && onClose()} title="Add an exercise" description="It goes at the end of this workout.">
      <LibrarySearch autoFocus onPick={onPick} />
    </Sheet>
  );
}

/** Swap: exercises for the same muscle with equipment the client has, or anything from the library. */
export function SwapSheet({
  exercise,
  onPick,
  onClose,
}: {
  exercise: Exercise | undefined;
  onPick: (exercise: Exercise) => void;
  onClose: () => void;
}) {
  const alternatives = useQuery({ ...alternativesQuery(exercise?.id ?? ''), enabled: Boolean(exercise) });
  const [searching, setSearching] = useState(false);
  return (
    <Sheet
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Swap ${exercise ? exerciseName(exercise) : 'exercise'}`}
      description="Same muscles, equipment you have."
    >
      <div className="flex flex-col gap-4">
        {alternatives.isPending ? (
          <OptionsSkeleton />
        ) : alternatives.isError ? (
          <ErrorState
            title="Alternatives didn't load"
            error={alternatives.error}
            onRetry={() => void alternatives.refetch()}
            retrying={alternatives.isFetching}
          />
        ) : alternatives.data.length === 0 ? (
          <p className="text-sm text-muted">No close match in the library. Search for one below.</p>
        ) : (
          <ul aria-label="Alternatives" className="-mx-2 flex flex-col">
            {alternatives.data.slice(0, 12).map((option) => (
              <ExerciseOption key={option.id} exercise={option} onPick={onPick} />
            ))}
          </ul>
        )}
        {searching ? (
          <LibrarySearch autoFocus onPick={onPick} />
        ) : (
          <button
            type="button"
            onClick={() => setSearching(true)}
            className="min-h-11 self-start text-sm font-medium text-accent-text underline underline-offset-2"
          >
            Search the whole library
          </button>
        )}
      </div>
    </Sheet>
  );
}
