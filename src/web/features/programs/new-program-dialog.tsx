import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { CreateProgramSchema, LIMITS } from '../../../shared/programs';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField, TextareaField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { TagsInput } from '../../ui/tags-input';
import { programsApi, programsChanged } from './queries';

type Input = z.input<typeof CreateProgramSchema>;
type Output = z.output<typeof CreateProgramSchema>;

/** Name it, say how many weeks: the builder opens on it. */
export function NewProgramDialog({
  open,
  onOpenChange,
  tagSuggestions,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  tagSuggestions: string[];
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { register, control, handleSubmit, setError, formState, reset } = useForm<Input, unknown, Output>({
    resolver: zodResolver(CreateProgramSchema),
    defaultValues: { name: '', description: '', tags: [], weeks: 4 },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit(async (values) => {
    try {
      const program = await programsApi.create(values);
      programsChanged(queryClient, program);
      reset();
      onOpenChange(false);
      void navigate(`/programs/${program.id}`);
    } catch (error) {
      applyServerErrors(error, setError, ['name', 'description', 'tags', 'weeks']);
    }
  });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="New program"
      description="You'll add workouts next; you can change all of this later."
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-5">
        <TextField
          label="Name"
          autoComplete="off"
          placeholder="e.g. Strength foundations"
          error={errors.name?.message}
          {...register('name')}
        />
        <TextField
          label="Weeks"
          type="number"
          inputMode="numeric"
          min={1}
          max={LIMITS.weeks}
          className="w-28"
          error={errors.weeks?.message}
          {...register('weeks', { valueAsNumber: true })}
        />
        <TextareaField label="Description" optional rows={2} error={errors.description?.message} {...register('description')} />
        <Controller
          control={control}
          name="tags"
          render={({ field }) => (
            <TagsInput
              label="Tags"
              value={field.value ?? []}
              onChange={field.onChange}
              suggestions={tagSuggestions}
              error={errors.tags?.message}
              hint="e.g. beginner, hypertrophy. Press Enter to add."
            />
          )}
        />
        <FormError message={errors.root?.server?.message} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" pending={formState.isSubmitting}>
            Create program
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
