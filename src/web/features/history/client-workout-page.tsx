import { useQuery } from '@tanstack/react-query';
import { ChevronRight, MessageCircle, SearchX } from 'lucide-react';
import { Link, useParams } from 'react-router';
import type { FormCheck } from '../../../shared/form-checks';
import type { SessionDetail } from '../../../shared/logging';
import { isApiError } from '../../lib/api';
import { buttonClass } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Notice } from '../../ui/notice';
import { EmptyState, ErrorState } from '../../ui/states';
import { sessionQuery } from '../auth/queries';
import { myClientQuery } from '../clients/queries';
import { videosBySet } from '../form-checks/format';
import { formChecksQuery } from '../form-checks/queries';
import { VideoBadge } from '../form-checks/set-video';
import { BackLink } from './back-link';
import { doneText, type Unit } from './format';
import { workoutCommentsQuery, workoutSessionQuery } from './queries';
import { exerciseLabel, RecordsSummary, SetRecords } from './records';
import { compareSession, type CompareExercise } from './session-compare';
import { CommentList, ratingText, WorkoutSkeleton, WorkoutStats, workoutWhen } from './workout-parts';

function CoachComments({ clientId, session, coachName }: { clientId: string; session: SessionDetail; coachName: string | null }) {
  const comments = useQuery(workoutCommentsQuery(clientId, session));
  const fromCoach = (comments.data ?? []).filter((message) => message.sender === 'trainer');
  return (
    <section aria-labelledby="coach-comments" className="flex flex-col gap-2">
      <h2 id="coach-comments" className="text-lg font-semibold text-text">
        From {coachName ?? 'your coach'}
      </h2>
      {comments.isPending ? (
        <p className="text-sm text-muted">Looking for comments…</p>
      ) : comments.isError ? (
        <ErrorState
          title="Comments didn't load"
          error={comments.error}
          onRetry={() => void comments.refetch()}
          retrying={comments.isFetching}
          className="py-6"
        />
      ) : fromCoach.length === 0 ? (
        <p className="text-sm text-muted">
          No comment on this workout yet. When {coachName?.split(' ')[0] ?? 'your coach'} writes one, it shows up here and in Messages.
        </p>
      ) : (
        <>
          <CommentList comments={fromCoach} author={coachName ?? 'Your coach'} now={Date.now()} />
          <Link to="/messages" className={cn(buttonClass('ghost', 'md'), '-ml-2 self-start')}>
            <MessageCircle aria-hidden className="size-4" />
            Reply in Messages
          </Link>
        </>
      )}
    </section>
  );
}

type ExerciseDoneProps = { entry: CompareExercise; name: string; unit: Unit; videos: Map<string, FormCheck> };

