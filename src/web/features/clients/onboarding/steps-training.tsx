import { Controller } from 'react-hook-form';
import { EQUIPMENT, EXPERIENCE_LEVELS, GOALS } from '../../../../shared/clients';
import { cn } from '../../../ui/cn';
import { TextareaField } from '../../../ui/field';
import { EQUIPMENT_LABELS, EXPERIENCE_LABELS, GOAL_LABELS } from '../labels';
import { ChoiceCard, GroupError, StepHeading } from './choice';
import { friendlyError, useOnboardingForm } from './onboarding-types';

export function GoalsStep() {
  const { register, formState } = useOnboardingForm();
  const error = formState.errors.goals?.message;
  return (
    <>
      <StepHeading
        id="step-heading"
        title="What do you want from training?"
        why="Pick as many as fit. Your coach builds your plan around these."
      />
      <fieldset aria-describedby={error ? 'goals-error' : undefined}>
        <legend className="sr-only">Your goals</legend>
        <GroupError id="goals-error" message={error} />
        <div className="grid gap-2 sm:grid-cols-2">
          {GOALS.map((goal) => (
            <ChoiceCard key={goal} type="checkbox" value={goal} label={GOAL_LABELS[goal]} {...register('goals')} />
          ))}
        </div>
      </fieldset>
      <TextareaField
        wrapperClassName="mt-5"
        label="Anything specific?"
        optional
        placeholder="e.g. Run a half marathon in October, or feel strong enough to carry my kids"
        error={formState.errors.goalNote?.message}
        {...register('goalNote')}
      />
    </>
  );
}

export function ExperienceStep() {
  const { register, control, formState } = useOnboardingForm();
  const experienceError = friendlyError(formState.errors.experience, 'Pick the one closest to you');
  const daysError = friendlyError(formState.errors.daysPerWeek, 'Pick how many days suit you');
  return (
    <>
      <StepHeading id="step-heading" title="Your training so far" why="So your first weeks are challenging but not crushing." />
      <fieldset aria-describedby={experienceError ? 'experience-error' : undefined}>
        <legend className="mb-2 text-sm font-medium text-text">How much have you trained?</legend>
        <GroupError id="experience-error" message={experienceError} />
        <div className="flex flex-col gap-2">
          {EXPERIENCE_LEVELS.map((level) => (
            <ChoiceCard
              key={level}
              type="radio"
              value={level}
              label={EXPERIENCE_LABELS[level].label}
              description={EXPERIENCE_LABELS[level].description}
              {...register('experience')}
            />
          ))}
        </div>
      </fieldset>
      <Controller
        control={control}
        name="daysPerWeek"
        render={({ field }) => (
          <fieldset className="mt-6" aria-describedby={daysError ? 'days-error' : undefined}>
            <legend className="mb-2 text-sm font-medium text-text">How many days a week can you train?</legend>
            <GroupError id="days-error" message={daysError} />
            <div className="grid grid-cols-7 gap-1.5">
              {[1, 2, 3, 4, 5, 6, 7].map((days) => (
                <label
                  key={days}
                  className={cn(
                    'flex h-12 cursor-pointer items-center justify-center rounded-md border text-base font-medium',
                    'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
                    field.value === days ? 'border-accent bg-accent text-accent-fg' : 'border-line-strong bg-surface text-text',
                  )}
                >
                  <input
                    ref={days === 1 ? field.ref : undefined}
                    type="radio"
                    name="daysPerWeek"
                    value={days}
                    checked={field.value === days}
                    onChange={() => field.onChange(days)}
                    onBlur={field.onBlur}
                    className="sr-only"
                    aria-label={days === 1 ? '1 day' : `${days} days`}
                  />
                  {days}
                </label>
              ))}
            </div>
          </fieldset>
        )}
      />
    </>
  );
}

export function EquipmentStep() {
  const { register, formState } = useOnboardingForm();
  const error = formState.errors.equipment?.message;
  return (
    <>
      <StepHeading id="step-heading" title="What can you train with?" why="Tick everything you have access to, at a gym or at home." />
      <fieldset aria-describedby={error ? 'equipment-error' : undefined}>
        <legend className="sr-only">Equipment</legend>
        <GroupError id="equipment-error" message={error} />
        <div className="grid gap-2 sm:grid-cols-2">
          {EQUIPMENT.map((item) => (
            <ChoiceCard key={item} type="checkbox" value={item} label={EQUIPMENT_LABELS[item]} {...register('equipment')} />
          ))}
        </div>
      </fieldset>
    </>
  );
}

export function InjuriesStep() {
  const { register, formState } = useOnboardingForm();
  return (
    <>
      <StepHeading
        id="step-heading"
        title="Anything to work around?"
        why="Old injuries, aches, surgeries, or movements that don't feel right. Your coach plans around them."
      />
      <TextareaField
        label="Injuries and limitations"
        optional
        rows={5}
        placeholder="e.g. Left knee twinges on deep squats; shoulder surgery in 2021"
        hint="Nothing comes to mind? Leave it empty."
        error={formState.errors.injuries?.message}
        {...register('injuries')}
      />
    </>
  );
}
