import { ArrowRightLeft, Clock, Dumbbell } from 'lucide-react';
import type { ScheduledWorkout } from '../../../shared/programs';
import { Button } from '../../ui/button';
import { StartWorkoutButton, type WorkoutState } from '../logging/today-entry';
import { ScheduleStatusBadge } from './schedule-status';

type CardProps = { item: ScheduledWorkout; canMove: boolean; workout: WorkoutState; onOpen: () => void; onMove: () => void };

/** Today's workout, big enough to read at arm's length. */
export function TodayWorkoutCard({ item, canMove, workout, onOpen, onMove }: CardProps) {
  const done = item.status === 'completed' || workout.finishing.has(item.id);
  return (
    <section aria-label={`Today: ${item.name}`} className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-5 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <p className="text-sm font-medium text-accent-text">Today's workout</p>
          <h2 className="text-xl font-semibold break-words text-text">{item.name}</h2>
          {item.programName && (
            <p className="text-sm text-muted">
              {item.programName}
              {item.week ? ` · week ${item.week}` : ''}
            </p>
          )}
        </div>
        {item.status !== 'scheduled' && <ScheduleStatusBadge status={item.status} />}
      </div>
      <dl className="grid grid-cols-2 gap-3">
        <div className="rounded-lg bg-surface-muted px-3 py-2">
          <dt className="flex items-center gap-1 text-xs text-muted">
            <Clock aria-hidden className="size-3.5" /> About
          </dt>
          <dd className="text-2xl font-semibold text-text tabular-nums">
            {item.estimatedMinutes} <span className="text-base font-normal text-muted">min</span>
          </dd>
        </div>
        <div className="rounded-lg bg-surface-muted px-3 py-2">
          <dt className="flex items-center gap-1 text-xs text-muted">
            <Dumbbell aria-hidden className="size-3.5" /> Exercises
          </dt>
          <dd className="text-2xl font-semibold text-text tabular-nums">{item.exerciseCount}</dd>
        </div>
      </dl>
      <div className="flex flex-col gap-2">
        <StartWorkoutButton item={item} state={workout} />
        <div className="grid grid-cols-2 gap-2">
          <Button variant="secondary" size="lg" onClick={onOpen} className={canMove && !done ? '' : 'col-span-2'}>
            See exercises
          </Button>
          {canMove && !done && (
            <Button variant="secondary" size="lg" onClick={onMove} icon={<ArrowRightLeft aria-hidden className="size-5" />}>
              Move
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
