import { useQuery } from '@tanstack/react-query';
import { CheckCheck, ChevronRight, ClipboardList, Send } from 'lucide-react';
import { Link } from 'react-router';
import type { Checkin } from '../../../shared/checkins';
import { formatDate } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { buttonClass } from '../../ui/button';
import { cn } from '../../ui/cn';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { NotInPlan, notInPlanArea } from '../billing/not-in-plan';
import { BackLink } from '../history/back-link';
import { myClientQuery } from '../clients/queries';
import { clientToday } from '../goals/goal-format';
import { checkinDay, checkinPath, dueLabel, fillPath, replyTimeLabel, splitCurrent } from './client-format';
import { clientCheckinsQuery, myCheckinsQuery } from './queries';

function HistoryRow({ checkin }: { checkin: Checkin }) {
  const read = checkin.state === 'reviewed';
  return (
    <li>
      <Link
        to={checkinPath(checkin.id ?? '')}
        className="flex items-start gap-3 rounded-lg border border-line bg-surface p-4 shadow-sm hover:bg-surface-muted"
      >
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
          <span className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="font-semibold break-words text-text">{checkin.formName}</span>
            <span className="text-sm text-muted">{checkinDay(checkin.dueDate)}</span>
          </span>
          <span>
            {read ? (
              <Badge tone="success">
                {checkin.reviewedAt ? `Read by your coach · ${formatDate(checkin.reviewedAt)}` : 'Read by your coach'}
              </Badge>
            ) : (
              <Badge tone="neutral">Sent · waiting for your coach</Badge>
            )}
          </span>
          {checkin.reply && <span className="line-clamp-2 text-sm break-words text-text">{`“${checkin.reply.body}”`}</span>}
        </span>
        <ChevronRight aria-hidden className="size-5 shrink-0 self-center text-muted" />
      </Link>
    </li>
  );
}

function DueRow({ checkin, today }: { checkin: Checkin; today: string }) {
  const overdue = checkin.state === 'overdue';
  return (
    <li className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-surface p-4 shadow-sm">
      <span className="flex min-w-0 flex-1 flex-col gap-0.5">
        <span className="font-semibold break-words text-text">{checkin.formName}</span>
        <span className={cn('text-sm', overdue ? 'font-medium text-warning' : 'text-muted')}>
          {overdue ? `Overdue — was due ${checkinDay(checkin.dueDate)}` : dueLabel(checkin.dueDate, today)}
        </span>
      </span>
      <Link to={fillPath(checkin)} className={buttonClass('primary')}>
        Fill in
      </Link>
    </li>
  );
}

function HistorySkeleton() {
  return (
    <LoadingRegion label="Loading your check-ins" className="flex flex-col gap-3">
      <Skeleton className="h-24 w-full rounded-lg" />
      <Skeleton className="h-24 w-full rounded-lg" />
      <Skeleton className="h-24 w-full rounded-lg" />
    </LoadingRegion>
  );
}

/** /checkins — the client's check-ins: any to fill in now, then every one sent, newest first, with the coach's reply. */
export function ClientCheckinsPage() {
  const me = useQuery(myClientQuery());
  const list = useQuery(clientCheckinsQuery(me.data?.id ?? ''));
  const mine = useQuery(myCheckinsQuery());
  const failed = me.isError ? me : list.isError ? list : null;
  // The plan doesn't include check-ins (403 with the area): say so instead of an error.
  const locked = notInPlanArea(list.error) ?? notInPlanArea(mine.error);
  const today = clientToday(me.data?.onboarding?.timeZone);
  const reply = replyTimeLabel(mine.data?.coachReplyHours);
  const toFill = list.data ? splitCurrent(list.data.current).toFill : [];
  const history = list.data?.history ?? [];

  return (
    <div className="flex flex-col gap-5">
      <title>Check-ins · OneCoach</title>
      <header className="flex flex-col gap-1">
        <BackLink to="/today">Today</BackLink>
        <h1 className="text-2xl font-semibold text-text">Check-ins</h1>
        <p className="text-sm text-muted">{reply ? `${reply}.` : 'Every check-in you send is read by your coach.'}</p>
      </header>
      {locked ? (
        <NotInPlan area={locked} />
      ) : failed ? (
        <ErrorState
          title="Your check-ins didn't load"
          error={failed.error}
          onRetry={() => void failed.refetch()}
          retrying={failed.isFetching}
        />
      ) : !list.data ? (
        <HistorySkeleton />
      ) : toFill.length === 0 && history.length === 0 ? (
        <EmptyState
          icon={<ClipboardList />}
          title="No check-ins yet"
          action={
            <Link to="/today" className={buttonClass('primary')}>
              Go to today
            </Link>
          }
        >
          When your coach schedules a check-in, it shows up on Today when it's due. Every one you send is kept here with your coach's reply.
        </EmptyState>
      ) : (
        <>
          {toFill.length > 0 && (
            <section aria-labelledby="checkins-due" className="flex flex-col gap-2">
              <h2 id="checkins-due" className="text-base font-semibold text-text">
                To fill in
              </h2>
              <ul className="flex flex-col gap-2">
                {toFill.map((checkin) => (
                  <DueRow key={`${checkin.scheduleId}:${checkin.dueDate}`} checkin={checkin} today={today} />
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="checkins-sent" className="flex flex-col gap-2">
            <h2 id="checkins-sent" className="text-base font-semibold text-text">
              Sent
            </h2>
            {history.length === 0 ? (
              <p className="text-sm text-muted">Check-ins you send show up here, with your coach's reply.</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {history.map((checkin) => (
                  <HistoryRow key={checkin.id ?? `${checkin.scheduleId}:${checkin.dueDate}`} checkin={checkin} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
