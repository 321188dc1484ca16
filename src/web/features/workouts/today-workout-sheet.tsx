import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowRightLeft } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import type { ScheduledWorkout } from '../../../shared/programs';
import { errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { StartWorkoutButton, type WorkoutState } from '../logging/today-entry';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { Sheet } from '../../ui/sheet';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { relativeDay, shortDay } from './day-labels';
import { scheduleApi, scheduleChanged, scheduledWorkoutQuery } from './queries';
import { WorkoutPreview } from './workout-preview';

type SheetProps = {
  item: ScheduledWorkout;
  today: string;
  canMove: boolean;
  startMoving: boolean;
  workout: WorkoutState;
  onClose: () => void;
};

function MoveForm({ item, today, onMoved }: { item: ScheduledWorkout; today: string; onMoved: () => void }) {
  const queryClient = useQueryClient();
  const [date, setDate] = useState(item.date);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <form
      className="flex w-full flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        setPending(true);
        setError(undefined);
        scheduleApi
          .update(item.id, { date })
          .then(() => {
            scheduleChanged(queryClient);
            toast.success(`Moved to ${date === today ? 'today' : shortDay(date)}`);
            onMoved();
          })
          .catch((caught: unknown) => setError(errorMessage(caught)))
          .finally(() => setPending(false));
      }}
    >
      <TextField label="Move to" type="date" min={today} value={date} onChange={(event) => setDate(event.target.value)} />
      <FormError message={error} />
      <Button
        type="submit"
        size="lg"
        pending={pending}
        disabled={!date || date === item.date}
        icon={<ArrowRightLeft aria-hidden className="size-5" />}
      >
        Move workout
      </Button>
    </form>
  );
}

/** A scheduled workout's exercises, and (when the coach allows it) moving it to another day. */
export function TodayWorkoutSheet({ item, today, canMove, startMoving, workout, onClose }: SheetProps) {
  const detail = useQuery(scheduledWorkoutQuery(item.id));
  const [moving, setMoving] = useState(startMoving);
  const movable = canMove && item.status !== 'completed';
  return (
    <Sheet
      open
      onOpenChange={(open) => !open && onClose()}
      title={item.name}
      description={`${relativeDay(item.date, today)} · about ${item.estimatedMinutes} min`}
      footer={
        (item.date === today || movable) && (
          <div className="flex w-full flex-col gap-2">
            {item.date === today && !moving && <StartWorkoutButton item={item} state={workout} className="w-full" />}
            {movable &&
              (moving ? (
                <MoveForm item={item} today={today} onMoved={onClose} />
              ) : (
                <Button
                  variant="secondary"
                  size="lg"
                  className="w-full"
                  onClick={() => setMoving(true)}
                  icon={<ArrowRightLeft aria-hidden className="size-5" />}
                >
                  Move to another day
                </Button>
              ))}
          </div>
        )
      }
    >
      {detail.isPending ? (
        <LoadingRegion label="Loading workout" className="flex flex-col gap-3">
          <Skeleton className="h-14 w-full" />
          <Skeleton className="h-14 w-full" />
          <Skeleton className="h-14 w-full" />
        </LoadingRegion>
      ) : detail.isError ? (
        <ErrorState
          title="This workout didn't load"
          error={detail.error}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
      ) : (
        <WorkoutPreview workout={detail.data.workout} large />
      )}
    </Sheet>
  );
}
