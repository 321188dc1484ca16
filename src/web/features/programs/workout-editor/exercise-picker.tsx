import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus, Search } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { Exercise } from '../../../../shared/exercises';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { cn } from '../../../ui/cn';
import { ExerciseFormDialog } from '../../exercises/exercise-form-dialog';
import { EQUIPMENT_LABELS, capitalise } from '../../exercises/labels';
import { exerciseName, exerciseSearchQuery, rememberExercises } from '../../exercises/queries';

type ExercisePickerProps = {
  label: string;
  placeholder: string;
  onPick: (exercise: Exercise) => void;
  autoFocus?: boolean;
  className?: string;
};

/** Type, see matches, Enter adds the first (or the highlighted) one. Stays focused for the next exercise. */
export function ExercisePicker({ label, placeholder, onPick, autoFocus, className }: ExercisePickerProps) {
  const queryClient = useQueryClient();
  const listId = useId();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [enterQueued, setEnterQueued] = useState(false);
  const [creating, setCreating] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const needle = useDebouncedValue(q.trim(), 150);
  const results = useQuery({ ...exerciseSearchQuery(needle), enabled: needle.length > 0 });
  const current = needle === q.trim() && !results.isPlaceholderData;
  const items = needle ? (results.data?.items ?? []) : [];
  // The last option always offers to create what was typed.
  const optionCount = items.length + (q.trim() ? 1 : 0);

  const pick = (exercise: Exercise) => {
    rememberExercises(queryClient, [exercise]);
    onPick(exercise);
    setQ('');
    setActive(0);
    setEnterQueued(false);
  };
  const choose = (index: number) => {
    const exercise = items[index];
    if (exercise) pick(exercise);
    else if (q.trim()) setCreating(true);
  };

  // Enter pressed before the matches for what was typed arrived: take the first as soon as they do.
  useEffect(() => {
    if (!enterQueued || !current || results.isFetching) return;
    setEnterQueued(false);
    const first = results.data?.items[0];
    if (first) pick(first);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the matches arrive
  }, [enterQueued, current, results.isFetching, results.data]);

  const showList = open && q.trim().length > 0;
  // Near the bottom of the screen the matches would open below the fold: bring them into view.
  useEffect(() => {
    if (showList && items.length > 0) listRef.current?.scrollIntoView({ block: 'nearest' });
  }, [showList, items.length]);
  return (
    <div className={cn('relative', className)}>
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted" />
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && optionCount > 0 ? `${listId}-${active}` : undefined}
        autoFocus={autoFocus}
        placeholder={placeholder}
        value={q}
        onChange={(event) => {
          setQ(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            if (optionCount > 0) setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : optionCount - 1)) % optionCount);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (!q.trim()) return;
            if (!current || results.isFetching) setEnterQueued(true);
            else choose(active);
          } else if (event.key === 'Escape' && q) {
            event.preventDefault();
            setQ('');
          }
        }}
        className="h-9 w-full rounded-md border border-line-strong bg-surface pr-3 pl-8 text-sm text-text placeholder:text-muted"
      />
      {showList && (
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label="Matching exercises"
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-80 overflow-y-auto rounded-md border border-line bg-surface p-1 shadow-lg"
        >
          {results.isPending && needle && <li className="px-2 py-2 text-sm text-muted">Searching…</li>}
          {items.map((exercise, index) => (
            <li
              key={exercise.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
              onMouseMove={() => setActive(index)}
              className={cn('flex cursor-pointer flex-col rounded-sm px-2 py-1.5 text-sm', index === active && 'bg-accent-soft')}
            >
              <span className="font-medium text-text">{exerciseName(exercise)}</span>
              <span className="text-xs text-muted">
                {[
                  exercise.primaryMuscles.map(capitalise).join(', '),
                  exercise.equipment && EQUIPMENT_LABELS[exercise.equipment],
                  exercise.isCustom && 'Yours',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
          {current && !results.isFetching && items.length === 0 && (
            <li className="px-2 py-2 text-sm text-muted">Nothing in the library matches “{q.trim()}”.</li>
          )}
          <li
            id={`${listId}-${items.length}`}
            role="option"
            aria-selected={active === items.length}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setCreating(true)}
            onMouseEnter={() => setActive(items.length)}
            className={cn(
              'flex cursor-pointer items-center gap-2 rounded-sm px-2 py-1.5 text-sm text-accent-text',
              active === items.length && 'bg-accent-soft',
            )}
          >
            <Plus aria-hidden className="size-4" /> Create “{q.trim()}” as your own exercise
          </li>
        </ul>
      )}
      <ExerciseFormDialog open={creating} onOpenChange={setCreating} initialName={q.trim()} onSaved={pick} />
    </div>
  );
}
