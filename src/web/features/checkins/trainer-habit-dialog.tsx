import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { SaveHabitSchema } from '../../../shared/checkins';
import type { Habit, SaveHabitInput } from '../../../shared/checkins';
import { todayIso } from '../../lib/dates';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { habitsApi, habitsChanged } from './queries';

type Output = z.output<typeof SaveHabitSchema>;
const FIELDS = ['name', 'kind', 'frequency', 'target', 'unit', 'startDate', 'endDate'] as const;

/** One tap fills the usual ones. */
const PRESETS: { label: string; value: Partial<SaveHabitInput> }[] = [
  { label: 'Water', value: { name: 'Drink water', kind: 'numeric', target: 2.5, unit: 'L', frequency: 'daily' } },
  { label: 'Steps', value: { name: 'Steps', kind: 'numeric', target: 8000, unit: 'steps', frequency: 'daily' } },
  { label: 'Sleep', value: { name: 'Sleep', kind: 'numeric', target: 8, unit: 'hours', frequency: 'daily' } },
  { label: 'Mobility', value: { name: '10 minutes of mobility', kind: 'yes_no', target: null, unit: '', frequency: 'daily' } },
];

const toNumber = (value: unknown) => {
  if (value === '' || value === null || value === undefined) return null;
  const parsed = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(',', '.')) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : Number.NaN;
};

function Toggle<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-text">{legend}</legend>
      <div className="grid grid-cols-2 gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              'flex h-11 cursor-pointer items-center justify-center rounded-md border text-sm font-medium',
              'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
              value === option.value ? 'border-accent bg-accent-soft text-accent-text' : 'border-line-strong bg-surface text-text',
            )}
          >
            <input type="radio" name={name} className="sr-only" checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function HabitForm({ clientId, habit, onDone }: { clientId: string; habit?: Habit | undefined; onDone: () => void }) {
  const queryClient = useQueryClient();
  const form = useForm<SaveHabitInput, unknown, Output>({
    resolver: zodResolver(SaveHabitSchema),
    defaultValues: habit
      ? {
          name: habit.name,
          kind: habit.kind,
          frequency: habit.frequency,
          target: habit.target,
          unit: habit.unit,
          startDate: habit.startDate,
          endDate: habit.endDate,
          archived: habit.archived,
        }
      : { name: '', kind: 'yes_no', frequency: 'daily', target: null, unit: '', startDate: todayIso(), endDate: null, archived: false },
  });
  const { register, watch, setValue, formState } = form;
  const errors = formState.errors;
  const kind = watch('kind');
  const frequency = watch('frequency') ?? 'daily';

  const onSubmit = form.handleSubmit(async (parsed) => {
    // A yes/no habit carries no target: one typed before switching is dropped.
    const values = parsed.kind === 'yes_no' ? { ...parsed, target: null, unit: '' } : parsed;
    try {
      const saved = habit ? await habitsApi.update(habit.id, values) : await habitsApi.create(clientId, values);
      habitsChanged(queryClient, saved);
      toast.success(habit ? 'Habit saved' : `${saved.name} is on their Today`);
      onDone();
    } catch (error) {
      applyServerErrors(error, form.setError, FIELDS);
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
      {!habit && (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-muted">Quick start:</span>
          {PRESETS.map((preset) => (
            <Button
              key={preset.label}
              variant="secondary"
              size="sm"
              onClick={() => {
                for (const [key, value] of Object.entries(preset.value))
                  setValue(key as keyof SaveHabitInput, value as never, { shouldValidate: formState.isSubmitted });
              }}
            >
              {preset.label}
            </Button>
          ))}
        </div>
      )}
      <TextField label="Habit" placeholder="e.g. Drink water" maxLength={80} error={errors.name?.message} {...register('name')} />
      <Toggle
        legend="How it is ticked off"
        name="habit-kind"
        value={kind}
        options={[
          { value: 'yes_no', label: 'Yes / no' },
          { value: 'numeric', label: 'A number' },
        ]}
        onChange={(value) => setValue('kind', value, { shouldValidate: formState.isSubmitted })}
      />
      {kind === 'numeric' && (
        <div className="grid grid-cols-2 gap-3">
          <TextField
            label={frequency === 'daily' ? 'Target per day' : 'Target per week'}
            inputMode="decimal"
            autoComplete="off"
            error={errors.target?.message}
            {...register('target', { setValueAs: toNumber })}
          />
          <TextField
            label="Unit"
            optional
            placeholder="L, steps, hours"
            maxLength={16}
            error={errors.unit?.message}
            {...register('unit')}
          />
        </div>
      )}
      <Toggle
        legend="How often"
        name="habit-frequency"
        value={frequency}
        options={[
          { value: 'daily', label: 'Daily' },
          { value: 'weekly', label: 'Weekly' },
        ]}
        onChange={(value) => setValue('frequency', value, { shouldValidate: formState.isSubmitted })}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Starts" type="date" error={errors.startDate?.message} {...register('startDate')} />
        <TextField
          label="Ends"
          optional
          type="date"
          error={errors.endDate?.message}
          {...register('endDate', { setValueAs: (value: unknown) => (typeof value === 'string' && value ? value : null) })}
        />
      </div>
      <FormError message={errors.root?.server?.message} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" pending={formState.isSubmitting}>
          {habit ? 'Save habit' : 'Assign habit'}
        </Button>
      </div>
    </form>
  );
}

/** Assign a habit to a client, or change one: yes/no or a number with a target, daily or weekly, from/until. */
export function HabitDialog({
  open,
  onOpenChange,
  clientId,
  clientName,
  habit,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  clientId: string;
  clientName: string;
  habit?: Habit | undefined;
}) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={habit ? `Edit ${habit.name}` : `New habit for ${clientName}`}
      description={habit ? undefined : `${clientName} ticks it off from Today in one tap; you see the streak and how often it is met.`}
    >
      {open && <HabitForm clientId={clientId} habit={habit} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}
