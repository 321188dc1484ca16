import { useQuery } from '@tanstack/react-query';
import { CalendarCheck, ClipboardList, Moon } from 'lucide-react';
import { Suspense, lazy, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ScheduledWorkout } from '../../../shared/programs';
import { errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/dates';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { sessionQuery } from '../auth/queries';
import { AssistantTodayCard } from '../ai/assistant-today-card';
import { CheckinsToday } from '../checkins/client-checkin-card';
import { PAUSE_REASON_LABELS } from '../clients/labels';
import { myClientQuery } from '../clients/queries';
import { HabitsToday } from '../habits/habits-today';
import { useActiveWorkout } from '../logging/start-session';
import { ActiveWorkoutBanner, OtherWorkouts } from '../logging/today-entry';
import { NutritionToday } from '../nutrition/client-today-card';
import { relativeDay } from './day-labels';
import { myScheduleQuery, scheduledWorkoutQuery } from './queries';
import { TodayWorkoutCard } from './today-workout-card';
import { WeekAhead } from './week-ahead';

// The sheet (a dialog, the exercise list) loads on first tap, keeping Today's first download small.
const TodayWorkoutSheet = lazy(() => import('./today-workout-sheet').then((m) => ({ default: m.TodayWorkoutSheet })));

function greeting(timeZone: string | undefined): string {
  let hour = new Date().getHours();
  try {
    hour = Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(new Date()));
  } catch {
    // unknown zone: the device's clock is close enough for a greeting
  }
  if (hour < 5) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

function TodaySkeleton() {
  return (
    <LoadingRegion label="Loading today" className="flex flex-col gap-4">
      <Skeleton className="h-64 w-full rounded-xl" />
      <Skeleton className="h-5 w-40" />
      <Skeleton className="h-48 w-full rounded-lg" />
    </LoadingRegion>
  );
}

function RestDay({ next, today }: { next: ScheduledWorkout | undefined; today: string }) {
  return (
    <section aria-label="Today" className="flex items-center gap-4 rounded-xl border border-line bg-surface p-5">
      <span aria-hidden className="flex size-12 shrink-0 items-center justify-center rounded-full bg-accent-soft text-accent-text">
        <Moon className="size-6" />
      </span>
      <div className="flex flex-col gap-0.5">
        <h2 className="text-lg font-semibold text-text">Rest day</h2>
        <p className="text-sm text-muted">
          {next
            ? `Recover well. Next up: ${next.name}, ${relativeDay(next.date, today).toLowerCase()}.`
            : 'Nothing scheduled today. Recover well.'}
        </p>
      </div>
    </section>
  );
}

/** A link to one workout (an "About" chip in Messages): /today?workout=<scheduled workout id> opens its sheet. */
function useLinkedWorkout() {
  const [params, setParams] = useSearchParams();
  const id = params.get('workout') || null;
  const detail = useQuery({ ...scheduledWorkoutQuery(id ?? ''), enabled: id !== null, retry: false });
  const close = () =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.delete('workout');
        return next;
      },
      { replace: true },
    );
  return { id, detail, close };
}

