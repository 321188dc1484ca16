import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Dumbbell, Plus, SearchX } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useListKeys, useSlashToFocus } from '../../lib/keyboard';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState } from '../../ui/states';
import { ExerciseDetail } from './exercise-detail';
import { ExerciseFormDialog } from './exercise-form-dialog';
import { ExerciseList, ExerciseListSkeleton } from './exercise-list';
import { ExercisesToolbar } from './exercises-toolbar';
import { exercisesListQuery, rememberExercises } from './queries';
import { useExerciseFilters } from './use-exercise-filters';

export function ExercisesPage() {
  const { exerciseId } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { filters, update, isFiltered, clear, search } = useExerciseFilters();
  const [creating, setCreating] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(searchRef);

  const list = useInfiniteQuery(
    exercisesListQuery({
      q: filters.q || undefined,
      muscle: filters.muscle || undefined,
      equipment: filters.equipment || undefined,
      category: filters.category || undefined,
      level: filters.level || undefined,
      source: filters.source,
      archived: filters.archived ? 'only' : 'exclude',
    }),
  );
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;
  useEffect(() => rememberExercises(queryClient, items), [queryClient, items]);

  const step = useCallback(
    (delta: 1 | -1) => {
      if (items.length === 0) return;
      const at = items.findIndex((item) => item.id === exerciseId);
      const next = items[at === -1 ? 0 : Math.min(items.length - 1, Math.max(0, at + delta))];
      if (!next) return;
      void navigate(`/exercises/${next.id}${search}`, { replace: true });
      document.querySelector<HTMLElement>(`[data-exercise-id="${next.id}"]`)?.scrollIntoView({ block: 'nearest' });
    },
    [items, exerciseId, navigate, search],
  );
  useListKeys(step);

  const newButton = (
    <Button onClick={() => setCreating(true)} icon={<Plus aria-hidden className="size-4" />}>
      New exercise
    </Button>
  );

  let listBody: ReactNode;
  if (list.isPending) listBody = <ExerciseListSkeleton />;
  else if (list.isError && !list.data)
    listBody = (
      <ErrorState title="The library didn't load" error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
    );
  else if (total === 0 && filters.source === 'custom' && !filters.q && !filters.archived)
    listBody = (
      <EmptyState icon={<Dumbbell />} title="No exercises of your own yet" action={newButton}>
        Add the moves the library doesn't have, with your cues and a video link.
      </EmptyState>
    );
  else if (total === 0)
    listBody = (
      <EmptyState
        icon={<SearchX />}
        title={filters.archived ? 'Nothing archived' : 'No exercises match'}
        action={
          <div className="flex flex-wrap justify-center gap-2">
            {isFiltered && (
              <Button variant="secondary" onClick={clear}>
                Clear filters
              </Button>
            )}
            {!filters.archived && newButton}
          </div>
        }
      >
        {filters.archived
          ? 'Exercises you archive wait here, and stay in the programs that use them.'
          : 'Try fewer filters, or add it as your own exercise.'}
      </EmptyState>
    );
  else
    listBody = (
      <ExerciseList
        exercises={items}
        total={total}
        search={search}
        busy={list.isPlaceholderData}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onMore={() => void list.fetchNextPage()}
      />
    );

  return (
    <div className="flex flex-col gap-5">
      <PageHeader
        title="Exercises"
        description="The library you build programs from: search it, add your own, add your cues."
        actions={newButton}
      />
      <ExercisesToolbar filters={filters} update={update} isFiltered={isFiltered} clear={clear} searchRef={searchRef} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <div className={cn('min-w-0', exerciseId && 'hidden lg:block')}>{listBody}</div>
        {exerciseId ? (
          <ExerciseDetail id={exerciseId} backTo={`/exercises${search}`} />
        ) : (
          <div className="hidden h-64 items-center justify-center self-start rounded-lg border border-dashed border-line p-10 text-center text-sm text-muted lg:sticky lg:top-8 lg:flex">
            Pick an exercise to see how it's done, your cues and video. <br />
            Press j and k to step through the list.
          </div>
        )}
      </div>
      <ExerciseFormDialog
        open={creating}
        onOpenChange={setCreating}
        initialName={filters.q}
        onSaved={(exercise) => void navigate(`/exercises/${exercise.id}${search}`)}
      />
    </div>
  );
}
