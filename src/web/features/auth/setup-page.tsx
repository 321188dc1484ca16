import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { z } from 'zod';
import { SetupSchema } from '../../../shared/auth';
import type { SetupInput } from '../../../shared/auth';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { PasswordField } from '../../ui/password-field';
import { AuthLayout } from './auth-layout';
import { authApi, setupStatusQuery, startSession } from './queries';

const WithTokenSchema = SetupSchema.extend({
  setupToken: z.string().trim().min(1, 'Enter the setup token printed in the server log').max(200),
});

export function SetupPage() {
  const { data: status } = useQuery(setupStatusQuery());
  const tokenRequired = status?.tokenRequired ?? false;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<SetupInput>({
    resolver: zodResolver(tokenRequired ? WithTokenSchema : SetupSchema),
    defaultValues: { name: '', email: '', password: '', setupToken: '' },
  });
  const { register, handleSubmit, formState, setError } = form;
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    try {
      const viewer = await authApi.setup(tokenRequired ? values : { ...values, setupToken: undefined });
      startSession(queryClient, viewer);
      toast.success(`Welcome to OneCoach, ${viewer.user?.name ?? values.name}`);
      await navigate('/clients', { replace: true });
    } catch (error) {
      applyServerErrors(error, setError, ['name', 'email', 'password', 'setupToken']);
    }
  });

  return (
    <AuthLayout
      title="Set up your coaching business"
      description="Create the trainer account. You'll be the only admin; clients join by your invitation."
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
        <TextField label="Your name" autoComplete="name" error={errors.name?.message} {...register('name')} />
        <TextField label="Email" type="email" autoComplete="email" inputMode="email" error={errors.email?.message} {...register('email')} />
        <PasswordField
          autoComplete="new-password"
          hint="At least 10 characters."
          error={errors.password?.message}
          {...register('password')}
        />
        {tokenRequired && (
          <TextField
            label="Setup token"
            autoComplete="off"
            spellCheck={false}
            hint="Printed in the server log when OneCoach started. It proves you own this server."
            error={errors.setupToken?.message}
            {...register('setupToken')}
          />
        )}
        <FormError message={errors.root?.server?.message} />
        <Button type="submit" size="lg" pending={isSubmitting}>
          Create account
        </Button>
      </form>
    </AuthLayout>
  );
}
