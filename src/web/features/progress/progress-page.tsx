import { useQuery } from '@tanstack/react-query';
import { ChevronRight, History, LineChart } from 'lucide-react';
import { Link } from 'react-router';
import type { PersonalRecord } from '../../../shared/logging';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { myClientQuery } from '../clients/queries';
import { useExerciseName } from '../exercises/use-exercise-name';
import { formatKg, type Unit } from '../history/format';
import { clientRecordsQuery, clientSessionsQuery, HISTORY_PAGE } from '../history/queries';
import { SessionCards, SessionCardsSkeleton } from '../history/session-list';
import { MeasurementHistory } from '../metrics/measurement-history';
import { QuickEntry } from '../metrics/quick-entry';
import { BodyChart } from '../metrics/body-chart';
import { TrainingCharts } from '../training-charts/training-charts';
import { BadgesCard } from '../goals/badges-card';
import { GoalsCard } from '../goals/goals-card';
import { useWeightGoal } from '../goals/use-weight-goal';
import { ProgressPhotos } from '../photos/progress-photos';

const RECENT = 3;
const RECORD_ROWS = 5;

function RecentWorkouts({ clientId, unit }: { clientId: string; unit: Unit }) {
  const sessions = useQuery(clientSessionsQuery(clientId, HISTORY_PAGE));
  if (sessions.isPending) return <SessionCardsSkeleton rows={RECENT} />;
  if (sessions.isError)
    return (
      <ErrorState
        title="Your workouts didn't load"
        error={sessions.error}
        onRetry={() => void sessions.refetch()}
        retrying={sessions.isFetching}
      />
    );
  if (sessions.data.length === 0)
    return (
      <EmptyState
        icon={<LineChart />}
        title="Your workouts will show here"
        action={
          <Link to="/today" className={buttonClass('primary')}>
            Go to today
          </Link>
        }
      >
        Every workout you finish lands here with its sets, the records you set and your coach's comments. It starts with your first logged
        workout.
      </EmptyState>
    );
  return (
    <div className="flex flex-col gap-3">
      <SessionCards items={sessions.data.slice(0, RECENT)} unit={unit} label="Recent workouts" />
      <Link to="/progress/history" className={buttonClass('secondary', 'md', 'self-start')}>
        <History aria-hidden className="size-4" />
        All workouts
      </Link>
    </div>
  );
}

function RecordRow({ exerciseId, records, unit }: { exerciseId: string; records: PersonalRecord[]; unit: Unit }) {
  const { name } = useExerciseName(exerciseId);
  const heaviest = records.find((record) => record.kind === 'heaviest');
  const e1rm = records.find((record) => record.kind === 'e1rm');
  const parts = [heaviest && `Heaviest ${formatKg(heaviest.value, unit)}`, e1rm && `est. 1RM ${formatKg(e1rm.value, unit)}`];
  return (
    <li>
      <Link
        to={`/progress/exercises/${encodeURIComponent(exerciseId)}`}
        className="-mx-2 flex min-h-12 items-center gap-3 rounded-md px-2 py-1.5 hover:bg-surface-muted"
      >
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="truncate font-medium text-text">{name}</span>
          <span className="text-sm text-muted tabular-nums">{parts.filter(Boolean).join(' · ')}</span>
        </span>
        <ChevronRight aria-hidden className="size-5 shrink-0 text-muted" />
      </Link>
    </li>
  );
}

/** Current bests per exercise, the most recently beaten first; each opens that exercise's history. */
function Records({ clientId, unit }: { clientId: string; unit: Unit }) {
  const records = useQuery(clientRecordsQuery(clientId));
  if (records.isPending)
    return (
      <LoadingRegion label="Loading records" className="flex flex-col gap-3">
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-10 w-full" />
      </LoadingRegion>
    );
  if (records.isError)
    return (
      <ErrorState
        title="Your records didn't load"
        error={records.error}
        onRetry={() => void records.refetch()}
        retrying={records.isFetching}
      />
    );
  const byExercise = new Map<string, PersonalRecord[]>();
  for (const record of records.data) byExercise.set(record.exerciseId, [...(byExercise.get(record.exerciseId) ?? []), record]);
  const latest = (list: PersonalRecord[]) => list.reduce((max, record) => (record.achievedAt > max ? record.achievedAt : max), '');
  const exercises = [...byExercise.entries()].sort(([, a], [, b]) => latest(b).localeCompare(latest(a))).slice(0, RECORD_ROWS);
  if (exercises.length === 0)
    return <p className="text-sm text-muted">Log a weight and reps for an exercise and your best numbers for it start here.</p>;
  return (
    <ul aria-label="Personal records" className="flex flex-col gap-1">
      {exercises.map(([exerciseId, list]) => (
        <RecordRow key={exerciseId} exerciseId={exerciseId} records={list} unit={unit} />
      ))}
    </ul>
  );
}

export function ProgressPage() {
  const me = useQuery(myClientQuery());
  const unit: Unit = me.data?.onboarding?.units ?? 'kg';
  const weightGoal = useWeightGoal(me.data?.id ?? '');
  return (
    <div className="flex flex-col gap-6">
      <title>Progress · OneCoach</title>
      <h1 className="text-2xl font-semibold text-text">Progress</h1>
      {me.isError ? (
        <ErrorState title="Your progress didn't load" error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />
      ) : (
        <>
          {me.data ? (
            <>
              <BadgesCard clientId={me.data.id} />
              <GoalsCard clientId={me.data.id} unit={unit} viewer="client" timeZone={me.data.onboarding?.timeZone} />
              <QuickEntry clientId={me.data.id} unit={unit} />
              <BodyChart clientId={me.data.id} unit={unit} goal={weightGoal ?? undefined} />
              <MeasurementHistory
                clientId={me.data.id}
                unit={unit}
                emptyText="Your weigh-ins and measurements will be listed here, newest first."
              />
              <ProgressPhotos clientId={me.data.id} viewer="client" timeZone={me.data.onboarding?.timeZone} />
            </>
          ) : (
            <LoadingRegion label="Loading body weight" className="flex flex-col gap-4">
              <Skeleton className="h-48 w-full rounded-lg" />
              <Skeleton className="h-72 w-full rounded-lg" />
            </LoadingRegion>
          )}
          <section aria-labelledby="progress-workouts" className="flex flex-col gap-3">
            <h2 id="progress-workouts" className="text-lg font-semibold text-text">
              Workout history
            </h2>
            {me.data ? <RecentWorkouts clientId={me.data.id} unit={unit} /> : <SessionCardsSkeleton rows={RECENT} />}
          </section>
          <Card title="Personal records" description="Your best numbers per exercise, and every set behind them.">
            {me.data ? (
              <Records clientId={me.data.id} unit={unit} />
            ) : (
              <LoadingRegion label="Loading records">
                <Skeleton className="h-10 w-full" />
              </LoadingRegion>
            )}
          </Card>
          <section aria-labelledby="progress-training" className="flex flex-col gap-3">
            <h2 id="progress-training" className="text-lg font-semibold text-text">
              Training
            </h2>
            {me.data ? (
              <TrainingCharts clientId={me.data.id} unit={unit} viewer="client" />
            ) : (
              <LoadingRegion label="Loading training charts" className="flex flex-col gap-4">
                <Skeleton className="h-56 w-full rounded-lg" />
                <Skeleton className="h-72 w-full rounded-lg" />
              </LoadingRegion>
            )}
          </section>
        </>
      )}
    </div>
  );
}
