import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CalendarClock, Check, Dumbbell, Play, Plus, RotateCcw } from 'lucide-react';
import { Suspense, lazy, useState } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import type { ScheduledWorkout } from '../../../shared/programs';
import { errorMessage } from '../../lib/api';
import { relativeTime } from '../../lib/dates';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { myClientQuery } from '../clients/queries';
import { scheduledWorkoutQuery } from '../workouts/queries';
import { startWorkout, type ActiveWorkout } from './start-session';

// The form (and zod with it) loads on first tap: Today's first download stays small.
const PastWorkoutDialog = lazy(() => import('./past-workout-dialog').then((m) => ({ default: m.PastWorkoutDialog })));

export const workoutPath = (sessionId: string) => `/workout/${encodeURIComponent(sessionId)}`;

/** Today's, as Today knows it: what is open, and which scheduled workouts have a finish on its way. */
export type WorkoutState = { active: ActiveWorkout | null; finishing: Set<string> };

function useStart() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(myClientQuery());
  const [pending, setPending] = useState(false);
  const start = async (item: ScheduledWorkout | null) => {
    setPending(true);
    try {
      // Usually loaded already (the card, the sheet); offline without it the screen waits for the server.
      const scheduled = item ? await queryClient.fetchQuery(scheduledWorkoutQuery(item.id)).catch(() => null) : null;
      const id = await startWorkout(queryClient, {
        scheduled,
        name: null,
        startedAt: new Date().toISOString(),
        clientId: me.data?.id ?? '',
      });
      void navigate(workoutPath(id));
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setPending(false);
    }
  };
  return { start, pending };
}

type StartProps = { item: ScheduledWorkout; state: WorkoutState; className?: string };

/** The one big action on today's workout: start it, resume it, or see that it is done. */
export function StartWorkoutButton({ item, state, className }: StartProps) {
  const navigate = useNavigate();
  const { start, pending } = useStart();
  const finishing = state.finishing.has(item.id);
  // Loaded ahead (and kept by the service worker): the gym screen then opens with its plan even offline.
  useQuery({ ...scheduledWorkoutQuery(item.id), enabled: item.status !== 'completed' && !finishing });
  if (item.status === 'completed' || finishing) {
    return (
      <Button size="lg" disabled icon={<Check aria-hidden className="size-5" />} className={className}>
        {finishing && item.status !== 'completed' ? 'Done — waiting to sync' : 'Done — nice work'}
      </Button>
    );
  }
  if (state.active && state.active.scheduledWorkoutId === item.id) {
    const id = state.active.id;
    return (
      <Button
        size="lg"
        onClick={() => void navigate(workoutPath(id))}
        icon={<RotateCcw aria-hidden className="size-5" />}
        className={className}
      >
        Resume workout
      </Button>
    );
  }
  return (
    <Button
      size="lg"
      pending={pending}
      onClick={() => void start(item)}
      icon={<Play aria-hidden className="size-5" />}
      className={className}
    >
      Start workout
    </Button>
  );
}

/** A workout left open (not today's card, or started elsewhere): one tap back into it. */
export function ActiveWorkoutBanner({ state, todaysIds }: { state: WorkoutState; todaysIds: string[] }) {
  const navigate = useNavigate();
  const { active } = state;
  if (!active || (active.scheduledWorkoutId && todaysIds.includes(active.scheduledWorkoutId))) return null;
  return (
    <section aria-label="Workout in progress" className="flex items-center gap-3 rounded-xl border border-accent bg-accent-soft p-4">
      <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent text-accent-fg">
        <Dumbbell className="size-5" />
      </span>
      <div className="flex min-w-0 flex-1 flex-col">
        <p className="truncate font-semibold text-text">{active.name}</p>
        <p className="text-sm text-text">In progress · started {relativeTime(active.startedAt)}</p>
      </div>
      <Button onClick={() => void navigate(workoutPath(active.id))} icon={<RotateCcw aria-hidden className="size-4" />}>
        Resume
      </Button>
    </section>
  );
}

/** Training that is not on the calendar: an empty workout now, or one done earlier and not logged. */
export function OtherWorkouts({ className }: { className?: string }) {
  const { start, pending } = useStart();
  const [past, setPast] = useState(false);
  return (
    <section aria-labelledby="other-workouts" className={cn('flex flex-col gap-3', className)}>
      <h2 id="other-workouts" className="text-base font-semibold text-text">
        Training on your own?
      </h2>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        <Button
          variant="secondary"
          size="lg"
          pending={pending}
          onClick={() => void start(null)}
          icon={<Plus aria-hidden className="size-5" />}
        >
          Log an empty workout
        </Button>
        <Button variant="secondary" size="lg" onClick={() => setPast(true)} icon={<CalendarClock aria-hidden className="size-5" />}>
          Log a past workout
        </Button>
      </div>
      {past && (
        <Suspense fallback={null}>
          <PastWorkoutDialog onClose={() => setPast(false)} />
        </Suspense>
      )}
    </section>
  );
}
