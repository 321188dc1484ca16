import { useQuery } from '@tanstack/react-query';
import { ClipboardCheck } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { buttonClass } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { NotInPlan, notInPlanArea } from '../billing/not-in-plan';
import type { Unit } from '../history/format';
import { BackLink } from '../history/back-link';
import { myClientQuery } from '../clients/queries';
import { METRICS } from '../metrics/units';
import { metricDefinitionsQuery } from '../metrics/queries';
import { CheckinFillForm } from './client-fill-form';
import { checkinDay, dueLabel } from './client-format';
import { clientToday } from '../goals/goal-format';
import { myCheckinsQuery } from './queries';

function FillSkeleton() {
  return (
    <LoadingRegion label="Loading your check-in" className="flex flex-col gap-4">
      <Skeleton className="h-7 w-56" />
      <Skeleton className="h-4 w-40" />
      <Skeleton className="h-40 w-full rounded-lg" />
      <Skeleton className="h-32 w-full rounded-lg" />
      <Skeleton className="h-32 w-full rounded-lg" />
    </LoadingRegion>
  );
}

const builtIn = new Set(METRICS.map((metric) => metric.key));

/** /checkins/fill/:scheduleId/:dueDate — the client answers one check-in, question by question, on one screen. */
export function ClientFillPage() {
  const { scheduleId = '', dueDate = '' } = useParams();
  const me = useQuery(myClientQuery());
  const mine = useQuery(myCheckinsQuery());
  const checkin = mine.data?.current.find((item) => item.scheduleId === scheduleId && item.dueDate === dueDate);
  const needsCustom = checkin?.questions.some((question) => question.metrics.some((metric) => !builtIn.has(metric))) ?? false;
  const custom = useQuery({ ...metricDefinitionsQuery(), enabled: needsCustom });
  const failed = me.isError ? me : mine.isError ? mine : null;
  const units: Unit = me.data?.onboarding?.units ?? 'kg';
  const today = clientToday(me.data?.onboarding?.timeZone);

  const locked = notInPlanArea(mine.error);

  let body;
  if (locked) body = <NotInPlan area={locked} />;
  else if (failed)
    body = (
      <ErrorState
        title="Your check-in didn't load"
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  else if (!me.data || !mine.data || (needsCustom && custom.isPending)) body = <FillSkeleton />;
  else if (!checkin)
    body = (
      <EmptyState
        icon={<ClipboardCheck />}
        title="This check-in isn't open any more"
        action={
          <Link to="/today" className={buttonClass('primary')}>
            Go to today
          </Link>
        }
      >
        Your coach may have changed the schedule. Whatever is due now is on Today.
      </EmptyState>
    );
  else if (checkin.state === 'submitted' || checkin.state === 'reviewed')
    body = (
      <Notice tone="success" title="You sent this check-in">
        {checkin.state === 'reviewed' ? 'Your coach has read it.' : 'Your coach will read it.'}{' '}
        {checkin.id && (
          <Link to={`/checkins/${encodeURIComponent(checkin.id)}`} className="font-medium underline underline-offset-2">
            See what you sent
          </Link>
        )}
      </Notice>
    );
  else
    body = (
      <CheckinFillForm
        // A new occurrence is a new form (its own draft).
        key={`${checkin.scheduleId}:${checkin.dueDate}`}
        checkin={checkin}
        clientId={me.data.id}
        units={units}
        customMetrics={custom.data ?? []}
      />
    );

  return (
    <div className="flex flex-col gap-5">
      <title>{`${checkin?.formName ?? 'Check-in'} · OneCoach`}</title>
      <header className="flex flex-col gap-1">
        <BackLink to="/today">Today</BackLink>
        <h1 className="text-2xl font-semibold break-words text-text">{checkin?.formName ?? 'Check-in'}</h1>
        {checkin && (
          <p className="text-sm text-muted">
            {checkin.state === 'overdue' ? (
              <span className="font-medium text-warning">{`Overdue — was due ${checkinDay(checkin.dueDate)}`}</span>
            ) : (
              dueLabel(checkin.dueDate, today)
            )}
          </p>
        )}
      </header>
      {body}
    </div>
  );
}
