import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import type { ScheduledWorkout } from '../../../../shared/programs';
import { errorMessage } from '../../../lib/api';
import { Button } from '../../../ui/button';
import { cn } from '../../../ui/cn';
import { Dialog } from '../../../ui/dialog';
import { SelectField, TextField } from '../../../ui/field';
import { FormError } from '../../../ui/notice';
import { programQuery } from '../../programs/queries';
import { newId } from '../../programs/workout-editor/ids';
import { clientProgramsQuery, scheduleApi, scheduleChanged } from '../queries';
import { dayMedium } from './calendar-dates';

type AddProps = { clientId: string; date: string | null; onClose: () => void; onCreated: (item: ScheduledWorkout, edit: boolean) => void };

function AddForm({ clientId, initialDate, onClose, onCreated }: Omit<AddProps, 'date'> & { initialDate: string }) {
  const queryClient = useQueryClient();
  const programs = useQuery(clientProgramsQuery(clientId));
  const usable = (programs.data ?? []).filter((program) => !program.archived && program.workoutCount > 0);
  const [date, setDate] = useState(initialDate);
  const [source, setSource] = useState<'program' | 'one-off'>('program');
  const [programId, setProgramId] = useState('');
  const [workoutId, setWorkoutId] = useState('');
  const [name, setName] = useState('Extra workout');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const fromProgram = source === 'program' && usable.length > 0;
  const chosenProgram = programId || usable[0]?.id || '';
  const program = useQuery({ ...programQuery(chosenProgram), enabled: fromProgram && chosenProgram !== '' });
  const workouts = [...(program.data?.content.workouts ?? [])].sort((a, b) => a.week - b.week || a.order - b.order);
  const chosenWorkout = workoutId || workouts[0]?.id || '';

  const submit = async () => {
    setPending(true);
    setError(undefined);
    try {
      const item = fromProgram
        ? await scheduleApi.add(clientId, { date, programId: chosenProgram, workoutId: chosenWorkout })
        : await scheduleApi.add(clientId, { date, workout: { id: newId(), week: 1, order: 1, name: name.trim(), notes: '', blocks: [] } });
      scheduleChanged(queryClient);
      toast.success(`${item.name} added on ${dayMedium(item.date)}`);
      onClose();
      onCreated(item, !fromProgram);
    } catch (caught) {
      setError(errorMessage(caught));
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
      <TextField label="Date" type="date" value={date} onChange={(event) => setDate(event.target.value)} className="w-48" />
      {usable.length > 0 && (
        <fieldset>
          <legend className="mb-1.5 text-sm font-medium text-text">What</legend>
          <div className="grid grid-cols-2 gap-2">
            {(['program', 'one-off'] as const).map((value) => (
              <label
                key={value}
                className={cn(
                  'flex h-11 cursor-pointer items-center rounded-md border px-3 text-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
                  source === value ? 'border-accent bg-accent-soft font-medium text-accent-text' : 'border-line-strong text-text',
                )}
              >
                <input type="radio" className="sr-only" checked={source === value} onChange={() => setSource(value)} />
                {value === 'program' ? 'From a program' : 'A one-off workout'}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {fromProgram ? (
        <>
          <SelectField
            label="Program"
            value={chosenProgram}
            onChange={(event) => {
              setProgramId(event.target.value);
              setWorkoutId('');
            }}
          >
            {usable.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Workout"
            value={chosenWorkout}
            onChange={(event) => setWorkoutId(event.target.value)}
            disabled={program.isPending}
          >
            {workouts.map((w) => (
              <option key={w.id} value={w.id}>
                Week {w.week} · {w.name}
              </option>
            ))}
          </SelectField>
        </>
      ) : (
        <TextField label="Name" value={name} onChange={(event) => setName(event.target.value)} hint="You'll add its exercises next." />
      )}
      <FormError message={error} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" pending={pending} disabled={!date || (fromProgram ? !chosenWorkout : !name.trim())}>
          {fromProgram ? 'Add workout' : 'Add and edit'}
        </Button>
      </div>
    </form>
  );
}

/** "Add workout" on a day: one of the client's program workouts, or a one-off made for that day. */
export function AddScheduledWorkoutDialog({ clientId, date, onClose, onCreated }: AddProps) {
  return (
    <Dialog
      open={date !== null}
      onOpenChange={(open) => !open && onClose()}
      title="Add workout"
      description={date ? dayMedium(date) : undefined}
    >
      {date && <AddForm clientId={clientId} initialDate={date} onClose={onClose} onCreated={onCreated} />}
    </Dialog>
  );
}