function ExerciseDone({ entry, name, unit, videos }: ExerciseDoneProps) {
  const done = entry.rows.filter((row) => row.logged);
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4">
      <Link
        to={`/progress/exercises/${encodeURIComponent(entry.exerciseId)}`}
        className="-m-2 flex min-h-11 items-center gap-3 rounded-md p-2 hover:bg-surface-muted"
      >
        <span
          aria-hidden
          className="flex size-7 shrink-0 items-center justify-center rounded-sm bg-surface-muted text-xs font-semibold text-muted"
        >
          {entry.label}
        </span>
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="font-semibold text-text">{name}</span>
          <span className="text-xs text-muted">Every set you've logged</span>
        </span>
        <ChevronRight aria-hidden className="size-5 shrink-0 text-muted" />
      </Link>
      {done.length === 0 ? (
        <p className="text-sm text-muted">Not done this time.</p>
      ) : (
        <ol aria-label={`${name} sets`} className="flex flex-col divide-y divide-line">
          {done.map((row, index) => (
            <li key={row.key} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2 last:pb-0">
              <span className="w-12 shrink-0 text-sm text-muted">Set {index + 1}</span>
              <span className="text-lg font-semibold text-text tabular-nums">{doneText(row.logged!, unit)}</span>
              <SetRecords records={row.records} />
              {videos.has(row.logged!.id) && (
                <VideoBadge formCheck={videos.get(row.logged!.id)!} setName={`${name}, set ${index + 1}`} showStatus />
              )}
              {row.logged!.notes && <span className="basis-full pl-15 text-sm text-muted italic">{row.logged!.notes}</span>}
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

/** /progress/workouts/:sessionId — one past workout as the client did it, with their coach's comments. */
export function ClientWorkoutPage() {
  const { sessionId = '' } = useParams();
  const me = useQuery(myClientQuery());
  const { data: viewer } = useQuery(sessionQuery());
  const detail = useQuery(workoutSessionQuery(sessionId));
  const videos = useQuery(formChecksQuery(null));
  const unit: Unit = me.data?.onboarding?.units ?? 'kg';
  const back = <BackLink to="/progress/history">Workout history</BackLink>;

  if (detail.isPending || me.isPending) return <WorkoutSkeleton />;
  if (detail.isError && isApiError(detail.error) && detail.error.status === 404)
    return (
      <div className="flex flex-col gap-4">
        {back}
        <EmptyState
          icon={<SearchX />}
          title="We couldn't find that workout"
          action={
            <Link to="/progress/history" className={buttonClass('secondary')}>
              See all workouts
            </Link>
          }
        >
          The link may be old, or the workout was discarded before it was finished.
        </EmptyState>
      </div>
    );
  const failed = detail.isError ? detail : me.isError ? me : null;
  if (failed)
    return (
      <div className="flex flex-col gap-4">
        {back}
        <ErrorState
          title="This workout didn't load"
          error={failed.error}
          onRetry={() => void failed.refetch()}
          retrying={failed.isFetching}
        />
      </div>
    );

  const session = detail.data!;
  const names = new Map(session.exercises.map((exercise) => [exercise.id, exerciseLabel(exercise)]));
  const nameOf = (id: string) => names.get(id) ?? 'Exercise';
  const entries = compareSession(session);
  const setVideos = videosBySet(videos.data ?? []);
  return (
    <div className="flex flex-col gap-6">
      <title>{`${session.name} · OneCoach`}</title>
      <header className="flex flex-col gap-1">
        {back}
        <h1 className="text-2xl font-semibold break-words text-text">{session.name}</h1>
        <p className="text-sm text-muted">{workoutWhen(session)}</p>
      </header>

      {session.status === 'in_progress' && (
        <Notice tone="info" title="This workout is still going">
          <Link to={`/workout/${encodeURIComponent(session.id)}`} className="font-medium underline underline-offset-2">
            Back to the workout
          </Link>{' '}
          to log the rest and finish it.
        </Notice>
      )}

      <WorkoutStats session={session} unit={unit} />
      <RecordsSummary records={session.summary?.records ?? []} unit={unit} names={nameOf} who="you" />

      <CoachComments clientId={session.clientId} session={session} coachName={viewer?.coachName ?? null} />

      {(session.rating !== null || session.comment || session.notes) && (
        <section aria-labelledby="your-notes" className="flex flex-col gap-2">
          <h2 id="your-notes" className="text-lg font-semibold text-text">
            Your notes
          </h2>
          <div className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4 text-base">
            {session.rating !== null && (
              <p className="text-text">
                It felt: <span className="font-semibold">{ratingText(session.rating)}</span>
              </p>
            )}
            {session.comment && (
              <blockquote className="border-l-2 border-line-strong pl-3 whitespace-pre-wrap text-text">{session.comment}</blockquote>
            )}
            {session.notes && <p className="text-sm whitespace-pre-wrap text-muted">{session.notes}</p>}
          </div>
        </section>
      )}

      <section aria-labelledby="workout-exercises" className="flex flex-col gap-3">
        <h2 id="workout-exercises" className="text-lg font-semibold text-text">
          Exercises
        </h2>
        {entries.length === 0 ? (
          <p className="text-sm text-muted">No sets were logged in this workout.</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {entries.map((entry) => (
              <ExerciseDone key={entry.key} entry={entry} name={nameOf(entry.exerciseId)} unit={unit} videos={setVideos} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
