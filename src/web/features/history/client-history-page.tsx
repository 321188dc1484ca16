import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { LineChart } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button, buttonClass } from '../../ui/button';
import { EmptyState, ErrorState } from '../../ui/states';
import { myClientQuery } from '../clients/queries';
import { BackLink } from './back-link';
import type { Unit } from './format';
import { clientSessionsQuery, HISTORY_MAX, HISTORY_PAGE } from './queries';
import { SessionCards, SessionCardsSkeleton } from './session-list';

/** /progress/history: every workout the client has logged, newest first. */
export function ClientHistoryPage() {
  const me = useQuery(myClientQuery());
  const [limit, setLimit] = useState(HISTORY_PAGE);
  // While the longer page loads, the shorter one stays on screen.
  const sessions = useQuery({ ...clientSessionsQuery(me.data?.id ?? '', limit), placeholderData: keepPreviousData });
  const unit: Unit = me.data?.onboarding?.units ?? 'kg';
  const failed = me.isError ? me : sessions.isError ? sessions : null;
  const items = sessions.data;

  return (
    <div className="flex flex-col gap-5">
      <title>Workout history · OneCoach</title>
      <header className="flex flex-col gap-1">
        <BackLink to="/progress">Progress</BackLink>
        <h1 className="text-2xl font-semibold text-text">Workout history</h1>
        {items && items.length > 0 && (
          <p className="text-sm text-muted">
            Every workout you've logged, newest first. Open one for its sets, records and your coach's comments.
          </p>
        )}
      </header>
      {failed ? (
        <ErrorState
          title="Your workouts didn't load"
          error={failed.error}
          onRetry={() => void failed.refetch()}
          retrying={failed.isFetching}
        />
      ) : !items ? (
        <SessionCardsSkeleton rows={5} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<LineChart />}
          title="No workouts logged yet"
          action={
            <Link to="/today" className={buttonClass('primary')}>
              Go to today
            </Link>
          }
        >
          When you finish a workout it shows up here: the date, how long it took, your sets and volume, and a trophy for every personal
          record.
        </EmptyState>
      ) : (
        <>
          <SessionCards items={items} unit={unit} label="Workouts" />
          {items.length >= limit && limit < HISTORY_MAX && (
            <Button variant="secondary" className="self-center" pending={sessions.isFetching} onClick={() => setLimit(HISTORY_MAX)}>
              Show older workouts
            </Button>
          )}
        </>
      )}
    </div>
  );
}
