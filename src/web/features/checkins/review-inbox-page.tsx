import { useQuery } from '@tanstack/react-query';
import { CalendarPlus, ChevronRight, ClipboardList, Inbox, MailCheck } from 'lucide-react';
import { useCallback, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDate, relativeTime } from '../../lib/dates';
import { useListKeys } from '../../lib/keyboard';
import { Badge } from '../../ui/badge';
import { Button, buttonClass } from '../../ui/button';
import { PageHeader } from '../../ui/page-header';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { checkinFormsQuery, reviewQueueQuery } from './queries';
import type { ReviewQueueItem } from './queries';
import { formatReplyTime, formatWaiting, isLongWait } from './review-format';
import { ScheduleDialog } from './trainer-schedule-dialog';

function QueueRow({ item, index }: { item: ReviewQueueItem; index: number }) {
  return (
    <li>
      <Link
        to={`/checkins/review/${item.id}`}
        data-queue-index={index}
        className="flex items-center gap-3 px-4 py-3 hover:bg-surface-muted focus-visible:bg-surface-muted sm:px-5"
      >
        <div className="flex min-w-0 flex-1 flex-col gap-0.5 sm:flex-row sm:items-center sm:gap-4">
          <div className="min-w-0 sm:w-56 sm:shrink-0">
            <p className="truncate font-medium text-text">{item.clientName}</p>
            <p className="truncate text-sm text-muted sm:hidden">{item.formName}</p>
          </div>
          <p className="hidden min-w-0 flex-1 truncate text-sm text-muted sm:block">
            {item.formName} <span className="text-xs">· due {formatDate(item.dueDate)}</span>
          </p>
          <p className="flex flex-wrap items-center gap-2 text-sm sm:justify-end">
            <Badge tone={isLongWait(item.waitingHours) ? 'warning' : 'neutral'}>{formatWaiting(item.waitingHours)}</Badge>
            <span className="text-xs text-muted">sent {relativeTime(item.submittedAt)}</span>
          </p>
        </div>
        <ChevronRight aria-hidden className="size-4 shrink-0 text-muted" />
      </Link>
    </li>
  );
}

function QueueSkeleton() {
  return (
    <LoadingRegion label="Loading check-ins" className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
      {[0, 1, 2].map((row) => (
        <div key={row} className="flex items-center gap-4 px-5 py-4">
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-4 flex-1" />
          <Skeleton className="h-5 w-24 rounded-full" />
        </div>
      ))}
    </LoadingRegion>
  );
}

/** /checkins/review — every sent check-in waiting for the coach, oldest first, with how long each has waited. */
export function ReviewInboxPage() {
  const navigate = useNavigate();
  const queue = useQuery(reviewQueueQuery());
  const forms = useQuery(checkinFormsQuery());
  const [scheduling, setScheduling] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);

  const items = queue.data?.items ?? [];
  const replyTime = formatReplyTime(queue.data?.coachReplyHours ?? null);

  // j / k move through the list (Enter opens), as in the messages inbox.
  const onStep = useCallback((delta: 1 | -1) => {
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-queue-index]') ?? [])];
    if (links.length === 0) return;
    const current = links.findIndex((link) => link === document.activeElement);
    const next = current === -1 ? 0 : Math.min(links.length - 1, Math.max(0, current + delta));
    links[next]?.focus();
  }, []);
  useListKeys(onStep);

  const noForms = forms.isSuccess && forms.data.length === 0;
  const description = queue.isSuccess
    ? items.length === 0
      ? 'Nothing waiting.'
      : `${items.length === 1 ? '1 check-in waits' : `${items.length} check-ins wait`} for you, oldest first.${replyTime ? ` ${replyTime}.` : ''}`
    : 'Check-ins your clients sent, oldest first.';

  let body;
  if (queue.isPending) body = <QueueSkeleton />;
  else if (queue.isError && !queue.data)
    body = (
      <ErrorState title="Your check-ins didn't load" error={queue.error} onRetry={() => void queue.refetch()} retrying={queue.isFetching} />
    );
  else if (items.length === 0 && noForms)
    body = (
      <EmptyState
        icon={<ClipboardList />}
        title="No check-ins yet — create your first check-in form"
        action={
          <Link to="/checkins/forms/new" className={buttonClass('primary')}>
            Create a form
          </Link>
        }
      >
        Build a weekly check-in, schedule it, and every answer your clients send lands here, oldest first.
      </EmptyState>
    );
  else if (items.length === 0)
    body = (
      <EmptyState
        icon={<MailCheck />}
        title="All caught up"
        action={
          <Button variant="secondary" onClick={() => setScheduling(true)} icon={<CalendarPlus aria-hidden className="size-4" />}>
            Schedule a check-in
          </Button>
        }
      >
        Every check-in has been read and answered. New ones show up here the moment a client sends them.
        {replyTime && <span className="mt-2 block">{replyTime}.</span>}
      </EmptyState>
    );
  else
    body = (
      <section aria-label="Waiting for review" className="overflow-hidden rounded-lg border border-line bg-surface shadow-sm">
        <div className="hidden border-b border-line bg-surface-muted px-5 py-2 text-xs font-medium text-muted sm:flex sm:gap-4">
          <span className="w-56">Client</span>
          <span className="flex-1">Check-in</span>
          <span>Waiting</span>
        </div>
        <ul ref={listRef} className="divide-y divide-line">
          {items.map((item, index) => (
            <QueueRow key={item.id} item={item} index={index} />
          ))}
        </ul>
      </section>
    );

  return (
    <div className="flex flex-col gap-5">
      <PageHeader
        title="Check-ins"
        description={description}
        actions={
          <>
            <Link to="/checkins/forms" className={buttonClass('secondary')}>
              <ClipboardList aria-hidden className="size-4" /> Forms & schedules
            </Link>
            {items.length > 0 && (
              <Button onClick={() => void navigate(`/checkins/review/${items[0]!.id}`)} icon={<Inbox aria-hidden className="size-4" />}>
                Start reviewing
              </Button>
            )}
          </>
        }
      />
      {body}
      {items.length > 1 && (
        <p className="hidden text-xs text-muted lg:block">
          <kbd className="rounded-sm border border-line px-1">j</kbd> / <kbd className="rounded-sm border border-line px-1">k</kbd> move
          through the list, <kbd className="rounded-sm border border-line px-1">Enter</kbd> opens.
        </p>
      )}
      <ScheduleDialog open={scheduling} onOpenChange={setScheduling} />
    </div>
  );
}
