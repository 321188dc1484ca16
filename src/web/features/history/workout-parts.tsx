import type { SessionDetail } from '../../../shared/logging';
import type { Message } from '../../../shared/messages';
import { messageTime } from '../messages/message-bubble';
import { LinkedText } from '../messages/linked-text';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { formatDuration, formatTime, formatWorkoutDate, RATING_LABELS, sessionSeconds, volumeNumber, type Unit } from './format';

/** "Mon 7 Dec · 10:00–10:52" */
export function workoutWhen(session: Pick<SessionDetail, 'startedAt' | 'finishedAt'>): string {
  const end = session.finishedAt ? `–${formatTime(session.finishedAt)}` : '';
  return `${formatWorkoutDate(session.startedAt)} · ${formatTime(session.startedAt)}${end}`;
}

/** Time, sets and volume, large enough to read at arm's length. */
export function WorkoutStats({ session, unit }: { session: SessionDetail; unit: Unit }) {
  const seconds = session.summary?.durationSeconds ?? sessionSeconds(session);
  const done = session.summary?.setsDone ?? session.sets.length;
  const planned = session.summary?.setsPlanned ?? 0;
  const volume = session.summary?.volumeKg ?? session.sets.reduce((sum, set) => sum + (set.weightKg ?? 0) * (set.reps ?? 0), 0);
  const items = [
    { label: 'Time', value: seconds === null ? '—' : formatDuration(seconds), unit: null },
    { label: 'Sets', value: planned > 0 ? `${done} of ${planned}` : String(done), unit: null },
    // The unit set smaller, so a four-digit volume still fits a phone's third of the width.
    { label: 'Volume', value: volumeNumber(volume, unit), unit },
  ];
  return (
    <dl className="grid grid-cols-3 gap-2">
      {items.map((item) => (
        <div key={item.label} className="flex min-w-0 flex-col gap-0.5 rounded-lg border border-line bg-surface px-3 py-2">
          <dt className="text-xs text-muted">{item.label}</dt>
          <dd className="text-lg leading-7 font-semibold text-text tabular-nums sm:text-xl">
            {item.value}
            {item.unit && <span className="text-sm font-medium text-muted"> {item.unit}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** "Good (4 of 5)" */
export const ratingText = (rating: number) => `${RATING_LABELS[rating] ?? rating} (${rating} of 5)`;

/** Comments as short notes: who, when, what (links work, nothing becomes markup). */
export function CommentList({ comments, author, now }: { comments: Message[]; author: string; now: number }) {
  return (
    <ol className="flex flex-col gap-3">
      {comments.map((comment) => (
        <li key={comment.id} className="flex flex-col gap-1 rounded-lg border border-line bg-surface-muted px-3.5 py-2.5">
          <p className="flex flex-wrap gap-x-1.5 text-xs text-muted">
            <span className="font-semibold text-text">{author}</span>
            <time dateTime={comment.createdAt}>{messageTime(comment.createdAt, now)}</time>
            {comment.editedAt && <span>· edited</span>}
          </p>
          <p className="text-base break-words whitespace-pre-wrap text-text">
            <LinkedText text={comment.body ?? ''} />
          </p>
        </li>
      ))}
    </ol>
  );
}

export function WorkoutSkeleton({ label = 'Loading workout' }: { label?: string }) {
  return (
    <LoadingRegion label={label} className="flex flex-col gap-4">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-4 w-40" />
      <div className="grid grid-cols-3 gap-2">
        <Skeleton className="h-16 rounded-lg" />
        <Skeleton className="h-16 rounded-lg" />
        <Skeleton className="h-16 rounded-lg" />
      </div>
      <Skeleton className="h-40 w-full rounded-lg" />
      <Skeleton className="h-40 w-full rounded-lg" />
    </LoadingRegion>
  );
}
