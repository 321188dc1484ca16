import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Dumbbell } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { cn } from '../../ui/cn';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { settingsQuery } from '../settings/queries';
import { formatDuration, formatTime, formatVolume, formatWorkoutDate, RATING_LABELS, sessionSeconds, type Unit } from './format';
import { clientSessionsQuery, HISTORY_MAX } from './queries';
import { PrBadge, type SessionListItem } from './session-list';

const FIRST_PAGE = 10;
const thClass = 'bg-surface-muted px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-muted';
const tdClass = 'px-3 py-2.5 align-middle';

export const trainerWorkoutPath = (clientId: string, sessionId: string) =>
  `/clients/${encodeURIComponent(clientId)}/workouts/${encodeURIComponent(sessionId)}`;

function Rows({ clientId, items, unit }: { clientId: string; items: SessionListItem[]; unit: Unit }) {
  const navigate = useNavigate();
  return (
    <div className="-mx-4 overflow-x-auto sm:mx-0 sm:overflow-clip sm:rounded-md sm:border sm:border-line">
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className={thClass}>
              Date
            </th>
            <th scope="col" className={thClass}>
              Workout
            </th>
            <th scope="col" className={cn(thClass, 'hidden md:table-cell')}>
              Time
            </th>
            <th scope="col" className={cn(thClass, 'text-right')}>
              Sets
            </th>
            <th scope="col" className={cn(thClass, 'hidden text-right sm:table-cell')}>
              Volume
            </th>
            <th scope="col" className={cn(thClass, 'hidden sm:table-cell')}>
              Felt
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const seconds = sessionSeconds(item);
            const href = trainerWorkoutPath(clientId, item.id);
            return (
              <tr
                key={item.id}
                onClick={(event) => {
                  if ((event.target as HTMLElement).closest('a,button')) return;
                  void navigate(href);
                }}
                className="cursor-pointer border-b border-line last:border-b-0 focus-within:bg-accent-soft hover:bg-surface-muted"
              >
                <td className={cn(tdClass, 'whitespace-nowrap text-muted')}>
                  <time dateTime={item.startedAt}>{formatWorkoutDate(item.startedAt)}</time>
                  <span className="hidden lg:inline"> · {formatTime(item.startedAt)}</span>
                </td>
                <td className={tdClass}>
                  <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <Link to={href} className="font-medium text-text hover:underline">
                      {item.name}
                    </Link>
                    {item.status === 'in_progress' && <Badge tone="outline">In progress</Badge>}
                    <PrBadge count={item.recordCount} />
                  </span>
                </td>
                <td className={cn(tdClass, 'hidden whitespace-nowrap tabular-nums md:table-cell')}>
                  {seconds === null ? '—' : formatDuration(seconds)}
                </td>
                <td className={cn(tdClass, 'text-right tabular-nums')}>{item.setsDone}</td>
                <td className={cn(tdClass, 'hidden text-right whitespace-nowrap tabular-nums sm:table-cell')}>
                  {item.volumeKg > 0 ? formatVolume(item.volumeKg, unit) : '—'}
                </td>
                <td className={cn(tdClass, 'hidden whitespace-nowrap sm:table-cell')}>
                  {item.rating === null ? (
                    <span className="text-muted">—</span>
                  ) : (
                    `${RATING_LABELS[item.rating] ?? item.rating} · ${item.rating}/5`
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Client detail → Training: what the client actually did, newest first; each opens target vs actual. */
export function LoggedWorkouts({ clientId, firstName }: { clientId: string; firstName: string }) {
  const [limit, setLimit] = useState(FIRST_PAGE);
  const sessions = useQuery({ ...clientSessionsQuery(clientId, limit), placeholderData: keepPreviousData });
  const settings = useQuery(settingsQuery());
  const unit: Unit = settings.data?.units ?? 'kg';
  return (
    <Card
      title="Logged workouts"
      description={
        sessions.data?.length ? `What ${firstName} did, newest first. Open one to compare it with the plan and comment.` : undefined
      }
    >
      {sessions.isPending ? (
        <LoadingRegion label="Loading logged workouts" className="flex flex-col gap-2">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
        </LoadingRegion>
      ) : sessions.isError ? (
        <ErrorState
          title={`${firstName}'s workouts didn't load`}
          error={sessions.error}
          onRetry={() => void sessions.refetch()}
          retrying={sessions.isFetching}
        />
      ) : sessions.data.length === 0 ? (
        <EmptyState icon={<Dumbbell />} title="No workouts logged yet" className="py-8">
          When {firstName} logs a workout in the app it lands here: sets against your targets, records, how it felt and their note to you.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-3">
          <Rows clientId={clientId} items={sessions.data} unit={unit} />
          {sessions.data.length >= limit && limit < HISTORY_MAX && (
            <Button
              variant="secondary"
              size="sm"
              className="self-start"
              pending={sessions.isPlaceholderData}
              onClick={() => setLimit(limit === FIRST_PAGE ? 50 : HISTORY_MAX)}
            >
              Show older workouts
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
