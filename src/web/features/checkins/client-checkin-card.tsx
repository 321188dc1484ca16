import { useQuery } from '@tanstack/react-query';
import { CalendarClock, CheckCheck, ChevronRight, ClipboardList, Clock, MessageSquareText, PenLine, Send } from 'lucide-react';
import { Link } from 'react-router';
import { isApiError } from '../../lib/api';
import type { Checkin } from '../../../shared/checkins';
import { formatDate } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { buttonClass } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Notice } from '../../ui/notice';
import { checkinDay, checkinPath, dueLabel, fillPath, minutesToFill, replyTimeLabel, splitCurrent } from './client-format';
import { hasDraft } from './client-draft';
import { notInPlanArea } from '../billing/not-in-plan';
import { myClientQuery } from '../clients/queries';
import { clientToday } from '../goals/goal-format';
import { myCheckinsQuery } from './queries';

/* Kept free of the fill-in form (lazy) and of zod: Today's first download stays small. */

/** A check-in to fill in: big, with the one action in thumb reach. */
function DueCard({
  checkin,
  clientId,
  today,
  replyHours,
}: {
  checkin: Checkin;
  clientId: string;
  today: string;
  replyHours: number | null;
}) {
  const overdue = checkin.state === 'overdue';
  const draft = hasDraft({ clientId, scheduleId: checkin.scheduleId, dueDate: checkin.dueDate });
  const minutes = minutesToFill(checkin.questions);
  const count = checkin.questions.length;
  const reply = replyTimeLabel(replyHours);
  return (
    <section
      aria-label={`Check-in: ${checkin.formName}`}
      className={cn('flex flex-col gap-4 rounded-xl border bg-surface p-5 shadow-sm', overdue ? 'border-warning' : 'border-accent')}
    >
      <div className="flex items-start gap-3">
        <span
          aria-hidden
          className={cn(
            'flex size-11 shrink-0 items-center justify-center rounded-full',
            overdue ? 'bg-warning-soft text-warning' : 'bg-accent-soft text-accent-text',
          )}
        >
          <ClipboardList className="size-6" />
        </span>
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <p className={cn('text-sm font-medium', overdue ? 'text-warning' : 'text-accent-text')}>
            {overdue ? `Overdue — was due ${checkinDay(checkin.dueDate)}` : `Check-in · ${dueLabel(checkin.dueDate, today)}`}
          </p>
          <h2 className="text-xl font-semibold break-words text-text">{checkin.formName}</h2>
          <p className="text-sm text-muted">
            {`${count} ${count === 1 ? 'question' : 'questions'} · about ${minutes} min`}
            {draft && ' · draft saved on this phone'}
          </p>
        </div>
      </div>
      {reply && (
        <p className="flex items-center gap-2 text-sm text-muted">
          <Clock aria-hidden className="size-4 shrink-0" />
          {reply}
        </p>
      )}
      <Link to={fillPath(checkin)} className={buttonClass('primary', 'lg', 'w-full')}>
        <PenLine aria-hidden className="size-5" />
        {draft ? 'Continue check-in' : 'Fill in'}
      </Link>
    </section>
  );
}

/** A sent check-in: waiting to be read, or read with the coach's reply. */
function SentCard({ checkin, replyHours }: { checkin: Checkin; replyHours: number | null }) {
  const read = checkin.state === 'reviewed';
  const reply = replyTimeLabel(replyHours);
  const href = checkin.id ? checkinPath(checkin.id) : null;
  const content = (
    <>
      <span
        aria-hidden
        className={cn(
          'flex size-10 shrink-0 items-center justify-center rounded-full',
          read ? 'bg-success-soft text-success' : 'bg-surface-muted text-muted',
        )}
      >
        {read ? <CheckCheck className="size-5" /> : <Send className="size-5" />}
      </span>
      <span className="flex min-w-0 flex-1 flex-col gap-1">
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-semibold text-text">{checkin.formName}</span>
          {read ? <Badge tone="success">Read by your coach</Badge> : <Badge tone="neutral">Sent</Badge>}
        </span>
        {read ? (
          checkin.reply ? (
            <span className="flex gap-2 text-sm text-text">
              <MessageSquareText aria-hidden className="mt-0.5 size-4 shrink-0 text-accent-text" />
              <span className="line-clamp-3 break-words">{checkin.reply.body}</span>
            </span>
          ) : (
            <span className="text-sm text-muted">
              {checkin.reviewedAt ? `Read on ${formatDate(checkin.reviewedAt)}` : 'Your coach has read it.'}
            </span>
          )
        ) : (
          <span className="text-sm text-muted">
            Sent — your coach will read it.
            {reply && ` ${reply}.`}
          </span>
        )}
      </span>
      {href && <ChevronRight aria-hidden className="size-5 shrink-0 self-center text-muted" />}
    </>
  );
  const box = 'flex items-start gap-3 rounded-lg border border-line bg-surface p-4 shadow-sm';
  return href ? (
    <Link to={href} className={cn(box, 'hover:bg-surface-muted')}>
      {content}
    </Link>
  ) : (
    <div className={box}>{content}</div>
  );
}

/**
 * Check-ins on Today: one due or overdue is the big card with "Fill in"; a sent one says it went
 * and, once read, shows the coach's reply; the next one coming is a quiet line.
 */
export function CheckinsToday() {
  const me = useQuery(myClientQuery());
  const mine = useQuery(myCheckinsQuery());
  if (mine.isPending || !me.data) return null;
  const clientId = me.data.id;
  const today = clientToday(me.data.onboarding?.timeZone);
  // Offline: the app's banner says so already; Today shows what it can without a second warning.
  if (mine.isError && isApiError(mine.error) && mine.error.code === 'NETWORK_ERROR') return null;
  // Not in the plan: the workout keeps the top of Today; the habits card below says it once.
  if (notInPlanArea(mine.error)) return null;
  if (mine.isError)
    return (
      <Notice tone="warning" title="Your check-ins didn't load">
        Check your connection.{' '}
        <button type="button" onClick={() => void mine.refetch()} className="font-medium underline underline-offset-2">
          Try again
        </button>
      </Notice>
    );
  const { toFill, sent, upcoming } = splitCurrent(mine.data.current);
  if (toFill.length + sent.length + upcoming.length === 0) return null;
  const replyHours = mine.data.coachReplyHours;
  return (
    <div className="flex flex-col gap-3">
      {toFill.map((checkin) => (
        <DueCard
          key={`${checkin.scheduleId}:${checkin.dueDate}`}
          checkin={checkin}
          clientId={clientId}
          today={today}
          replyHours={replyHours}
        />
      ))}
      {sent.map((checkin) => (
        <SentCard key={`${checkin.scheduleId}:${checkin.dueDate}`} checkin={checkin} replyHours={replyHours} />
      ))}
      {upcoming.map((checkin) => (
        <p key={`${checkin.scheduleId}:${checkin.dueDate}`} className="flex items-center gap-2 px-1 text-sm text-muted">
          <CalendarClock aria-hidden className="size-4 shrink-0" />
          {`Next check-in: ${checkin.formName}, ${dueLabel(checkin.dueDate, today).replace(/^Due /, 'due ')}`}
        </p>
      ))}
      <Link
        to="/checkins"
        className="inline-flex min-h-11 items-center gap-1 self-start px-1 text-sm font-medium text-accent-text hover:underline"
      >
        Your check-ins
        <ChevronRight aria-hidden className="size-4" />
      </Link>
    </div>
  );
}
