import { Controller } from 'react-hook-form';
import { HEALTH_QUESTIONS, WAIVER_VERSION } from '../../../../shared/clients';
import { cn } from '../../../ui/cn';
import { TextareaField } from '../../../ui/field';
import { Notice } from '../../../ui/notice';
import { GroupError, StepHeading } from './choice';
import { useOnboardingForm } from './onboarding-types';

const optionClass = (selected: boolean, tone: 'yes' | 'no') =>
  cn(
    'flex h-11 min-w-16 flex-1 cursor-pointer items-center justify-center rounded-md border text-sm font-medium',
    'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
    !selected && 'border-line-strong bg-surface text-text',
    selected && tone === 'no' && 'border-accent bg-accent-soft text-accent-text',
    selected && tone === 'yes' && 'border-warning bg-warning-soft text-warning',
  );

function YesNo({ index }: { index: number }) {
  const { control } = useOnboardingForm();
  const question = HEALTH_QUESTIONS[index];
  if (!question) return null;
  const name = `health.${question.key}` as const;
  const errorId = `health-${question.key}-error`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <fieldset
          className="flex flex-col gap-2 border-b border-line py-4 last:border-b-0"
          aria-describedby={fieldState.error ? errorId : undefined}
        >
          <legend className="sr-only">{question.text}</legend>
          <p aria-hidden className="text-base text-text">
            {question.text}
          </p>
          <GroupError id={errorId} message={fieldState.error ? 'Choose yes or no' : undefined} />
          <div className="flex gap-2">
            {([false, true] as const).map((answer) => (
              <label key={String(answer)} className={optionClass(field.value === answer, answer ? 'yes' : 'no')}>
                <input
                  ref={answer === false ? field.ref : undefined}
                  type="radio"
                  name={name}
                  className="sr-only"
                  checked={field.value === answer}
                  onChange={() => field.onChange(answer)}
                  onBlur={field.onBlur}
                />
                {answer ? 'Yes' : 'No'}
              </label>
            ))}
          </div>
        </fieldset>
      )}
    />
  );
}

export function HealthStep() {
  const { register, formState, watch } = useOnboardingForm();
  const health = watch('health');
  const anyYes = Object.values(health ?? {}).some((answer) => answer === true);
  const waiverError = formState.errors.waiverAccepted?.message;
  return (
    <>
      <StepHeading
        id="step-heading"
        title="A quick health check"
        why="Standard questions every good coach asks before training starts. Your answers stay between you and your coach."
      />
      <div className="flex flex-col">
        {HEALTH_QUESTIONS.map((question, index) => (
          <YesNo key={question.key} index={index} />
        ))}
      </div>
      {anyYes && (
        <Notice tone="warning" className="mt-2">
          Thanks for telling us. Your coach will talk it through with you before you train hard, and checking with your doctor is a good
          idea too.
        </Notice>
      )}
      <TextareaField
        wrapperClassName="mt-5"
        label="Anything else about your health?"
        optional
        placeholder="e.g. Asthma, well controlled with an inhaler"
        error={formState.errors.healthNote?.message}
        {...register('healthNote')}
      />
      <section aria-labelledby="waiver-heading" className="mt-6 rounded-lg border border-line bg-surface-muted p-4">
        <h3 id="waiver-heading" className="text-base font-semibold text-text">
          Waiver
        </h3>
        <p className="mt-2 text-sm text-muted">
          Exercise carries some risk of injury. I confirm my answers are true to the best of my knowledge, I'll tell my coach about any
          change in my health, and I take part at my own risk. My coach's guidance doesn't replace advice from a doctor.
        </p>
        <p className="mt-1 text-xs text-muted">Version {WAIVER_VERSION}</p>
        <label className="mt-3 flex min-h-11 cursor-pointer items-center gap-3">
          <input
            type="checkbox"
            className="size-5 shrink-0"
            aria-describedby={waiverError ? 'waiver-error' : undefined}
            aria-invalid={waiverError ? true : undefined}
            {...register('waiverAccepted')}
          />
          <span className="text-text">I've read and accept the waiver</span>
        </label>
        <GroupError id="waiver-error" message={waiverError} />
      </section>
    </>
  );
}
