import { zodResolver } from '@hookform/resolvers/zod';
import { MailCheck } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { ForgotPasswordSchema } from '../../../shared/auth';
import type { ForgotPasswordInput } from '../../../shared/auth';
import { applyServerErrors } from '../../lib/form-errors';
import { Button, buttonClass } from '../../ui/button';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { AuthLayout, linkClass } from './auth-layout';
import { authApi } from './queries';

export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<ForgotPasswordInput>({
    resolver: zodResolver(ForgotPasswordSchema),
    defaultValues: { email: '' },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await authApi.forgotPassword(values);
      setSentTo(values.email);
    } catch (error) {
      applyServerErrors(error, setError, ['email']);
    }
  });

  if (sentTo) {
    return (
      <AuthLayout title="Check your email" icon={<MailCheck />}>
        <div role="status" className="flex flex-col items-start gap-4">
          <p className="text-text">
            If that email has an account, a reset link is on its way to <strong className="break-all">{sentTo}</strong>. It works for one
            hour.
          </p>
          <p className="text-sm text-muted">Nothing after a few minutes? Check your spam folder, or try again.</p>
          <Link to="/sign-in" className={buttonClass('secondary', 'md', 'w-full')}>
            Back to sign in
          </Link>
        </div>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title="Reset your password"
      description="Enter the email you sign in with and we'll send you a link to choose a new password."
      footer={
        <Link to="/sign-in" className={linkClass}>
          Back to sign in
        </Link>
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
        <TextField label="Email" type="email" autoComplete="email" inputMode="email" error={errors.email?.message} {...register('email')} />
        <FormError message={errors.root?.server?.message} />
        <Button type="submit" size="lg" pending={isSubmitting}>
          Send reset link
        </Button>
      </form>
    </AuthLayout>
  );
}
