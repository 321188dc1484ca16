import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { PAUSE_REASONS, PauseClientSchema } from '../../../shared/clients';
import type { Client, PauseClientInput } from '../../../shared/clients';
import type { z } from 'zod';
import { todayIso } from '../../lib/dates';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField, TextareaField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { cn } from '../../ui/cn';
import { PAUSE_REASON_LABELS } from './labels';
import { clientChanged, clientsApi } from './queries';

type PauseOutput = z.output<typeof PauseClientSchema>;
type PauseProps = { client: Client; open: boolean; onOpenChange: (open: boolean) => void };

export function PauseClientDialog({ client, open, onOpenChange }: PauseProps) {
  const queryClient = useQueryClient();
  const { register, handleSubmit, setError, formState, watch } = useForm<PauseClientInput, unknown, PauseOutput>({
    resolver: zodResolver(PauseClientSchema),
    defaultValues: { reason: 'vacation', note: '', until: null },
  });
  const { errors, isSubmitting } = formState;
  const reason = watch('reason');
  const first = client.name.split(' ')[0] ?? client.name;

  const onSubmit = handleSubmit(async (values) => {
    try {
      const updated = await clientsApi.pause(client.id, values);
      clientChanged(queryClient, updated);
      toast.success(`${first} is paused`);
      onOpenChange(false);
    } catch (error) {
      applyServerErrors(error, setError, ['reason', 'note', 'until']);
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Pause ${first}`}
      description="While paused, their schedule, reminders and compliance stop counting. Resume any time."
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-5">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1.5 text-sm font-medium text-text">Reason</legend>
          <div className="grid grid-cols-2 gap-2">
            {PAUSE_REASONS.map((value) => (
              <label
                key={value}
                className={cn(
                  'flex h-11 cursor-pointer items-center gap-2 rounded-md border px-3 text-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
                  reason === value ? 'border-accent bg-accent-soft font-medium text-accent-text' : 'border-line-strong text-text',
                )}
              >
                <input type="radio" value={value} className="sr-only" {...register('reason')} />
                {PAUSE_REASON_LABELS[value]}
              </label>
            ))}
          </div>
        </fieldset>
        <TextareaField
          label="Note"
          optional
          hint="For you, e.g. “Knee surgery, back in March”."
          error={errors.note?.message}
          {...register('note')}
        />
        <TextField
          label="Back on"
          type="date"
          optional
          min={todayIso()}
          hint="They become active again on this day, by themselves. Leave empty if you don't know yet."
          error={errors.until?.message}
          {...register('until', { setValueAs: (value: string | null) => (value ? value : null) })}
        />
        <FormError message={errors.root?.server?.message} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" pending={isSubmitting}>
            Pause client
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
