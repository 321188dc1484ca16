import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SignInSchema } from '../../../shared/auth';
import type { SignInInput } from '../../../shared/auth';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { PasswordField } from '../../ui/password-field';
import { AuthLayout, linkClass } from './auth-layout';
import { authApi, homePath, safeNext, startSession } from './queries';

export function SignInPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { register, handleSubmit, formState, setError } = useForm<SignInInput>({
    resolver: zodResolver(SignInSchema),
    defaultValues: { email: params.get('email') ?? '', password: '' },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    try {
      const viewer = await authApi.signIn(values);
      startSession(queryClient, viewer);
      if (viewer.user) await navigate(safeNext(params.get('next')) ?? homePath(viewer.user), { replace: true });
    } catch (error) {
      applyServerErrors(error, setError, ['email', 'password']);
    }
  });

  return (
    <AuthLayout
      title="Sign in"
      description="Welcome back."
      footer={
        <>
          New here? Your coach sends you an invitation link by email. ·{' '}
          <Link to="/privacy" className="underline">
            Privacy
          </Link>
        </>
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          inputMode="email"
          error={errors.email?.message}
          {...register('email')}
        />
        <PasswordField autoComplete="current-password" error={errors.password?.message} {...register('password')} />
        <div className="-mt-1 text-sm">
          <Link to="/forgot-password" className={linkClass}>
            Forgot your password?
          </Link>
        </div>
        <FormError message={errors.root?.server?.message} />
        <Button type="submit" size="lg" pending={isSubmitting}>
          Sign in
        </Button>
      </form>
    </AuthLayout>
  );
}
