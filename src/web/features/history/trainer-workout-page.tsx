import { useQuery } from '@tanstack/react-query';
import { ArrowDown, SearchX } from 'lucide-react';
import { Link, useParams } from 'react-router';
import type { FormCheck } from '../../../shared/form-checks';
import type { SessionDetail } from '../../../shared/logging';
import { isApiError } from '../../lib/api';
import { Badge } from '../../ui/badge';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { cn } from '../../ui/cn';
import { EmptyState, ErrorState } from '../../ui/states';
import { clientQuery } from '../clients/queries';
import { videosBySet } from '../form-checks/format';
import { formChecksQuery } from '../form-checks/queries';
import { VideoBadge } from '../form-checks/set-video';
import { settingsQuery } from '../settings/queries';
import { BackLink } from './back-link';
import { doneText, targetText, type Unit } from './format';
import { workoutCommentsQuery, workoutSessionQuery } from './queries';
import { exerciseLabel, RecordsSummary, SetRecords } from './records';
import { compareSession, type CompareExercise } from './session-compare';
import { CommentList, ratingText, WorkoutSkeleton, WorkoutStats, workoutWhen } from './workout-parts';
import { WorkoutCommentForm } from './workout-comment-form';

const thClass = 'px-3 py-1.5 text-left text-xs font-semibold text-muted';
const tdClass = 'px-3 py-2 align-top';

function blockNote(entry: CompareExercise): string | null {
  if (entry.blockKind === 'added') return 'Added in the gym';
  if (entry.blockKind === 'superset') return 'Superset';
  if (entry.blockKind === 'circuit') return `Circuit · ${entry.rounds} rounds`;
  return null;
}

