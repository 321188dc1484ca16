import { useQuery, useQueryClient } from '@tanstack/react-query';
import { format, nextMonday } from 'date-fns';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { AssignProgramSchema } from '../../../shared/programs';
import type { Program } from '../../../shared/programs';
import { errorMessage, isApiError } from '../../lib/api';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';
import { FormError, Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { clientsListQuery } from '../clients/queries';
import { ClientPicker } from './client-picker';
import { programQuery, programsApi, programsChanged } from './queries';
import type { AssignResult } from './queries';
import { WeekdaySlots, defaultWeekdays } from './weekday-slots';

/** Labels for each weekly slot: the k-th workout of every week, by name ("Upper A", or "Upper A / Upper B" if weeks differ). */
export function workoutSlots(program: Pick<Program, 'content'>): string[] {
  const byWeek = new Map<number, string[]>();
  for (const workout of [...program.content.workouts].sort((a, b) => a.week - b.week || a.order - b.order)) {
    byWeek.set(workout.week, [...(byWeek.get(workout.week) ?? []), workout.name]);
  }
  const count = Math.max(0, ...[...byWeek.values()].map((names) => names.length));
  return Array.from({ length: count }, (_, slot) => {
    const names = [...new Set([...byWeek.values()].map((names) => names[slot]).filter(Boolean))];
    return names.length > 2 ? `${names.slice(0, 2).join(' / ')} …` : names.join(' / ');
  });
}

type AssignDialogProps = { programId: string; open: boolean; onOpenChange: (open: boolean) => void; clientIds?: string[] };

function AssignForm({ program, initialClients, onDone }: { program: Program; initialClients: string[]; onDone: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const slots = workoutSlots(program);
  const [clientIds, setClientIds] = useState(initialClients);
  const [startDate, setStartDate] = useState(() => format(nextMonday(new Date()), 'yyyy-MM-dd'));
  const [weekdays, setWeekdays] = useState(() => defaultWeekdays(slots.length));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const clients = useQuery(clientsListQuery({ status: 'current', limit: 200 }));

  if (slots.length === 0) {
    return (
      <Notice tone="info" title="Add a workout first">
        A program needs at least one workout before it can go on a calendar.
      </Notice>
    );
  }

  const toastResult = (result: AssignResult) => {
    const name = (id: string) => clients.data?.items.find((client) => client.id === id)?.name ?? 'Client';
    const scheduled = result.assigned.reduce((sum, item) => sum + item.scheduled, 0);
    toast.success(
      result.assigned.length === 1
        ? `${program.name} is on ${name(result.assigned[0]!.clientId)}'s calendar`
        : `${program.name} assigned to ${result.assigned.length} clients`,
      {
        description: (
          <span className="flex flex-col gap-1">
            <span>{scheduled === 1 ? '1 workout scheduled.' : `${scheduled} workouts scheduled.`}</span>
            {result.assigned.map((item) => (
              <a
                key={item.clientId}
                href={`/clients/${item.clientId}/training`}
                onClick={(event) => {
                  event.preventDefault();
                  void navigate(`/clients/${item.clientId}/training`);
                }}
                className="underline underline-offset-2"
              >
                Open {name(item.clientId)}'s calendar
              </a>
            ))}
          </span>
        ),
        duration: 10_000,
      },
    );
  };

  const submit = async () => {
    const input = { clientIds, startDate, weekdays };
    const parsed = AssignProgramSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? 'root'), issue.message])));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const result = await programsApi.assign(program.id, parsed.data);
      programsChanged(queryClient);
      toastResult(result);
      onDone();
    } catch (error) {
      const fields = isApiError(error) ? error.fields : [];
      setErrors(
        fields.length > 0
          ? Object.fromEntries(fields.map((field) => [field.path.split('.')[0] ?? 'root', field.message]))
          : { root: errorMessage(error) },
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      className="flex flex-col gap-5"
    >
      <ClientPicker value={clientIds} onChange={setClientIds} error={errors.clientIds} />
      <TextField
        label="Start date"
        type="date"
        value={startDate}
        onChange={(event) => setStartDate(event.target.value)}
        hint="Week 1 starts here; each workout lands on its day from then on."
        error={errors.startDate}
        className="w-48"
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1.5 text-sm font-medium text-text">Training days</legend>
        <WeekdaySlots slots={slots} value={weekdays} onChange={setWeekdays} />
        {errors.weekdays && <p className="text-sm text-danger">{errors.weekdays}</p>}
      </fieldset>
      <FormError message={errors.root} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          {clientIds.length > 1 ? `Assign to ${clientIds.length} clients` : 'Assign'}
        </Button>
      </div>
    </form>
  );
}

/** Copies a program to one or several clients and puts its workouts on their calendars. */
export function AssignDialog({ programId, open, onOpenChange, clientIds = [] }: AssignDialogProps) {
  const program = useQuery({ ...programQuery(programId), enabled: open });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={program.data ? `Assign ${program.data.name}` : 'Assign program'}
      description="Each client gets their own copy to adjust; this template stays as it is."
    >
      {program.isPending ? (
        <LoadingRegion label="Loading program" className="flex flex-col gap-3">
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-10 w-48" />
          <Skeleton className="h-20 w-full" />
        </LoadingRegion>
      ) : program.isError ? (
        <ErrorState title="The program didn't load" error={program.error} onRetry={() => void program.refetch()} />
      ) : (
        open && <AssignForm program={program.data} initialClients={clientIds} onDone={() => onOpenChange(false)} />
      )}
    </Dialog>
  );
}
