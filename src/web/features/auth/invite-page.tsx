import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CalendarX, CircleCheck, LinkIcon, Ban } from 'lucide-react';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { AcceptInvitationSchema } from '../../../shared/clients';
import type { AcceptInvitationInput, InvitationView } from '../../../shared/clients';
import { isApiError } from '../../lib/api';
import { formatDate } from '../../lib/dates';
import { applyServerErrors } from '../../lib/form-errors';
import { Button, buttonClass } from '../../ui/button';
import { readOnlyInputClass } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { PasswordField } from '../../ui/password-field';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { AuthLayout } from './auth-layout';
import { authApi, invitationQuery, startSession } from './queries';

function Dead({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <AuthLayout title={title} icon={icon}>
      <div className="flex flex-col gap-4">{children}</div>
    </AuthLayout>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationView }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<AcceptInvitationInput>({
    resolver: zodResolver(AcceptInvitationSchema),
    defaultValues: { password: '' },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    try {
      const viewer = await authApi.acceptInvitation(token, values);
      startSession(queryClient, viewer);
      await navigate('/onboarding', { replace: true });
    } catch (error) {
      applyServerErrors(error, setError, ['password']);
      void queryClient.invalidateQueries({ queryKey: invitationQuery(token).queryKey });
    }
  });

  return (
    <AuthLayout
      title={`${invitation.trainerName} invited you to OneCoach`}
      description={`Hi ${invitation.clientName}! Choose a password and you're in. Next, a few questions so your coach can plan your training.`}
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="invite-email" className="text-sm font-medium text-text">
            Email
          </label>
          <input
            id="invite-email"
            value={invitation.email}
            readOnly
            autoComplete="username"
            className={`${readOnlyInputClass} h-11 w-full`}
          />
        </div>
        <PasswordField
          autoComplete="new-password"
          hint="At least 10 characters."
          error={errors.password?.message}
          {...register('password')}
        />
        <FormError message={errors.root?.server?.message} />
        <Button type="submit" size="lg" pending={isSubmitting}>
          Create account
        </Button>
        <p className="text-center text-xs text-muted">This invitation works until {formatDate(invitation.expiresAt)}.</p>
      </form>
    </AuthLayout>
  );
}

export function InvitePage() {
  const { token = '' } = useParams();
  const invitation = useQuery(invitationQuery(token));

  if (invitation.isPending) {
    return (
      <AuthLayout title="Opening your invitation…">
        <LoadingRegion className="flex flex-col gap-4">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-11 w-full" />
          <Skeleton className="h-11 w-full" />
          <Skeleton className="h-12 w-full" />
        </LoadingRegion>
      </AuthLayout>
    );
  }

  if (invitation.isError) {
    if (isApiError(invitation.error) && (invitation.error.status === 404 || invitation.error.status === 400)) {
      return (
        <Dead icon={<LinkIcon />} title="This invitation link doesn't work">
          <p className="text-text">
            It may have been mistyped or cut short. Open it straight from the email, or ask your coach for a new one.
          </p>
        </Dead>
      );
    }
    return (
      <AuthLayout title="Your invitation">
        <ErrorState error={invitation.error} onRetry={() => void invitation.refetch()} retrying={invitation.isFetching} />
      </AuthLayout>
    );
  }

  const data = invitation.data;
  switch (data.state) {
    case 'pending':
      return <AcceptForm token={token} invitation={data} />;
    case 'accepted':
      return (
        <Dead icon={<CircleCheck />} title="You've already joined">
          <p className="text-text">This invitation has been used. Sign in with {data.email} and the password you chose.</p>
          <Link to={`/sign-in?email=${encodeURIComponent(data.email)}`} className={buttonClass('primary', 'lg', 'w-full')}>
            Sign in
          </Link>
        </Dead>
      );
    case 'expired':
      return (
        <Dead icon={<CalendarX />} title="This invitation has expired">
          <p className="text-text">
            It ran out on {formatDate(data.expiresAt)}. Ask {data.trainerName} to send you a new link. It only takes them a click.
          </p>
        </Dead>
      );
    case 'revoked':
      return (
        <Dead icon={<Ban />} title="This invitation was withdrawn">
          <p className="text-text">
            {data.trainerName} cancelled this link. If you think that's a mistake, get in touch with them for a new one.
          </p>
        </Dead>
      );
  }
}