/** One exercise: each set the plan asked for beside what was logged. */
function ExerciseCompare({
  entry,
  names,
  unit,
  finished,
  videos,
}: {
  entry: CompareExercise;
  names: (id: string) => string;
  unit: Unit;
  finished: boolean;
  videos: Map<string, FormCheck>;
}) {
  const name = names(entry.exerciseId);
  const note = blockNote(entry);
  return (
    <section aria-label={name} className="overflow-clip rounded-lg border border-line bg-surface">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-line px-3 py-2.5">
        <span aria-hidden className="flex size-7 items-center justify-center rounded-sm bg-surface-muted text-xs font-semibold text-muted">
          {entry.label}
        </span>
        <h3 className="font-semibold text-text">{name}</h3>
        {note && <span className="text-xs text-muted">{note}</span>}
        {entry.swappedFrom && <Badge tone="outline">Swapped from {names(entry.swappedFrom)}</Badge>}
      </header>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-line bg-surface-muted">
            <th scope="col" className={cn(thClass, 'w-14')}>
              Set
            </th>
            <th scope="col" className={thClass}>
              Target
            </th>
            <th scope="col" className={thClass}>
              Actual
            </th>
          </tr>
        </thead>
        <tbody>
          {entry.rows.map((row) => (
            <tr key={row.key} className="border-b border-line last:border-b-0">
              <th scope="row" className={cn(tdClass, 'text-left font-normal text-muted tabular-nums')}>
                {row.setNumber}
              </th>
              <td className={cn(tdClass, 'text-muted')}>{row.prescribed ? targetText(row.prescribed, unit) : 'Not in the plan'}</td>
              <td className={tdClass}>
                {row.logged ? (
                  <span className="flex flex-col gap-1">
                    <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      <span className="font-semibold text-text tabular-nums">{doneText(row.logged, unit)}</span>
                      {row.short && (
                        <span className="inline-flex items-center gap-0.5 text-xs font-medium text-warning">
                          <ArrowDown aria-hidden className="size-3.5" />
                          Below target
                        </span>
                      )}
                    </span>
                    <SetRecords records={row.records} />
                    {videos.has(row.logged.id) && (
                      <VideoBadge
                        formCheck={videos.get(row.logged.id)!}
                        setName={`${name}, set ${row.setNumber}`}
                        showStatus
                        className="self-start"
                      />
                    )}
                    {row.logged.notes && <span className="text-xs text-muted italic">“{row.logged.notes}”</span>}
                  </span>
                ) : (
                  <span className="text-muted italic">{finished ? 'Not logged' : 'Not yet'}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function HowItWent({ session, firstName }: { session: SessionDetail; firstName: string }) {
  const nothing = session.rating === null && !session.comment && !session.notes;
  return (
    <Card title="How it went">
      {nothing ? (
        <p className="text-sm text-muted">
          {session.status === 'completed' ? `${firstName} left no rating or comment.` : `${firstName} is still training.`}
        </p>
      ) : (
        <div className="flex flex-col gap-2 text-sm">
          {session.rating !== null && (
            <p className="text-text">
              Felt: <span className="font-semibold">{ratingText(session.rating)}</span>
            </p>
          )}
          {session.comment && (
            <blockquote className="border-l-2 border-line-strong pl-3 text-base whitespace-pre-wrap text-text">
              {session.comment}
            </blockquote>
          )}
          {session.notes && (
            <p className="whitespace-pre-wrap text-muted">
              <span className="font-medium text-text">Notes: </span>
              {session.notes}
            </p>
          )}
        </div>
      )}
    </Card>
  );
}

function Comments({ session, firstName }: { session: SessionDetail; firstName: string }) {
  const comments = useQuery(workoutCommentsQuery(session.clientId, session));
  const mine = (comments.data ?? []).filter((message) => message.sender === 'trainer');
  return (
    <Card title="Your comments">
      <div className="flex flex-col gap-4">
        {comments.isPending ? (
          <p className="text-sm text-muted">Looking for earlier comments…</p>
        ) : comments.isError ? (
          <ErrorState
            title="Earlier comments didn't load"
            error={comments.error}
            onRetry={() => void comments.refetch()}
            retrying={comments.isFetching}
            className="py-6"
          />
        ) : mine.length === 0 ? (
          <p className="text-sm text-muted">No comments on this workout yet.</p>
        ) : (
          <CommentList comments={mine} author="You" now={Date.now()} />
        )}
        <WorkoutCommentForm clientId={session.clientId} sessionId={session.id} firstName={firstName} />
      </div>
    </Card>
  );
}

/** /clients/:id/workouts/:sessionId — target vs actual, records, how it felt, and the coach's comment box. */
export function TrainerWorkoutPage() {
  const { id = '', sessionId = '' } = useParams();
  const client = useQuery(clientQuery(id));
  const detail = useQuery(workoutSessionQuery(sessionId));
  const settings = useQuery(settingsQuery());
  const videos = useQuery(formChecksQuery(id));
  const unit: Unit = settings.data?.units ?? 'kg';
  const firstName = client.data?.name.split(' ')[0] ?? 'Your client';
  const back = (
    <BackLink to={`/clients/${encodeURIComponent(id)}/training`}>{client.data ? `${client.data.name} · Training` : 'Training'}</BackLink>
  );

  if (detail.isPending) return <WorkoutSkeleton />;
  const missing = detail.isError && isApiError(detail.error) && detail.error.status === 404;
  if (missing || (detail.data && detail.data.clientId !== id))
    return (
      <div className="flex flex-col gap-4">
        {back}
        <EmptyState
          icon={<SearchX />}
          title="We couldn't find that workout"
          action={
            <Link to={`/clients/${encodeURIComponent(id)}/training`} className={buttonClass('secondary')}>
              Back to {firstName}'s training
            </Link>
          }
        >
          The link may be old, or the workout was discarded before it was finished.
        </EmptyState>
      </div>
    );
  if (detail.isError)
    return (
      <div className="flex flex-col gap-4">
        {back}
        <ErrorState
          title="This workout didn't load"
          error={detail.error}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
      </div>
    );

  const session = detail.data;
  const names = new Map(session.exercises.map((exercise) => [exercise.id, exerciseLabel(exercise)]));
  const nameOf = (exerciseId: string) => names.get(exerciseId) ?? 'Exercise';
  const entries = compareSession(session);
  const finished = session.status === 'completed';
  const setVideos = videosBySet(videos.data ?? []);
  return (
    <div className="flex flex-col gap-5">
      <title>{`${session.name} · ${client.data?.name ?? 'Workout'} · OneCoach`}</title>
      <header className="flex flex-col gap-1">
        {back}
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-xl font-semibold break-words text-text">{session.name}</h1>
          {!finished && <Badge tone="outline">In progress</Badge>}
        </div>
        <p className="text-sm text-muted">
          {client.data ? `${client.data.name} · ` : ''}
          {workoutWhen(session)}
        </p>
      </header>
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-4">
          <WorkoutStats session={session} unit={unit} />
          <RecordsSummary records={session.summary?.records ?? []} unit={unit} names={nameOf} who={firstName} />
          <section aria-labelledby="target-vs-actual" className="flex flex-col gap-3">
            <h2 id="target-vs-actual" className="text-base font-semibold text-text">
              Target vs actual
            </h2>
            {entries.length === 0 ? (
              <p className="text-sm text-muted">No sets were logged in this workout.</p>
            ) : (
              entries.map((entry) => (
                <ExerciseCompare key={entry.key} entry={entry} names={nameOf} unit={unit} finished={finished} videos={setVideos} />
              ))
            )}
          </section>
        </div>
        <aside aria-label="Feedback" className="flex flex-col gap-4 lg:sticky lg:top-8">
          <HowItWent session={session} firstName={firstName} />
          <Comments session={session} firstName={firstName} />
        </aside>
      </div>
    </div>
  );
}
