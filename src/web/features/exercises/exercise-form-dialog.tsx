import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { UpdateExerciseSchema } from '../../../shared/exercises';
import type { Exercise } from '../../../shared/exercises';
import { ApiError, isApiError } from '../../lib/api';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField, TextareaField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { CustomExerciseFields, CustomExerciseFormSchema } from './custom-exercise-fields';
import type { CustomExerciseFormInput, CustomExerciseFormOutput } from './custom-exercise-fields';
import { exerciseChanged, exerciseName, exercisesApi } from './queries';

const CUSTOM_FIELDS = [
  'name',
  'category',
  'level',
  'force',
  'mechanic',
  'equipment',
  'primaryMuscles',
  'secondaryMuscles',
  'cues',
  'videoUrl',
];

const CustomiseSchema = UpdateExerciseSchema.pick({ alias: true, cues: true, videoUrl: true });
type CustomiseInput = z.input<typeof CustomiseSchema>;
type CustomiseOutput = z.output<typeof CustomiseSchema>;

type DialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Editing this one; creating a new one when absent. */
  exercise?: Exercise;
  initialName?: string;
  onSaved?: (exercise: Exercise) => void;
};

/** The server names `instructions.3`; the form has one text area for them all. */
const onInstructions = (error: unknown) =>
  isApiError(error)
    ? new ApiError({
        ...error,
        message: error.message,
        fields: error.fields.map((field) => (field.path.startsWith('instructions') ? { ...field, path: 'instructionsText' } : field)),
      })
    : error;

const toLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function CustomExerciseForm({
  exercise,
  initialName = '',
  onSaved,
  onCancel,
}: Omit<DialogProps, 'open' | 'onOpenChange'> & { onCancel: () => void }) {
  const queryClient = useQueryClient();
  const form = useForm<CustomExerciseFormInput, unknown, CustomExerciseFormOutput>({
    resolver: zodResolver(CustomExerciseFormSchema),
    defaultValues: exercise
      ? { ...exercise, instructionsText: exercise.instructions.join('\n') }
      : {
          name: initialName,
          category: 'strength',
          level: null,
          force: null,
          mechanic: null,
          equipment: null,
          primaryMuscles: [],
          secondaryMuscles: [],
          cues: '',
          videoUrl: null,
          instructionsText: '',
        },
  });
  const onSubmit = form.handleSubmit(async ({ instructionsText, ...values }) => {
    const input = { ...values, instructions: toLines(instructionsText) };
    try {
      const saved = exercise ? await exercisesApi.update(exercise.id, input) : await exercisesApi.create(input);
      exerciseChanged(queryClient, saved);
      toast.success(exercise ? 'Saved' : `${saved.name} is in your library`);
      onSaved?.(saved);
    } catch (error) {
      applyServerErrors(onInstructions(error), form.setError, [...CUSTOM_FIELDS, 'instructionsText']);
    }
  });
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-5">
      <CustomExerciseFields form={form} />
      <FormError message={form.formState.errors.root?.server?.message} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" pending={form.formState.isSubmitting}>
          {exercise ? 'Save changes' : 'Add exercise'}
        </Button>
      </div>
    </form>
  );
}

function CustomiseForm({
  exercise,
  onSaved,
  onCancel,
}: {
  exercise: Exercise;
  onSaved?: (exercise: Exercise) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const { register, handleSubmit, setError, formState } = useForm<CustomiseInput, unknown, CustomiseOutput>({
    resolver: zodResolver(CustomiseSchema),
    defaultValues: { alias: exercise.alias, cues: exercise.cues, videoUrl: exercise.videoUrl },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await exercisesApi.update(exercise.id, values);
      exerciseChanged(queryClient, saved);
      toast.success('Saved');
      onSaved?.(saved);
    } catch (error) {
      applyServerErrors(error, setError, ['alias', 'cues', 'videoUrl']);
    }
  });
  const emptyToNull = (value: string | null) => (value?.trim() ? value : null);
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-5">
      <TextField
        label="Your name for it"
        optional
        placeholder={exercise.name}
        hint="Shown to you and your clients instead of the library name; both are searchable."
        error={errors.alias?.message}
        {...register('alias', { setValueAs: emptyToNull })}
      />
      <TextareaField label="Your cues" optional rows={4} error={errors.cues?.message} {...register('cues')} />
      <TextField
        label="Video link"
        optional
        type="url"
        inputMode="url"
        placeholder="https://youtu.be/…"
        hint="YouTube and Vimeo links play right in the app."
        error={errors.videoUrl?.message}
        {...register('videoUrl', { setValueAs: emptyToNull })}
      />
      <FormError message={errors.root?.server?.message} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" pending={formState.isSubmitting}>
          Save changes
        </Button>
      </div>
    </form>
  );
}

/** New custom exercise, edit a custom one, or customise a built-in (alias, cues and video only). */
export function ExerciseFormDialog({ open, onOpenChange, exercise, initialName, onSaved }: DialogProps) {
  const close = () => onOpenChange(false);
  const saved = (result: Exercise) => {
    close();
    onSaved?.(result);
  };
  const title = !exercise ? 'New exercise' : exercise.isCustom ? `Edit ${exerciseName(exercise)}` : `Customise ${exercise.name}`;
  const description =
    exercise && !exercise.isCustom ? 'The library entry stays as shipped; your name, cues and video sit on top.' : undefined;
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} description={description}>
      {open &&
        (exercise && !exercise.isCustom ? (
          <CustomiseForm exercise={exercise} onSaved={saved} onCancel={close} />
        ) : (
          <CustomExerciseForm exercise={exercise} initialName={initialName} onSaved={saved} onCancel={close} />
        ))}
    </Dialog>
  );
}
