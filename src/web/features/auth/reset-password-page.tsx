import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { toast } from 'sonner';
import { ResetPasswordSchema } from '../../../shared/auth';
import type { ResetPasswordInput } from '../../../shared/auth';
import { applyServerErrors } from '../../lib/form-errors';
import { Button, buttonClass } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { PasswordField } from '../../ui/password-field';
import { AuthLayout, linkClass } from './auth-layout';
import { authApi } from './queries';

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<ResetPasswordInput>({
    resolver: zodResolver(ResetPasswordSchema),
    defaultValues: { token, password: '' },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await authApi.resetPassword(values);
      toast.success('Password changed. Sign in with your new one.');
      await navigate('/sign-in', { replace: true });
    } catch (error) {
      applyServerErrors(error, setError, ['password']);
    }
  });

  if (!token && params.get('error')) {
    return (
      <AuthLayout title="This reset link has expired">
        <div className="flex flex-col gap-4">
          <p className="text-text">Reset links work once, for one hour. Ask for a fresh one and use the newest email.</p>
          <Link to="/forgot-password" className={buttonClass('primary', 'lg', 'w-full')}>
            Send me a new link
          </Link>
        </div>
      </AuthLayout>
    );
  }

  if (!token) {
    return (
      <AuthLayout title="This link is incomplete">
        <div className="flex flex-col gap-4">
          <p className="text-text">The reset link is missing its code. Open it straight from the email, or ask for a new one.</p>
          <Link to="/forgot-password" className={buttonClass('primary', 'lg', 'w-full')}>
            Send me a new link
          </Link>
        </div>
      </AuthLayout>
    );
  }

  const serverError = errors.root?.server?.message ?? errors.token?.message;
  return (
    <AuthLayout
      title="Choose a new password"
      footer={
        <Link to="/sign-in" className={linkClass}>
          Back to sign in
        </Link>
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
        <input type="hidden" {...register('token')} />
        <PasswordField
          label="New password"
          autoComplete="new-password"
          hint="At least 10 characters."
          error={errors.password?.message}
          {...register('password')}
        />
        {serverError && (
          <Notice tone="danger">
            {serverError}{' '}
            <Link to="/forgot-password" className={linkClass}>
              Get a new link
            </Link>
          </Notice>
        )}
        <Button type="submit" size="lg" pending={isSubmitting}>
          Save new password
        </Button>
      </form>
    </AuthLayout>
  );
}
