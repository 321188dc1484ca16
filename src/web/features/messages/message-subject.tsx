import { CalendarDays, X } from 'lucide-react';
import { Link } from 'react-router';
import type { Message } from '../../../shared/messages';
import { cn } from '../../ui/cn';

/** A subject the composer sends with the next message ("About: Tue 3 Mar — Lower body"). */
export type DraftSubject = { type: 'scheduled_workout'; id: string; label: string };

const chipClass =
  'inline-flex max-w-full min-w-0 items-center gap-1.5 rounded-full bg-accent-soft px-2.5 text-xs font-medium text-accent-text';

/**
 * Where a subject opens: a calendar entry (the trainer's calendar, the client's Today), a logged
 * workout (the trainer's target-vs-actual page, the client's history) or a check-in (the review page,
 * the client's own check-in with the reply).
 */
function subjectHref(message: Message, viewer: Message['sender']): string | null {
  if (!message.subject) return null;
  const id = encodeURIComponent(message.subject.id);
  const client = encodeURIComponent(message.clientId);
  if (message.subject.type === 'scheduled_workout')
    return viewer === 'trainer' ? `/clients/${client}/training?workout=${id}` : `/today?workout=${id}`;
  if (message.subject.type === 'workout_session')
    return viewer === 'trainer' ? `/clients/${client}/workouts/${id}` : `/progress/workouts/${id}`;
  if (message.subject.type === 'checkin') return viewer === 'trainer' ? `/checkins/review/${id}` : `/checkins/${id}`;
  if (message.subject.type === 'form_check')
    return `/form-checks/${id}${message.subject.atMs !== undefined ? `?t=${message.subject.atMs}` : ''}`;
  if (message.subject.type === 'food_day') return viewer === 'trainer' ? `/clients/${client}/nutrition` : `/nutrition?date=${id}`;
  return null;
}

/** "About: Tue 3 Mar — Lower body" above a message; it opens that workout. */
export function SubjectLink({ message, viewer }: { message: Message; viewer: Message['sender'] }) {
  const label = message.subjectLabel ?? 'a workout';
  const href = subjectHref(message, viewer);
  const content = (
    <>
      <CalendarDays aria-hidden className="size-3.5 shrink-0" />
      <span className="truncate">About: {label}</span>
    </>
  );
  if (!href) return <span className={cn(chipClass, 'h-7')}>{content}</span>;
  return (
    <Link
      to={href}
      title={`Open ${label}`}
      // A small chip with a 44 px tall touch area (the padding overlaps the gap around it).
      className={cn(chipClass, 'relative h-7 hover:underline before:absolute before:-inset-y-2 before:inset-x-0')}
    >
      {content}
    </Link>
  );
}

/** The subject waiting to go with the next message, removable before sending. */
export function DraftSubjectChip({ subject, onRemove }: { subject: DraftSubject; onRemove: () => void }) {
  return (
    <div className="flex min-w-0 items-center gap-1">
      <p className={cn(chipClass, 'h-8 pr-1')}>
        <CalendarDays aria-hidden className="size-3.5 shrink-0" />
        <span className="truncate">About: {subject.label}</span>
        <button
          type="button"
          onClick={onRemove}
          aria-label={`Don't link this message to ${subject.label}`}
          className="-my-1 flex size-7 shrink-0 items-center justify-center rounded-full hover:bg-accent/15"
        >
          <X aria-hidden className="size-3.5" />
        </button>
      </p>
    </div>
  );
}
