import { Controller } from 'react-hook-form';
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import {
  CreateExerciseSchema,
  EXERCISE_CATEGORIES,
  EXERCISE_EQUIPMENT,
  EXERCISE_FORCES,
  EXERCISE_LEVELS,
  EXERCISE_MECHANICS,
} from '../../../shared/exercises';
import { SelectField, TextField, TextareaField } from '../../ui/field';
import { CATEGORY_LABELS, EQUIPMENT_LABELS, LEVEL_LABELS, capitalise } from './labels';
import { MusclePicker } from './muscle-picker';

/** Instructions are typed one step per line; the API wants a list. */
export const CustomExerciseFormSchema = CreateExerciseSchema.omit({ instructions: true }).extend({
  instructionsText: z.string().max(20_000),
});
export type CustomExerciseFormInput = z.input<typeof CustomExerciseFormSchema>;
export type CustomExerciseFormOutput = z.output<typeof CustomExerciseFormSchema>;
type Form = UseFormReturn<CustomExerciseFormInput, unknown, CustomExerciseFormOutput>;

const emptyToNull = (value: string | null) => (value ? value : null);

export function CustomExerciseFields({ form }: { form: Form }) {
  const { register, control, formState } = form;
  const { errors } = formState;
  return (
    <div className="flex flex-col gap-4">
      <TextField label="Name" autoComplete="off" error={errors.name?.message} {...register('name')} />
      <div className="grid grid-cols-2 gap-3">
        <SelectField label="Category" error={errors.category?.message} {...register('category')}>
          {EXERCISE_CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {CATEGORY_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Equipment" optional error={errors.equipment?.message} {...register('equipment', { setValueAs: emptyToNull })}>
          <option value="">None</option>
          {EXERCISE_EQUIPMENT.map((value) => (
            <option key={value} value={value}>
              {EQUIPMENT_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Level" optional error={errors.level?.message} {...register('level', { setValueAs: emptyToNull })}>
          <option value="">Any</option>
          {EXERCISE_LEVELS.map((value) => (
            <option key={value} value={value}>
              {LEVEL_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Mechanics" optional error={errors.mechanic?.message} {...register('mechanic', { setValueAs: emptyToNull })}>
          <option value="">—</option>
          {EXERCISE_MECHANICS.map((value) => (
            <option key={value} value={value}>
              {capitalise(value)}
            </option>
          ))}
        </SelectField>
        <SelectField label="Force" optional error={errors.force?.message} {...register('force', { setValueAs: emptyToNull })}>
          <option value="">—</option>
          {EXERCISE_FORCES.map((value) => (
            <option key={value} value={value}>
              {capitalise(value)}
            </option>
          ))}
        </SelectField>
      </div>
      <Controller
        control={control}
        name="primaryMuscles"
        render={({ field }) => (
          <MusclePicker legend="Main muscles" value={field.value} onChange={field.onChange} error={errors.primaryMuscles?.message} />
        )}
      />
      <Controller
        control={control}
        name="secondaryMuscles"
        render={({ field }) => (
          <MusclePicker
            legend="Also works"
            optional
            value={field.value ?? []}
            onChange={field.onChange}
            error={errors.secondaryMuscles?.message}
          />
        )}
      />
      <TextareaField
        label="How to do it"
        optional
        rows={4}
        hint="One step per line."
        error={errors.instructionsText?.message}
        {...register('instructionsText')}
      />
      <TextareaField label="Your cues" optional rows={3} error={errors.cues?.message} {...register('cues')} />
      <TextField
        label="Video link"
        optional
        type="url"
        inputMode="url"
        placeholder="https://youtu.be/…"
        hint="YouTube and Vimeo links play right in the app."
        error={errors.videoUrl?.message}
        {...register('videoUrl', { setValueAs: (value: string | null) => (value?.trim() ? value.trim() : null) })}
      />
    </div>
  );
}
