import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Archive, ArchiveRestore, Flame, Pencil, Plus, Repeat, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import type { Habit } from '../../../shared/checkins';
import { errorMessage } from '../../lib/api';
import { formatDate, todayIso } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { ConfirmDialog } from '../../ui/dialog';
import { Menu, MenuItem, MenuSeparator } from '../../ui/menu';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { habitsApi, habitsChanged, habitsQuery } from './queries';
import { HabitDialog } from './trainer-habit-dialog';
import { complianceTone, describeHabit, formatPercent } from './trainer-format';

const TONE_TEXT = { success: 'text-success', warning: 'text-warning', danger: 'text-danger', neutral: 'text-muted' } as const;

/** The last 14 days, oldest first, as YYYY-MM-DD in the viewer's calendar. */
function lastDays(count: number, now = new Date()): string[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (count - 1 - i));
    return todayIso(day);
  });
}

/** Fourteen squares: met, logged below target, or nothing. */
function RecentDays({ habit }: { habit: Habit }) {
  const logged = new Map(habit.recent.map((entry) => [entry.date, entry.value]));
  const days = lastDays(14);
  const met = (value: number) => (habit.kind === 'yes_no' || habit.frequency === 'weekly' ? value > 0 : value >= (habit.target ?? 0));
  const count = days.filter((day) => logged.has(day)).length;
  return (
    <div className="flex items-center gap-0.5" role="img" aria-label={`Logged on ${count} of the last 14 days`}>
      {days.map((day) => {
        const value = logged.get(day);
        return (
          <span
            key={day}
            title={`${formatDate(day)}: ${value === undefined ? 'nothing logged' : habit.kind === 'yes_no' ? 'done' : `${value} ${habit.unit}`.trim()}`}
            className={
              value === undefined
                ? 'size-2.5 rounded-[2px] border border-line'
                : met(value)
                  ? 'size-2.5 rounded-[2px] bg-accent'
                  : 'size-2.5 rounded-[2px] bg-accent/40'
            }
          />
        );
      })}
    </div>
  );
}

function HabitRow({
  habit,
  onEdit,
  onArchive,
  onDelete,
}: {
  habit: Habit;
  onEdit: () => void;
  onArchive: () => void;
  onDelete: () => void;
}) {
  const unit = habit.frequency === 'daily' ? 'day' : 'week';
  return (
    <li className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2 font-medium text-text">
            {habit.name}
            {habit.archived && <Badge>Archived</Badge>}
          </p>
          <p className="text-sm text-muted">
            {describeHabit(habit)}
            {habit.endDate ? ` · until ${formatDate(habit.endDate)}` : ` · since ${formatDate(habit.startDate)}`}
          </p>
        </div>
        <Menu label={`More for ${habit.name}`}>
          <MenuItem icon={<Pencil aria-hidden />} onSelect={onEdit}>
            Edit
          </MenuItem>
          <MenuItem icon={habit.archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />} onSelect={onArchive}>
            {habit.archived ? 'Restore' : 'Archive'}
          </MenuItem>
          <MenuSeparator />
          <MenuItem icon={<Trash2 aria-hidden />} tone="danger" onSelect={onDelete}>
            Delete
          </MenuItem>
        </Menu>
      </div>
      {!habit.archived && (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <span className="inline-flex items-center gap-1 text-text">
            <Flame aria-hidden className={habit.streak > 0 ? 'size-4 text-warning' : 'size-4 text-muted'} />
            <span className="font-semibold tabular-nums">{habit.streak}</span>
            <span className="text-muted">{habit.streak === 1 ? `${unit} streak` : `${unit}s streak`}</span>
          </span>
          <span className="text-muted">
            7 days{' '}
            <span className={`font-semibold tabular-nums ${TONE_TEXT[complianceTone(habit.compliance7)]}`}>
              {formatPercent(habit.compliance7)}
            </span>
          </span>
          <span className="text-muted">
            30 days{' '}
            <span className={`font-semibold tabular-nums ${TONE_TEXT[complianceTone(habit.compliance30)]}`}>
              {formatPercent(habit.compliance30)}
            </span>
          </span>
        </div>
      )}
      {!habit.archived && <RecentDays habit={habit} />}
    </li>
  );
}

