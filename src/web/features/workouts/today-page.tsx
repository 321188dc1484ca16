import { useQuery } from '@tanstack/react-query';
import { CalendarCheck, ClipboardList } from 'lucide-react';
import { Link } from 'react-router';
import { formatDate } from '../../lib/dates';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState } from '../../ui/states';
import { sessionQuery } from '../auth/queries';
import { PAUSE_REASON_LABELS } from '../clients/labels';
import { myClientQuery } from '../clients/queries';

function greeting(timeZone: string | undefined): string {
  let hour = new Date().getHours();
  try {
    hour = Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(new Date()));
  } catch {
    // unknown zone: the device's clock is close enough for a greeting
  }
  if (hour < 5) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export function TodayPage() {
  const { data: viewer } = useQuery(sessionQuery());
  const me = useQuery(myClientQuery());
  const timeZone = me.data?.onboarding?.timeZone;
  const first = viewer?.user?.name.split(' ')[0] ?? '';
  const coach = viewer?.coachName ? `Your coach ${viewer.coachName.split(' ')[0]}` : 'Your coach';
  const today = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(new Date());

  return (
    <div className="flex flex-col gap-5">
      <title>Today · OneCoach</title>
      <header className="flex flex-col gap-1">
        <p className="text-sm text-muted">{today}</p>
        <h1 className="text-2xl font-semibold text-text">
          {greeting(timeZone)}
          {first && `, ${first}`}
        </h1>
      </header>

      {me.isPending && (
        <LoadingRegion label="Loading today">
          <Skeleton className="h-44 w-full rounded-lg" />
        </LoadingRegion>
      )}

      {me.data?.pause && (
        <Notice tone="warning" title="Your coaching is paused">
          {PAUSE_REASON_LABELS[me.data.pause.reason]}
          {me.data.pause.until ? `, back on ${formatDate(me.data.pause.until)}` : ''}. Nothing is scheduled and nothing counts against you
          while you're away.
        </Notice>
      )}

      {!me.isPending && (
        <EmptyState icon={<CalendarCheck />} title={`${coach} will add your first workout here`}>
          They're reading your answers and building your plan. When a workout is scheduled for today, it shows up right here, ready to log
          set by set.
        </EmptyState>
      )}

      <Card title="While you wait" as="section">
        <Link to="/profile/answers" className="-m-2 flex min-h-11 items-center gap-3 rounded-md p-2 hover:bg-surface-muted">
          <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-surface-muted text-muted">
            <ClipboardList className="size-5" />
          </span>
          <span className="flex flex-col">
            <span className="font-medium text-text">Check your answers</span>
            <span className="text-sm text-muted">Goals, equipment, injuries: keep them up to date for your coach.</span>
          </span>
        </Link>
      </Card>
    </div>
  );
}
