import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { toast } from 'sonner';
import type { ScheduledWorkout } from '../../../../shared/programs';
import { errorMessage } from '../../../lib/api';
import { todayIso } from '../../../lib/dates';
import { Button } from '../../../ui/button';
import { cn } from '../../../ui/cn';
import { LoadingRegion, Skeleton } from '../../../ui/skeleton';
import { ErrorState } from '../../../ui/states';
import { settingsQuery } from '../../settings/queries';
import { calendarQuery, scheduleApi, scheduleChanged, scheduledWorkoutQuery } from '../queries';
import { StatusLegend } from '../schedule-status';
import { AddScheduledWorkoutDialog } from './add-scheduled-workout-dialog';
import { fetchRange, monthGrid, monthTitle, shiftAnchor, weekDays, weekTitle } from './calendar-dates';
import type { CalendarView } from './calendar-dates';
import { MonthGrid } from './month-grid';
import { ScheduledWorkoutPanel } from './scheduled-workout-panel';
import { WeekGrid } from './week-grid';

function useCalendarParams() {
  const [params, setParams] = useSearchParams();
  const view: CalendarView = params.get('view') === 'week' ? 'week' : 'month';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '') ? params.get('date')! : null;
  /** A link to one entry (an "About" chip in Messages): ?workout=<scheduled workout id> opens it. */
  const workout = params.get('workout') || null;
  const set = (patch: { view?: CalendarView; date?: string; workout?: null }) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (patch.view) next.set('view', patch.view);
        if (patch.date) next.set('date', patch.date);
        if (patch.workout === null) next.delete('workout');
        return next;
      },
      { replace: true },
    );
  return { view, date, workout, set };
}

/** A client's scheduled training, month or week at a time; click a workout to see and change it. */
export function ClientCalendar({ clientId, firstName }: { clientId: string; firstName: string }) {
  const queryClient = useQueryClient();
  const { view, date, workout: linkedId, set } = useCalendarParams();
  // Opened from a link: the calendar shows that entry's month while it loads (the panel shares this query).
  const linked = useQuery({ ...scheduledWorkoutQuery(linkedId ?? ''), enabled: linkedId !== null });
  const anchor = date ?? (linkedId ? linked.data?.date : undefined) ?? todayIso();
  const range = fetchRange(view, anchor);
  const calendar = useQuery(calendarQuery(clientId, range.from, range.to));
  const settings = useQuery(settingsQuery());
  const [openId, setOpenId] = useState<string | null>(null);
  const [editNew, setEditNew] = useState(false);
  const [addOn, setAddOn] = useState<string | null>(null);

  const weekStartsOn = calendar.data?.weekStartsOn ?? settings.data?.weekStartsOn ?? 1;
  const today = calendar.data?.today ?? todayIso();
  const days = view === 'week' ? weekDays(anchor, weekStartsOn) : monthGrid(anchor, weekStartsOn);
  const items = calendar.data?.items ?? [];

  const move = async (itemId: string, to: string) => {
    const item = items.find((i) => i.id === itemId);
    if (!item || item.date === to) return;
    try {
      await scheduleApi.update(itemId, { date: to });
      scheduleChanged(queryClient);
      toast.success(`${item.name} moved`, {
        action: {
          label: 'Undo',
          onClick: () => void scheduleApi.update(itemId, { date: item.date }).then(() => scheduleChanged(queryClient)),
        },
      });
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return (
    <section aria-label="Calendar" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-1">
          <Button
            variant="secondary"
            size="sm"
            aria-label={view === 'week' ? 'Previous week' : 'Previous month'}
            onClick={() => set({ date: shiftAnchor(view, anchor, -1) })}
            className="px-2"
          >
            <ChevronLeft aria-hidden className="size-4" />
          </Button>
          <Button variant="secondary" size="sm" onClick={() => set({ date: today })}>
            Today
          </Button>
          <Button
            variant="secondary"
            size="sm"
            aria-label={view === 'week' ? 'Next week' : 'Next month'}
            onClick={() => set({ date: shiftAnchor(view, anchor, 1) })}
            className="px-2"
          >
            <ChevronRight aria-hidden className="size-4" />
          </Button>
          <h3 className="ml-2 text-base font-semibold text-text" aria-live="polite">
            {view === 'week' ? weekTitle(days) : monthTitle(anchor)}
          </h3>
        </div>
        <div role="group" aria-label="View" className="flex rounded-md border border-line-strong p-0.5">
          {(['month', 'week'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={view === value}
              onClick={() => set({ view: value })}
              className={cn(
                'h-7 rounded-sm px-3 text-sm capitalize',
                view === value ? 'bg-accent-soft font-medium text-accent-text' : 'text-muted hover:text-text',
              )}
            >
              {value}
            </button>
          ))}
        </div>
      </div>
      {calendar.isPending ? (
        <LoadingRegion label="Loading calendar">
          <Skeleton className="h-96 w-full rounded-lg" />
        </LoadingRegion>
      ) : calendar.isError && !calendar.data ? (
        <ErrorState
          title="The calendar didn't load"
          error={calendar.error}
          onRetry={() => void calendar.refetch()}
          retrying={calendar.isFetching}
        />
      ) : (
        <div className={cn(calendar.isPlaceholderData && 'opacity-70')} aria-busy={calendar.isPlaceholderData || undefined}>
          {view === 'week' ? (
            <WeekGrid
              days={days}
              today={today}
              items={items}
              onOpen={(item: ScheduledWorkout) => setOpenId(item.id)}
              onAdd={setAddOn}
              onDropOn={(id, day) => void move(id, day)}
            />
          ) : (
            <MonthGrid
              days={days}
              anchor={anchor}
              today={today}
              items={items}
              onOpen={(item) => setOpenId(item.id)}
              onAdd={setAddOn}
              onDropOn={(id, day) => void move(id, day)}
            />
          )}
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <StatusLegend />
        <p className="hidden text-xs text-muted md:block">Drag a workout to another day to move it, or open it to pick a date.</p>
      </div>
      <ScheduledWorkoutPanel
        id={openId ?? linkedId}
        clientId={clientId}
        firstName={firstName}
        startEditing={editNew}
        onClose={() => {
          setOpenId(null);
          setEditNew(false);
          if (linkedId) set({ workout: null, date: anchor });
        }}
      />
      <AddScheduledWorkoutDialog
        clientId={clientId}
        date={addOn}
        onClose={() => setAddOn(null)}
        onCreated={(item, edit) => {
          if (!edit) return;
          setEditNew(true);
          setOpenId(item.id);
        }}
      />
    </section>
  );
}