export function TodayPage() {
  const { data: viewer } = useQuery(sessionQuery());
  const me = useQuery(myClientQuery());
  const schedule = useQuery(myScheduleQuery());
  const [open, setOpen] = useState<{ item: ScheduledWorkout; moving: boolean } | null>(null);
  const linked = useLinkedWorkout();
  const workout = useActiveWorkout();
  const timeZone = me.data?.onboarding?.timeZone;
  const first = viewer?.user?.name.split(' ')[0] ?? '';
  const coach = viewer?.coachName ? `Your coach ${viewer.coachName.split(' ')[0]}` : 'Your coach';
  const todayLabel = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(new Date());

  const today = schedule.data?.today ?? '';
  const items = schedule.data?.items ?? [];
  const todays = items.filter((item) => item.date === today);
  const ahead = items.filter((item) => item.date > today);
  const nothingAtAll = schedule.isSuccess && items.length === 0;
  const canMove = schedule.data?.clientCanMove ?? me.data?.canMoveWorkouts ?? false;

  return (
    <div className="flex flex-col gap-5">
      <title>Today · OneCoach</title>
      <header className="flex flex-col gap-1">
        <p className="text-sm text-muted">{todayLabel}</p>
        <h1 className="text-2xl font-semibold text-text">
          {greeting(timeZone)}
          {first && `, ${first}`}
        </h1>
      </header>

      {me.data?.pause && (
        <Notice tone="warning" title="Your coaching is paused">
          {PAUSE_REASON_LABELS[me.data.pause.reason]}
          {me.data.pause.until ? `, back on ${formatDate(me.data.pause.until)}` : ''}. Nothing is scheduled and nothing counts against you
          while you're away.
        </Notice>
      )}

      {linked.id && linked.detail.isError && (
        <Notice tone="warning" title="That workout didn't open">
          {errorMessage(linked.detail.error)} It may have been removed from your calendar.{' '}
          <button type="button" onClick={linked.close} className="font-medium underline underline-offset-2">
            Dismiss
          </button>
        </Notice>
      )}

      {schedule.isSuccess && <ActiveWorkoutBanner state={workout} todaysIds={todays.map((item) => item.id)} />}

      <CheckinsToday />

      {schedule.isPending || me.isPending ? (
        <TodaySkeleton />
      ) : schedule.isError ? (
        <ErrorState
          title="Your schedule didn't load"
          error={schedule.error}
          onRetry={() => void schedule.refetch()}
          retrying={schedule.isFetching}
        />
      ) : nothingAtAll ? (
        <EmptyState icon={<CalendarCheck />} title={`${coach} will add your first workout here`}>
          They're reading your answers and building your plan. When a workout is scheduled for today, it shows up right here, ready to log
          set by set.
        </EmptyState>
      ) : (
        <>
          {todays.length > 0 ? (
            todays.map((item) => (
              <TodayWorkoutCard
                key={item.id}
                item={item}
                canMove={canMove}
                workout={workout}
                onOpen={() => setOpen({ item, moving: false })}
                onMove={() => setOpen({ item, moving: true })}
              />
            ))
          ) : (
            <RestDay next={ahead[0]} today={today} />
          )}
          <WeekAhead today={today} items={ahead} onOpen={(item) => setOpen({ item, moving: false })} />
          {canMove && <p className="text-sm text-muted">Your coach lets you move your workouts: open one to pick another day.</p>}
        </>
      )}

      <NutritionToday />

      <HabitsToday />

      <AssistantTodayCard />

      {schedule.isSuccess && <OtherWorkouts />}

      {nothingAtAll && (
        <Card title="While you wait" as="section">
          <Link to="/profile/answers" className="-m-2 flex min-h-11 items-center gap-3 rounded-md p-2 hover:bg-surface-muted">
            <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-surface-muted text-muted">
              <ClipboardList className="size-5" />
            </span>
            <span className="flex flex-col">
              <span className="font-medium text-text">Check your answers</span>
              <span className="text-sm text-muted">Goals, equipment, injuries: keep them up to date for your coach.</span>
            </span>
          </Link>
        </Card>
      )}

      {open ? (
        <Suspense fallback={null}>
          <TodayWorkoutSheet
            item={open.item}
            today={today}
            canMove={canMove}
            startMoving={open.moving}
            workout={workout}
            onClose={() => setOpen(null)}
          />
        </Suspense>
      ) : (
        linked.detail.data &&
        today && (
          <Suspense fallback={null}>
            <TodayWorkoutSheet
              item={linked.detail.data}
              today={today}
              canMove={canMove}
              startMoving={false}
              workout={workout}
              onClose={linked.close}
            />
          </Suspense>
        )
      )}
    </div>
  );
}
