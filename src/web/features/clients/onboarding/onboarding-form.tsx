import { zodResolver } from '@hookform/resolvers/zod';
import { ArrowLeft } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { FieldErrors } from 'react-hook-form';
import { OnboardingSchema } from '../../../../shared/clients';
import { applyServerErrors } from '../../../lib/form-errors';
import { Button } from '../../../ui/button';
import { cn } from '../../../ui/cn';
import { FormError } from '../../../ui/notice';
import type { OnboardingOutput, OnboardingValues } from './onboarding-types';
import { HealthStep } from './step-health';
import { BodyStep } from './step-body';
import { EquipmentStep, ExperienceStep, GoalsStep, InjuriesStep } from './steps-training';

const STEPS = [
  { title: 'Goals', fields: ['goals', 'goalNote'], Component: GoalsStep },
  { title: 'Experience', fields: ['experience', 'daysPerWeek'], Component: ExperienceStep },
  { title: 'Equipment', fields: ['equipment'], Component: EquipmentStep },
  { title: 'Injuries', fields: ['injuries'], Component: InjuriesStep },
  { title: 'About you', fields: ['units', 'heightCm', 'dateOfBirth', 'timeZone'], Component: BodyStep },
  { title: 'Health', fields: ['health', 'healthNote', 'waiverAccepted'], Component: HealthStep },
] as const;

const ALL_FIELDS = STEPS.flatMap((step) => step.fields as readonly string[]);

const stepOf = (path: string) => {
  const top = path.split('.')[0] ?? path;
  const index = STEPS.findIndex((step) => (step.fields as readonly string[]).includes(top));
  return index === -1 ? null : index;
};

function StepChips({ step, onPick }: { step: number; onPick: (index: number) => void }) {
  return (
    <nav aria-label="Sections" className="-mx-4 overflow-x-auto px-4">
      <ul className="flex gap-1.5">
        {STEPS.map((item, index) => (
          <li key={item.title}>
            <button
              type="button"
              aria-current={index === step ? 'step' : undefined}
              onClick={() => onPick(index)}
              className={cn(
                'h-9 shrink-0 rounded-full border px-3 text-sm whitespace-nowrap',
                index === step
                  ? 'border-accent bg-accent-soft font-medium text-accent-text'
                  : 'border-line bg-surface text-muted hover:text-text',
              )}
            >
              {item.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type OnboardingFormProps = {
  defaultValues: Partial<OnboardingValues>;
  submitLabel: string;
  onSave: (values: OnboardingOutput) => Promise<void>;
  /**
   * first-time: Back/Next through every step. edit: jump to any step and save from anywhere;
   * it sits inside the client shell, so the buttons stay above the bottom navigation.
   */
  mode?: 'first-time' | 'edit';
};

/** One form across all steps, so answers survive Back and Next; each step is checked before moving on. */
export function OnboardingForm({ defaultValues, submitLabel, onSave, mode = 'first-time' }: OnboardingFormProps) {
  const form = useForm<OnboardingValues, unknown, OnboardingOutput>({
    resolver: zodResolver(OnboardingSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const [step, setStep] = useState(0);
  const moved = useRef(false);
  const current = STEPS[step] ?? STEPS[0];
  const editing = mode === 'edit';
  const isLast = step === STEPS.length - 1;
  const submitsHere = isLast || editing;

  // After moving between steps, start at the top with focus on the new question.
  useEffect(() => {
    if (!moved.current) return;
    window.scrollTo({ top: 0 });
    document.getElementById('step-heading')?.focus();
  }, [step]);

  const go = (next: number) => {
    moved.current = true;
    setStep(Math.max(0, Math.min(STEPS.length - 1, next)));
  };

  const next = async () => {
    const ok = await form.trigger(current.fields, { shouldFocus: true });
    if (ok) go(step + 1);
  };

  const onInvalid = (errors: FieldErrors<OnboardingValues>) => {
    const first = Object.keys(errors)
      .map(stepOf)
      .find((index) => index !== null);
    if (first !== undefined && first !== null && first !== step) go(first);
  };

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSave(values);
    } catch (error) {
      applyServerErrors(error, form.setError, ALL_FIELDS);
      const path = (error as { fields?: Array<{ path: string }> }).fields?.[0]?.path;
      const index = path ? stepOf(path) : null;
      if (index !== null && index !== step) go(index);
    }
  }, onInvalid);

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (submitsHere) void submit(event);
          else void next();
        }}
        className="flex flex-1 flex-col"
        aria-labelledby="step-heading"
      >
        <div className="mb-6 flex flex-col gap-2">
          <p className={editing ? 'sr-only' : 'text-sm text-muted'} aria-live="polite">
            Step {step + 1} of {STEPS.length} · {current.title}
          </p>
          {editing ? (
            <StepChips step={step} onPick={go} />
          ) : (
            <div aria-hidden className="grid gap-1" style={{ gridTemplateColumns: `repeat(${STEPS.length}, minmax(0, 1fr))` }}>
              {STEPS.map((item, index) => (
                <div key={item.title} className={index <= step ? 'h-1.5 rounded-full bg-accent' : 'h-1.5 rounded-full bg-line'} />
              ))}
            </div>
          )}
        </div>

        <div className="flex-1 pb-4">
          <current.Component />
        </div>

        <div
          className={`sticky ${editing ? 'bottom-16' : 'bottom-0'} -mx-4 mt-4 flex flex-col gap-3 border-t border-line bg-bg px-4 pt-3 pb-[max(1rem,env(safe-area-inset-bottom))] sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0`}
        >
          <FormError message={form.formState.errors.root?.server?.message} />
          <div className="flex gap-3">
            {step > 0 && !editing && (
              <Button variant="secondary" size="lg" onClick={() => go(step - 1)} icon={<ArrowLeft aria-hidden className="size-4" />}>
                Back
              </Button>
            )}
            <Button type="submit" size="lg" className="flex-1" pending={submitsHere && form.formState.isSubmitting}>
              {submitsHere ? submitLabel : 'Next'}
            </Button>
          </div>
        </div>
      </form>
    </FormProvider>
  );
}
