import { useQuery } from '@tanstack/react-query';
import { ChevronRight, LogOut } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ageFromBirthDate } from '../../lib/dates';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { ChangePasswordForm } from '../auth/change-password-form';
import { sessionQuery } from '../auth/queries';
import { useSignOut } from '../auth/use-sign-out';
import { ProfilePrivacySection } from '../privacy/profile-privacy-section';
import { formatHeight } from './labels';
import { myClientQuery } from './queries';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-center justify-between gap-4 py-3">
      <dt className="text-muted">{label}</dt>
      <dd className="text-right text-text">{children}</dd>
    </div>
  );
}

function Details() {
  const me = useQuery(myClientQuery());
  if (me.isPending) {
    return (
      <LoadingRegion className="flex flex-col gap-3">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-6 w-full" />
        ))}
      </LoadingRegion>
    );
  }
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />;
  const answers = me.data.onboarding;
  if (!answers) return <p className="text-sm text-muted">You haven't answered the questions yet.</p>;
  const age = ageFromBirthDate(answers.dateOfBirth);
  return (
    <dl className="divide-y divide-line text-sm">
      <Detail label="Units">{answers.units === 'kg' ? 'Kilograms (kg)' : 'Pounds (lb)'}</Detail>
      <Detail label="Time zone">{answers.timeZone.replace(/_/g, ' ')}</Detail>
      <Detail label="Height">{formatHeight(answers.heightCm, answers.units)}</Detail>
      <Detail label="Age">{age ?? '—'}</Detail>
    </dl>
  );
}

export function ProfilePage() {
  const { data: viewer } = useQuery(sessionQuery());
  const signOut = useSignOut();
  const user = viewer?.user;
  const initials = (user?.name ?? '?')
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

  return (
    <div className="flex flex-col gap-5">
      <title>Profile · OneCoach</title>
      <header className="flex items-center gap-4">
        <span
          aria-hidden
          className="flex size-14 shrink-0 items-center justify-center rounded-full bg-accent-soft text-lg font-semibold text-accent-text"
        >
          {initials}
        </span>
        <div className="min-w-0">
          <h1 className="truncate text-xl font-semibold text-text">{user?.name}</h1>
          <p className="truncate text-sm text-muted">{user?.email}</p>
        </div>
      </header>

      <Card title="Your details">
        <Details />
        <Link
          to="/profile/answers"
          className="-mx-2 mt-2 flex min-h-11 items-center justify-between rounded-md px-2 font-medium text-accent-text hover:bg-surface-muted"
        >
          Edit your answers
          <ChevronRight aria-hidden className="size-5" />
        </Link>
      </Card>

      <Card title="Check-ins" description="Every check-in you sent, and your coach's replies.">
        <Link
          to="/checkins"
          className="-mx-2 flex min-h-11 items-center justify-between rounded-md px-2 font-medium text-accent-text hover:bg-surface-muted"
        >
          Your check-ins
          <ChevronRight aria-hidden className="size-5" />
        </Link>
      </Card>

      <Card title="Billing" description="Your plan, your card and your receipts.">
        <Link
          to="/billing"
          className="-mx-2 flex min-h-11 items-center justify-between rounded-md px-2 font-medium text-accent-text hover:bg-surface-muted"
        >
          Your plan and payments
          <ChevronRight aria-hidden className="size-5" />
        </Link>
      </Card>

      <Card title="Notifications" description="What reaches you in the app and by email, and quiet hours.">
        <Link
          to="/profile/notifications"
          className="-mx-2 flex min-h-11 items-center justify-between rounded-md px-2 font-medium text-accent-text hover:bg-surface-muted"
        >
          Notification settings
          <ChevronRight aria-hidden className="size-5" />
        </Link>
      </Card>

      <ProfilePrivacySection />

      <Card title="Password">
        <ChangePasswordForm />
      </Card>

      <Button
        variant="secondary"
        size="lg"
        pending={signOut.isPending}
        onClick={() => signOut.mutate()}
        icon={<LogOut aria-hidden className="size-4" />}
      >
        Sign out
      </Button>
      <footer className="text-center text-xs text-muted">
        <p>Exercise library: Free Exercise DB, public domain.</p>
        <p>Food data: USDA FoodData Central (SR Legacy / SR28), public domain.</p>
      </footer>
    </div>
  );
}
