import { zodResolver } from '@hookform/resolvers/zod';
import { ArrowLeft } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { FieldErrors } from 'react-hook-form';
import { OnboardingSchema } from '../../../../shared/clients';
import { applyServerErrors } from '../../../lib/form-errors';
import { Button } from '../../../ui/button';
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

type OnboardingFormProps = {
  defaultValues: Partial<OnboardingValues>;
  submitLabel: string;
  onSave: (values: OnboardingOutput) => Promise<void>;
  /** Inside the client shell the bottom navigation sits below; keep Back/Next above it. */
  aboveBottomNav?: boolean;
};

/** One form across all steps, so answers survive Back and Next; each step is checked before moving on. */
export function OnboardingForm({ defaultValues, submitLabel, onSave, aboveBottomNav = false }: OnboardingFormProps) {
  const form = useForm<OnboardingValues, unknown, OnboardingOutput>({
    resolver: zodResolver(OnboardingSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const [step, setStep] = useState(0);
  const moved = useRef(false);
  const current = STEPS[step] ?? STEPS[0];
  const isLast = step === STEPS.length - 1;

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
    const ok = await form.trigger(current.fields as unknown as Parameters<typeof form.trigger>[0], { shouldFocus: true });
    if (ok) go(step + 1);
  };

  const onInvalid = (errors: FieldErrors<OnboardingValues>) => {
    const first = Object.keys(errors).map(stepOf).find((index) => index !== null);
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
          if (isLast) void submit(event);
          else void next();
        }}
        className="flex flex-1 flex-col"
        aria-labelledby="step-heading"
      >
        <div className="mb-6 flex flex-col gap-2">
          <p className="text-sm text-muted" aria-live="polite">
            Step {step + 1} of {STEPS.length} · {current.title}
          </p>
          <div aria-hidden className="grid gap-1" style={{ gridTemplateColumns: `repeat(${STEPS.length}, minmax(0, 1fr))` }}>
            {STEPS.map((item, index) => (
              <div key={item.title} className={index <= step ? 'h-1.5 rounded-full bg-accent' : 'h-1.5 rounded-full bg-surface-muted'} />
            ))}
          </div>
        </div>

        <div className="flex-1 pb-4">
          <current.Component />
        </div>

        <div className={`sticky ${aboveBottomNav ? 'bottom-16' : 'bottom-0'} -mx-4 mt-4 flex flex-col gap-3 border-t border-line bg-bg px-4 pt-3 pb-[max(1rem,env(safe-area-inset-bottom))] sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0`}>
          <FormError message={form.formState.errors.root?.server?.message} />
          <div className="flex gap-3">
            {step > 0 && (
              <Button variant="secondary" size="lg" onClick={() => go(step - 1)} icon={<ArrowLeft aria-hidden className="size-4" />}>
                Back
              </Button>
            )}
            <Button type="submit" size="lg" className="flex-1" pending={isLast && form.formState.isSubmitting}>
              {isLast ? submitLabel : 'Next'}
            </Button>
          </div>
        </div>
      </form>
    </FormProvider>
  );
}
