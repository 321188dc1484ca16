import { useQuery } from '@tanstack/react-query';
import { Dumbbell, SearchX, Trophy } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { RECORD_LABELS, type ExerciseHistory } from '../../../shared/logging';
import { isApiError } from '../../lib/api';
import { buttonClass } from '../../ui/button';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { myClientQuery } from '../clients/queries';
import { ExerciseChart } from '../training-charts/exercise-chart';
import { BackLink } from './back-link';
import { doneText, formatWorkoutDate, type Unit } from './format';
import { exerciseHistoryQuery } from './queries';
import { exerciseLabel, RECORD_ORDER, recordValue } from './records';

type HistorySet = ExerciseHistory['sets'][number];

/** Sets grouped by the workout they were done in, newest workout first. */
function bySession(sets: HistorySet[]): Array<{ sessionId: string; name: string; at: string; sets: HistorySet[] }> {
  const groups = new Map<string, { sessionId: string; name: string; at: string; sets: HistorySet[] }>();
  for (const set of sets) {
    const group = groups.get(set.sessionId) ?? { sessionId: set.sessionId, name: set.sessionName, at: set.loggedAt, sets: [] };
    group.sets.push(set);
    if (set.loggedAt < group.at) group.at = set.loggedAt;
    groups.set(set.sessionId, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, sets: group.sets.sort((a, b) => a.loggedAt.localeCompare(b.loggedAt)) }))
    .sort((a, b) => b.at.localeCompare(a.at));
}

function CurrentRecords({ history, unit }: { history: ExerciseHistory; unit: Unit }) {
  const records = [...history.records].sort((a, b) => RECORD_ORDER.indexOf(a.kind) - RECORD_ORDER.indexOf(b.kind));
  if (records.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-line px-4 py-3 text-sm text-muted">
        Records appear once you've logged this with a weight and reps twice: the first time sets the bar.
      </p>
    );
  return (
    <section aria-labelledby="current-records" className="flex flex-col gap-2">
      <h2 id="current-records" className="flex items-center gap-2 text-lg font-semibold text-text">
        <Trophy aria-hidden className="size-5 text-accent-text" />
        Your records
      </h2>
      <dl className="grid grid-cols-2 gap-2">
        {records.map((record) => (
          <div key={record.kind} className="flex flex-col gap-0.5 rounded-lg border border-line bg-surface px-3 py-2">
            <dt className="text-xs text-muted">{RECORD_LABELS[record.kind]}</dt>
            <dd className="text-lg leading-7 font-semibold text-text tabular-nums">{recordValue(record, unit)}</dd>
            <dd className="text-xs text-muted">{formatWorkoutDate(record.achievedAt)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** /progress/exercises/:exerciseId — every set of one exercise, its records at the top. */
export function ExerciseHistoryPage() {
  const { exerciseId = '' } = useParams();
  const me = useQuery(myClientQuery());
  const history = useQuery(exerciseHistoryQuery(me.data?.id ?? '', exerciseId));
  const unit: Unit = me.data?.onboarding?.units ?? 'kg';
  const back = <BackLink to="/progress">Progress</BackLink>;

  if (me.isPending || history.isPending)
    return (
      <LoadingRegion label="Loading exercise history" className="flex flex-col gap-4">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-8 w-48" />
        <div className="grid grid-cols-2 gap-2">
          <Skeleton className="h-20 rounded-lg" />
          <Skeleton className="h-20 rounded-lg" />
        </div>
        <Skeleton className="h-32 w-full rounded-lg" />
      </LoadingRegion>
    );
  if (history.isError && isApiError(history.error) && history.error.status === 404)
    return (
      <div className="flex flex-col gap-4">
        {back}
        <EmptyState
          icon={<SearchX />}
          title="We couldn't find that exercise"
          action={
            <Link to="/progress" className={buttonClass('secondary')}>
              Back to Progress
            </Link>
          }
        >
          The link may be old.
        </EmptyState>
      </div>
    );
  const failed = me.isError ? me : history.isError ? history : null;
  if (failed)
    return (
      <div className="flex flex-col gap-4">
        {back}
        <ErrorState
          title="This history didn't load"
          error={failed.error}
          onRetry={() => void failed.refetch()}
          retrying={failed.isFetching}
        />
      </div>
    );

  const data = history.data!;
  const name = exerciseLabel(data.exercise);
  const recordSets = new Set(data.records.map((record) => record.setId));
  const groups = bySession(data.sets);
  return (
    <div className="flex flex-col gap-6">
      <title>{`${name} · OneCoach`}</title>
      <header className="flex flex-col gap-1">
        {back}
        <h1 className="text-2xl font-semibold break-words text-text">{name}</h1>
        <p className="text-sm text-muted">
          {data.sets.length === 0
            ? 'Nothing logged yet'
            : `${data.sets.length} ${data.sets.length === 1 ? 'set' : 'sets'} in ${groups.length} ${groups.length === 1 ? 'workout' : 'workouts'}`}
        </p>
      </header>
      {data.sets.length === 0 ? (
        <EmptyState icon={<Dumbbell />} title={`No ${name} logged yet`}>
          When you log it in a workout, every set shows up here with its date, and your best numbers at the top.
        </EmptyState>
      ) : (
        <>
          <CurrentRecords history={data} unit={unit} />
          <ExerciseChart clientId={me.data?.id ?? ''} exerciseId={exerciseId} unit={unit} viewer="client" exerciseName={name} />
          <section aria-labelledby="every-set" className="flex flex-col gap-3">
            <h2 id="every-set" className="text-lg font-semibold text-text">
              Every set
            </h2>
            <ol className="flex flex-col gap-3">
              {groups.map((group) => (
                <li key={group.sessionId} className="flex flex-col gap-1 rounded-lg border border-line bg-surface p-4">
                  <Link
                    to={`/progress/workouts/${encodeURIComponent(group.sessionId)}`}
                    className="-m-2 flex min-h-11 flex-col justify-center rounded-md p-2 hover:bg-surface-muted"
                  >
                    <span className="text-xs text-muted">
                      <time dateTime={group.at}>{formatWorkoutDate(group.at)}</time>
                    </span>
                    <span className="font-medium text-text underline-offset-2 hover:underline">{group.name}</span>
                  </Link>
                  <ol aria-label={`Sets on ${formatWorkoutDate(group.at)}`} className="flex flex-col divide-y divide-line">
                    {group.sets.map((set, index) => (
                      <li key={set.id} className="flex flex-wrap items-baseline gap-x-3 py-2 last:pb-0">
                        <span className="w-12 shrink-0 text-sm text-muted">Set {index + 1}</span>
                        <span className="text-base font-semibold text-text tabular-nums">{doneText(set, unit)}</span>
                        {recordSets.has(set.id) && (
                          <span className="inline-flex items-center gap-1 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent-text">
                            <Trophy aria-hidden className="size-3.5" />
                            Current record
                          </span>
                        )}
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
