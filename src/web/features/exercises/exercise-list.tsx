import { NavLink } from 'react-router';
import type { Exercise } from '../../../shared/exercises';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EQUIPMENT_LABELS, capitalise } from './labels';
import { exerciseName } from './queries';

type ExerciseListProps = {
  exercises: Exercise[];
  total: number;
  search: string;
  busy: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
};

export function ExerciseList({ exercises, total, search, busy, hasMore, loadingMore, onMore }: ExerciseListProps) {
  return (
    <div className="flex flex-col gap-3">
      <ul
        aria-label="Exercises"
        aria-busy={busy || undefined}
        className={cn('flex flex-col divide-y divide-line overflow-clip rounded-lg border border-line bg-surface', busy && 'opacity-70')}
      >
        {exercises.map((exercise) => (
          <li key={exercise.id}>
            <NavLink
              to={`/exercises/${exercise.id}${search}`}
              data-exercise-id={exercise.id}
              className={({ isActive }) =>
                cn('flex flex-col gap-0.5 px-4 py-2.5 text-sm', isActive ? 'bg-accent-soft' : 'hover:bg-surface-muted')
              }
            >
              <span className="flex items-start justify-between gap-2">
                <span className="font-medium text-text">{exerciseName(exercise)}</span>
                <span className="flex shrink-0 gap-1">
                  {exercise.isCustom && <Badge tone="accent">Yours</Badge>}
                  {exercise.archived && <Badge>Archived</Badge>}
                </span>
              </span>
              <span className="truncate text-xs text-muted">
                {[exercise.primaryMuscles.map(capitalise).join(', '), exercise.equipment && EQUIPMENT_LABELS[exercise.equipment]]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </NavLink>
          </li>
        ))}
      </ul>
      <div className="flex items-center justify-between gap-3 text-sm text-muted">
        <span>{exercises.length < total ? `${exercises.length} of ${total}` : total === 1 ? '1 exercise' : `${total} exercises`}</span>
        {hasMore && (
          <Button variant="secondary" size="sm" pending={loadingMore} onClick={onMore}>
            Show more
          </Button>
        )}
      </div>
    </div>
  );
}

export function ExerciseListSkeleton() {
  return (
    <LoadingRegion label="Loading exercises" className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
      {Array.from({ length: 8 }, (_, index) => (
        <div key={index} className="flex flex-col gap-1.5 px-4 py-3">
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-3 w-1/3" />
        </div>
      ))}
    </LoadingRegion>
  );
}
