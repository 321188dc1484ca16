import { Lock } from 'lucide-react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { Plan } from '../../../shared/billing';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { linkClass } from '../auth/auth-layout';
import { priceLine } from './plan-copy';
import { publicPlansApi } from './queries';

type Prospect = { name: string; email: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function StartForm({ plan }: { plan: Plan }) {
  const { register, handleSubmit, formState, setError } = useForm<Prospect>({ defaultValues: { name: '', email: '' } });
  const { errors, isSubmitting, isSubmitSuccessful } = formState;
  const onSubmit = handleSubmit(async (values) => {
    try {
      const { url } = await publicPlansApi.checkout(plan.id, { name: values.name.trim(), email: values.email.trim() });
      // Stripe's hosted page; it comes back to /plans/welcome once paid (or /plans if cancelled).
      window.location.assign(url);
    } catch (error) {
      applyServerErrors(error, setError, ['name', 'email']);
    }
  });
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
      <TextField
        label="Your name"
        autoComplete="name"
        error={errors.name?.message}
        {...register('name', { validate: (value) => value.trim().length > 0 || 'Enter your name' })}
      />
      <TextField
        label="Email"
        type="email"
        inputMode="email"
        autoComplete="email"
        hint="Your invitation to the app goes here."
        error={errors.email?.message}
        {...register('email', { validate: (value) => EMAIL.test(value.trim()) || 'Enter a valid email' })}
      />
      <FormError message={errors.root?.server?.message} />
      <Button type="submit" size="lg" pending={isSubmitting || isSubmitSuccessful}>
        Continue to payment
      </Button>
      <p className="flex items-start justify-center gap-1.5 text-center text-xs text-muted">
        <Lock aria-hidden className="mt-0.5 size-3 shrink-0" />
        Secure payment with Stripe. Right after, you choose your password.
      </p>
      <p className="text-center text-sm text-muted">
        Already a client?{' '}
        <Link to="/sign-in" className={linkClass}>
          Sign in
        </Link>
      </p>
    </form>
  );
}

/** Name and email, then off to Stripe Checkout. */
export function StartDialog({ plan, onClose }: { plan: Plan | null; onClose: () => void }) {
  return (
    <Dialog
      open={plan !== null}
      onOpenChange={(open) => !open && onClose()}
      size="sm"
      title={plan ? `Start ${plan.name}` : 'Start'}
      description={
        plan
          ? plan.trialDays > 0 && plan.interval !== 'one_off'
            ? `${plan.trialDays} days free, then ${priceLine(plan)}.`
            : priceLine(plan)
          : undefined
      }
    >
      {plan && <StartForm key={plan.id} plan={plan} />}
    </Dialog>
  );
}
