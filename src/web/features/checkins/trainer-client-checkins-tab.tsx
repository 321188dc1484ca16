import { useQuery } from '@tanstack/react-query';
import { CalendarPlus, ChevronRight, ClipboardCheck } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Checkin } from '../../../shared/checkins';
import type { Client } from '../../../shared/clients';
import { errorMessage } from '../../lib/api';
import { formatDate, formatDateTime, relativeTime } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { clientCheckinsQuery } from './queries';
import { TrainerHabits } from './trainer-habits';
import { ScheduleDialog } from './trainer-schedule-dialog';
import { ScheduleList } from './trainer-schedule-list';
import { STATE_LABELS, STATE_TONES } from './trainer-format';

const HISTORY_SHOWN = 10;

/** "overdue since Tue 10:00", "due today", "sent 2 h ago" — the line under a current check-in. */
function currentLine(checkin: Checkin): string {
  if (checkin.state === 'upcoming') return `Due ${formatDate(checkin.dueDate)}`;
  if (checkin.state === 'due') return `Due ${formatDate(checkin.dueDate)} · overdue from ${formatDateTime(checkin.overdueAt)}`;
  if (checkin.state === 'overdue')
    return `Was due ${formatDate(checkin.dueDate)} · overdue ${relativeTime(checkin.overdueAt).replace(/ ago$/, '')}`;
  if (checkin.state === 'submitted') return `Sent ${relativeTime(checkin.submittedAt)} · waiting for your review`;
  return `Reviewed ${relativeTime(checkin.reviewedAt)}${checkin.reply ? ' · replied' : ''}`;
}

function CheckinRow({ checkin, line }: { checkin: Checkin; line: string }) {
  const content = (
    <>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-text">
          {checkin.formName}
          <Badge tone={STATE_TONES[checkin.state]}>{STATE_LABELS[checkin.state]}</Badge>
        </p>
        <p className="text-sm text-muted">{line}</p>
      </div>
      {checkin.id && <ChevronRight aria-hidden className="size-4 shrink-0 text-muted" />}
    </>
  );
  return (
    <li>
      {checkin.id ? (
        <Link to={`/checkins/review/${checkin.id}`} className="-mx-2 flex items-center gap-3 rounded-md px-2 py-2.5 hover:bg-surface-muted">
          {content}
        </Link>
      ) : (
        <div className="flex items-center gap-3 py-2.5">{content}</div>
      )}
    </li>
  );
}

function CheckinsCard({ client }: { client: Client }) {
  const query = useQuery(clientCheckinsQuery(client.id));
  const [all, setAll] = useState(false);
  const first = client.name.split(' ')[0] ?? client.name;

  if (query.isPending)
    return (
      <Card title="Check-ins">
        <LoadingRegion label="Loading check-ins" className="flex flex-col gap-3">
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-3/4" />
        </LoadingRegion>
      </Card>
    );
  if (query.isError)
    return (
      <Card title="Check-ins">
        <div role="alert" className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
          <p>The check-ins didn&apos;t load: {errorMessage(query.error)}</p>
          <Button variant="secondary" size="sm" onClick={() => void query.refetch()} pending={query.isFetching}>
            Try again
          </Button>
        </div>
      </Card>
    );

  const { current, history } = query.data;
  // A sent one is in both lists: "now" shows only what is still open or just sent.
  const open = current.filter((checkin) => checkin.state !== 'reviewed');
  const shown = all ? history : history.slice(0, HISTORY_SHOWN);
  const waiting = history.filter((checkin) => checkin.state === 'submitted').length;
  return (
    <Card
      title="Check-ins"
      description={
        history.length === 0
          ? `Nothing sent yet.`
          : `${history.length === 1 ? '1 sent' : `${history.length} sent`}${waiting > 0 ? `, ${waiting} waiting for you` : ''}.`
      }
    >
      <div className="flex flex-col gap-4">
        {open.length > 0 && (
          <section aria-labelledby="checkins-now">
            <h3 id="checkins-now" className="text-xs font-semibold tracking-wide text-muted uppercase">
              Now
            </h3>
            <ul className="divide-y divide-line">
              {open.map((checkin) => (
                <CheckinRow key={`${checkin.scheduleId}:${checkin.dueDate}`} checkin={checkin} line={currentLine(checkin)} />
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="checkins-history">
          <h3 id="checkins-history" className="text-xs font-semibold tracking-wide text-muted uppercase">
            History
          </h3>
          {history.length === 0 ? (
            <p className="py-2 text-sm text-muted">When {first} sends a check-in, it shows here and in your review inbox.</p>
          ) : (
            <>
              <ul className="divide-y divide-line">
                {shown.map((checkin) => (
                  <CheckinRow
                    key={checkin.id ?? checkin.dueDate}
                    checkin={checkin}
                    line={`Due ${formatDate(checkin.dueDate)}${checkin.submittedAt ? ` · sent ${formatDateTime(checkin.submittedAt)}` : ''}`}
                  />
                ))}
              </ul>
              {history.length > HISTORY_SHOWN && (
                <Button variant="ghost" size="sm" onClick={() => setAll(!all)}>
                  {all ? 'Show fewer' : `Show all ${history.length}`}
                </Button>
              )}
            </>
          )}
        </section>
      </div>
    </Card>
  );
}

/** The client page's Check-ins tab: schedules, what is due or waiting, the history, and habits. */
export function TrainerClientCheckinsTab({ client }: { client: Client }) {
  const [scheduling, setScheduling] = useState(false);
  const first = client.name.split(' ')[0] ?? client.name;
  return (
    <div className="grid items-start gap-4 xl:grid-cols-2">
      <div className="flex flex-col gap-4">
        <Card
          title="Schedules"
          description={`When ${first} is asked to check in.`}
          actions={
            <Button
              variant="secondary"
              size="sm"
              onClick={() => setScheduling(true)}
              icon={<CalendarPlus aria-hidden className="size-4" />}
            >
              Schedule
            </Button>
          }
        >
          <ScheduleList clientId={client.id} onSchedule={() => setScheduling(true)} emptyText={`${first} has no check-ins scheduled.`} />
          <p className="mt-3 text-xs text-muted">
            <ClipboardCheck aria-hidden className="mr-1 inline size-3.5 align-[-2px]" />
            Edit what is asked in{' '}
            <Link to="/checkins/forms" className="text-accent-text underline underline-offset-2 hover:no-underline">
              Check-in forms
            </Link>
            .
          </p>
        </Card>
        <CheckinsCard client={client} />
      </div>
      <TrainerHabits clientId={client.id} clientName={first} />
      <ScheduleDialog open={scheduling} onOpenChange={setScheduling} clientId={client.id} clientName={client.name} />
    </div>
  );
}
