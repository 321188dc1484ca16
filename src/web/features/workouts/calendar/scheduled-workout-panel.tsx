import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowRightLeft, CalendarClock, Clock, MessageCircle, Pencil, RotateCcw, SkipForward, Trash2, Undo2 } from 'lucide-react';
import { Suspense, lazy, useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import type { ScheduledWorkoutDetail } from '../../../../shared/programs';
import { errorMessage } from '../../../lib/api';
import { Badge } from '../../../ui/badge';
import { Button, buttonClass } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/dialog';
import { inputClass } from '../../../ui/field';
import { Sheet } from '../../../ui/sheet';
import { LoadingRegion, Skeleton } from '../../../ui/skeleton';
import { ErrorState } from '../../../ui/states';
import { cn } from '../../../ui/cn';
import { scheduleApi, scheduleChanged, scheduledWorkoutQuery } from '../queries';
import { ScheduleStatusBadge } from '../schedule-status';
import { WorkoutPreview } from '../workout-preview';
import { dayLong, dayMedium } from './calendar-dates';

// The editor brings the builder's drag and drop: load it only when a day is edited.
const OverrideEditorDialog = lazy(() => import('./override-editor-dialog').then((m) => ({ default: m.OverrideEditorDialog })));

type PanelProps = { id: string | null; clientId: string; firstName: string; onClose: () => void; startEditing?: boolean };

/** The client's Messages tab with this day's workout as the next message's subject. */
function messageAboutHref(detail: ScheduledWorkoutDetail): string {
  const params = new URLSearchParams({ about: detail.id, label: `${dayMedium(detail.date)} — ${detail.name}` });
  return `/clients/${encodeURIComponent(detail.clientId)}/messages?${params.toString()}`;
}

function Actions({
  detail,
  firstName,
  onEdit,
  onRemoved,
}: {
  detail: ScheduledWorkoutDetail;
  firstName: string;
  onEdit: () => void;
  onRemoved: () => void;
}) {
  const queryClient = useQueryClient();
  const [date, setDate] = useState(detail.date);
  const [busy, setBusy] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string>();
  const run = async (key: string, action: () => Promise<unknown>, success: string) => {
    setBusy(key);
    try {
      await action();
      scheduleChanged(queryClient);
      toast.success(success);
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };
  const done = detail.status === 'completed';
  return (
    <div className="flex w-full flex-col gap-3">
      {!done && (
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            void run('move', () => scheduleApi.update(detail.id, { date }), `Moved to ${dayMedium(date)}`);
          }}
        >
          <label className="flex flex-1 flex-col gap-1 text-sm font-medium text-text">
            Move to
            <input
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
              className={cn(inputClass, 'h-10 w-full text-sm')}
            />
          </label>
          <Button
            type="submit"
            variant="secondary"
            size="sm"
            className="h-10"
            disabled={!date || date === detail.date}
            pending={busy === 'move'}
            icon={<ArrowRightLeft aria-hidden className="size-4" />}
          >
            Move
          </Button>
        </form>
      )}
      <div className="flex flex-wrap gap-2">
        <Link to={messageAboutHref(detail)} className={buttonClass('secondary', 'sm')}>
          <MessageCircle aria-hidden className="size-4" />
          Message {firstName} about this
        </Link>
        {!done &&
          (detail.status === 'skipped' ? (
            <Button
              variant="secondary"
              size="sm"
              pending={busy === 'skip'}
              icon={<Undo2 aria-hidden className="size-4" />}
              onClick={() => void run('skip', () => scheduleApi.update(detail.id, { status: 'scheduled' }), 'Back on the schedule')}
            >
              Unskip
            </Button>
          ) : (
            <Button
              variant="secondary"
              size="sm"
              pending={busy === 'skip'}
              icon={<SkipForward aria-hidden className="size-4" />}
              onClick={() =>
                void run('skip', () => scheduleApi.update(detail.id, { status: 'skipped' }), `Skipped; ${firstName} won't be reminded`)
              }
            >
              Skip
            </Button>
          ))}
        {!done && (
          <Button variant="secondary" size="sm" icon={<Pencil aria-hidden className="size-4" />} onClick={onEdit}>
            Edit this day only
          </Button>
        )}
        {detail.customised && detail.programId && !done && (
          <Button
            variant="secondary"
            size="sm"
            pending={busy === 'revert'}
            icon={<RotateCcw aria-hidden className="size-4" />}
            onClick={() => void run('revert', () => scheduleApi.clearWorkout(detail.id), "Back to the program's version")}
          >
            Use the program's version
          </Button>
        )}
        <Button variant="danger" size="sm" icon={<Trash2 aria-hidden className="size-4" />} onClick={() => setRemoving(true)}>
          Remove
        </Button>
      </div>
      <ConfirmDialog
        open={removing}
        onOpenChange={setRemoving}
        title={`Remove ${detail.name} from ${dayMedium(detail.date)}?`}
        description={`It comes off ${firstName}'s calendar. The program itself doesn't change.`}
        confirmLabel="Remove"
        tone="danger"
        error={removeError}
        onConfirm={async () => {
          try {
            await scheduleApi.remove(detail.id);
            scheduleChanged(queryClient);
            toast.success('Removed from the calendar');
            onRemoved();
          } catch (error) {
            setRemoveError(errorMessage(error));
            throw error;
          }
        }}
      />
    </div>
  );
}

