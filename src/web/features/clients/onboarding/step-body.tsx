import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { UNITS } from '../../../../shared/clients';
import { cn } from '../../../ui/cn';
import { SelectField, TextField } from '../../../ui/field';
import { StepHeading } from './choice';
import { HeightField } from './height-field';
import { friendlyError, useOnboardingForm } from './onboarding-types';

const UNIT_LABELS = { kg: 'Kilograms (kg)', lb: 'Pounds (lb)' } as const;

function useTimeZones(current: string | undefined): string[] {
  return useMemo(() => {
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    return current && !zones.includes(current) ? [current, ...zones] : zones;
  }, [current]);
}

/** Latest allowed birth date: the schema wants people at least 10 years old. */
const latestBirthDate = () => {
  const date = new Date();
  date.setFullYear(date.getFullYear() - 10);
  return date.toISOString().slice(0, 10);
};

export function BodyStep() {
  const { register, control, formState, watch } = useOnboardingForm();
  const { errors } = formState;
  const units = watch('units');
  const timeZone = watch('timeZone');
  const zones = useTimeZones(timeZone);
  return (
    <>
      <StepHeading id="step-heading" title="About you" why="For your targets, charts and reminders. Only you and your coach see this." />
      <div className="flex flex-col gap-5">
        <fieldset>
          <legend className="mb-1.5 text-sm font-medium text-text">Units for weights</legend>
          <div className="grid grid-cols-2 gap-2">
            {UNITS.map((unit) => (
              <label
                key={unit}
                className={cn(
                  'flex h-11 cursor-pointer items-center justify-center rounded-md border text-sm font-medium',
                  'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
                  units === unit ? 'border-accent bg-accent-soft text-accent-text' : 'border-line-strong bg-surface text-text',
                )}
              >
                <input type="radio" value={unit} className="sr-only" {...register('units')} />
                {UNIT_LABELS[unit]}
              </label>
            ))}
          </div>
        </fieldset>
        <Controller
          control={control}
          name="heightCm"
          render={({ field, fieldState }) => (
            <HeightField
              key={units}
              units={units}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error}
              inputRef={field.ref}
            />
          )}
        />
        <TextField
          label="Date of birth"
          type="date"
          min="1900-01-01"
          max={latestBirthDate()}
          error={friendlyError(errors.dateOfBirth, 'Enter your date of birth')}
          {...register('dateOfBirth', { setValueAs: (value: string) => (value ? value : undefined) })}
        />
        <SelectField
          label="Time zone"
          hint="We found this from your device. Your day, reminders and check-ins follow it."
          error={errors.timeZone?.message}
          {...register('timeZone')}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </SelectField>
      </div>
    </>
  );
}