/** The client's habits for the trainer: assign, edit, archive, delete; streaks and 7/30-day compliance. */
export function TrainerHabits({ clientId, clientName }: { clientId: string; clientName: string }) {
  const queryClient = useQueryClient();
  const query = useQuery(habitsQuery(clientId));
  const [editing, setEditing] = useState<Habit | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Habit | null>(null);
  const [deleteError, setDeleteError] = useState<string>();
  const [showArchived, setShowArchived] = useState(false);

  const archive = useMutation({
    mutationFn: (habit: Habit) =>
      habitsApi.update(habit.id, {
        name: habit.name,
        kind: habit.kind,
        frequency: habit.frequency,
        target: habit.target,
        unit: habit.unit,
        startDate: habit.startDate,
        endDate: habit.endDate,
        archived: !habit.archived,
      }),
    onSuccess: (habit) => {
      habitsChanged(queryClient, habit);
      toast.success(
        habit.archived ? `${habit.name} is archived: it leaves ${clientName}'s Today` : `${habit.name} is back on ${clientName}'s Today`,
      );
    },
    onError: (error) => toast.error(errorMessage(error)),
  });

  const habits = query.data ?? [];
  const active = habits.filter((habit) => !habit.archived);
  const archived = habits.filter((habit) => habit.archived);
  const addButton = (
    <Button variant="secondary" size="sm" onClick={() => setEditing('new')} icon={<Plus aria-hidden className="size-4" />}>
      Assign a habit
    </Button>
  );

  let body;
  if (query.isPending)
    body = (
      <LoadingRegion label="Loading habits" className="flex flex-col gap-3">
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-4/5" />
      </LoadingRegion>
    );
  else if (query.isError)
    body = <ErrorState title="Habits didn't load" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  else if (habits.length === 0)
    body = (
      <EmptyState icon={<Repeat />} title="No habits yet" action={addButton} className="py-6">
        Daily or weekly habits like water, steps, sleep or mobility. {clientName} ticks them off from Today.
      </EmptyState>
    );
  else
    body = (
      <div className="flex flex-col gap-3">
        {active.length > 0 ? (
          <ul className="divide-y divide-line">
            {active.map((habit) => (
              <HabitRow
                key={habit.id}
                habit={habit}
                onEdit={() => setEditing(habit)}
                onArchive={() => archive.mutate(habit)}
                onDelete={() => setDeleting(habit)}
              />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">No habits in use.</p>
        )}
        {archived.length > 0 && (
          <div className="border-t border-line pt-2">
            <Button variant="ghost" size="sm" onClick={() => setShowArchived(!showArchived)} aria-expanded={showArchived}>
              {showArchived ? 'Hide archived' : `Show archived (${archived.length})`}
            </Button>
            {showArchived && (
              <ul className="mt-2 divide-y divide-line">
                {archived.map((habit) => (
                  <HabitRow
                    key={habit.id}
                    habit={habit}
                    onEdit={() => setEditing(habit)}
                    onArchive={() => archive.mutate(habit)}
                    onDelete={() => setDeleting(habit)}
                  />
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    );

  return (
    <Card title="Habits" description="Streaks and how often each is met." actions={habits.length > 0 ? addButton : undefined}>
      {body}
      <HabitDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        clientId={clientId}
        clientName={clientName}
        habit={editing === 'new' || editing === null ? undefined : editing}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) {
            setDeleting(null);
            setDeleteError(undefined);
          }
        }}
        title={`Delete ${deleting?.name ?? 'this habit'}?`}
        description="The habit and everything logged for it are deleted for good. To keep the history, archive it instead."
        confirmLabel="Delete habit"
        tone="danger"
        error={deleteError}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await habitsApi.remove(deleting.id);
            habitsChanged(queryClient);
            toast.success(`${deleting.name} is deleted`);
          } catch (error) {
            setDeleteError(errorMessage(error));
            throw error;
          }
        }}
      />
    </Card>
  );
}