export function ScheduledWorkoutPanel({ id, clientId, firstName, onClose, startEditing = false }: PanelProps) {
  const detail = useQuery({ ...scheduledWorkoutQuery(id ?? ''), enabled: id !== null });
  const [editing, setEditing] = useState<string | null>(null);
  const [started, setStarted] = useState<string | null>(null);
  if (id && startEditing && started !== id) {
    setStarted(id);
    setEditing(id);
  }
  const data = id ? detail.data : undefined;
  return (
    <>
      <Sheet
        open={id !== null && editing === null}
        onOpenChange={(open) => !open && onClose()}
        title={data ? data.name : 'Workout'}
        description={data ? dayLong(data.date) : undefined}
        footer={
          data && (
            <Actions
              key={data.id + data.date + data.status}
              detail={data}
              firstName={firstName}
              onEdit={() => setEditing(data.id)}
              onRemoved={onClose}
            />
          )
        }
      >
        {detail.isPending ? (
          <LoadingRegion label="Loading workout" className="flex flex-col gap-3">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="h-16 w-full" />
            <Skeleton className="h-16 w-full" />
          </LoadingRegion>
        ) : detail.isError ? (
          <ErrorState
            title="This workout didn't load"
            error={detail.error}
            onRetry={() => void detail.refetch()}
            retrying={detail.isFetching}
          />
        ) : (
          data && (
            <div className="flex flex-col gap-4">
              <div className="flex flex-wrap items-center gap-2">
                <ScheduleStatusBadge status={data.status} />
                {data.customised && <Badge tone="outline">Edited for this day</Badge>}
                {data.originalDate && (
                  <Badge tone="outline">
                    <CalendarClock aria-hidden className="size-3" /> Moved from {dayMedium(data.originalDate)}
                  </Badge>
                )}
              </div>
              <p className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
                {data.programId && data.programName ? (
                  <Link to={`/programs/${data.programId}`} className="hover:text-text hover:underline">
                    {data.programName}
                    {data.week ? ` · week ${data.week}` : ''}
                  </Link>
                ) : (
                  <span>One-off workout</span>
                )}
                {data.estimatedMinutes > 0 && (
                  <span className="inline-flex items-center gap-1">
                    <Clock aria-hidden className="size-4" />≈ {data.estimatedMinutes} min
                  </span>
                )}
              </p>
              <WorkoutPreview workout={data.workout} />
            </div>
          )
        )}
      </Sheet>
      {editing && data && (
        <Suspense fallback={null}>
          <OverrideEditorDialog detail={data} clientId={clientId} onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </>
  );
}
