import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CalendarClock, CalendarPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CheckinSchedule } from '../../../shared/checkins';
import { errorMessage } from '../../lib/api';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/dialog';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { clientsListQuery } from '../clients/queries';
import { checkinKeys, checkinSchedulesQuery, checkinsApi } from './queries';
import { describeSchedule } from './trainer-format';

/**
 * How many schedules run for each form, counted from the running schedules themselves (the form's own
 * `schedules` number is the fallback until they load).
 */
export function useScheduleCounts(): (form: { id: string; schedules: number }) => number {
  const query = useQuery(checkinSchedulesQuery(null));
  return (form) => (query.data ? query.data.filter((schedule) => schedule.formId === form.id).length : form.schedules);
}

type ScheduleListProps = {
  /** One client's (theirs and the all-clients ones), or every running schedule (null). */
  clientId: string | null;
  onSchedule: () => void;
  /** Words for the empty list. */
  emptyText: string;
};

function StopDialog({ schedule, onClose }: { schedule: CheckinSchedule | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  return (
    <ConfirmDialog
      open={schedule !== null}
      onOpenChange={(open) => {
        if (!open) {
          setError(undefined);
          onClose();
        }
      }}
      title={`Stop ${schedule?.formName ?? 'this schedule'}?`}
      description={
        schedule?.clientId === null
          ? 'This schedule is for all clients: it stops for everyone. Check-ins already sent stay.'
          : 'No more check-ins from this schedule. Check-ins already sent stay.'
      }
      confirmLabel="Stop schedule"
      tone="danger"
      error={error}
      onConfirm={async () => {
        if (!schedule) return;
        try {
          await checkinsApi.stopSchedule(schedule.id);
          void queryClient.invalidateQueries({ queryKey: checkinKeys.all });
          void queryClient.invalidateQueries({ queryKey: ['attention'] });
        } catch (caught) {
          setError(errorMessage(caught));
          throw caught;
        }
      }}
    />
  );
}

/** Running schedules with who gets them and when, each with "Stop". */
export function ScheduleList({ clientId, onSchedule, emptyText }: ScheduleListProps) {
  const query = useQuery(checkinSchedulesQuery(clientId));
  const clients = useQuery({ ...clientsListQuery({ status: 'all', limit: 200 }), enabled: clientId === null });
  const [stopping, setStopping] = useState<CheckinSchedule | null>(null);

  const nameOf = (id: string) => clients.data?.items.find((client) => client.id === id)?.name ?? 'A client';

  if (query.isPending)
    return (
      <LoadingRegion label="Loading schedules" className="flex flex-col gap-2">
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-4/5" />
      </LoadingRegion>
    );
  if (query.isError)
    return (
      <div role="alert" className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
        <p>The schedules didn&apos;t load: {errorMessage(query.error)}</p>
        <Button variant="secondary" size="sm" onClick={() => void query.refetch()} pending={query.isFetching}>
          Try again
        </Button>
      </div>
    );
  if (query.data.length === 0)
    return (
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-dashed border-line px-4 py-3 text-sm text-muted">
        <p className="flex items-center gap-2">
          <CalendarClock aria-hidden className="size-4 shrink-0" />
          {emptyText}
        </p>
        <Button variant="secondary" size="sm" onClick={onSchedule} icon={<CalendarPlus aria-hidden className="size-4" />}>
          Schedule a check-in
        </Button>
      </div>
    );

  return (
    <>
      <ul className="divide-y divide-line">
        {query.data.map((schedule) => (
          <li key={schedule.id} className="flex items-center justify-between gap-3 py-2.5 first:pt-0 last:pb-0">
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-text">
                <Link to={`/checkins/forms/${schedule.formId}`} className="hover:underline">
                  {schedule.formName}
                </Link>
                {schedule.clientId === null ? (
                  <Badge tone="accent">
                    <Users aria-hidden className="size-3" /> All clients
                  </Badge>
                ) : (
                  clientId === null && (
                    <Link to={`/clients/${schedule.clientId}/check-ins`} className="font-normal text-muted hover:text-text hover:underline">
                      {nameOf(schedule.clientId)}
                    </Link>
                  )
                )}
              </p>
              <p className="text-sm text-muted">{describeSchedule(schedule)}</p>
            </div>
            <Button variant="ghost" size="sm" onClick={() => setStopping(schedule)}>
              Stop
            </Button>
          </li>
        ))}
      </ul>
      <StopDialog schedule={stopping} onClose={() => setStopping(null)} />
    </>
  );
}
