import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { ChangePasswordSchema } from '../../../shared/auth';
import type { ChangePasswordInput } from '../../../shared/auth';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/notice';
import { PasswordField } from '../../ui/password-field';
import { authApi } from './queries';

export function ChangePasswordForm() {
  const { register, handleSubmit, formState, setError, reset } = useForm<ChangePasswordInput>({
    resolver: zodResolver(ChangePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await authApi.changePassword(values);
      reset();
      toast.success('Password changed');
    } catch (error) {
      applyServerErrors(error, setError, ['currentPassword', 'newPassword']);
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex max-w-sm flex-col gap-4">
      <PasswordField
        label="Current password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register('currentPassword')}
      />
      <PasswordField
        label="New password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={errors.newPassword?.message}
        {...register('newPassword')}
      />
      <FormError message={errors.root?.server?.message} />
      <Button type="submit" variant="secondary" pending={isSubmitting} className="self-start">
        Change password
      </Button>
    </form>
  );
}
