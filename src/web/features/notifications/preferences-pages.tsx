import { useQuery } from '@tanstack/react-query';
import { ChevronLeft } from 'lucide-react';
import { Link } from 'react-router';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { myClientQuery } from '../clients/queries';
import { settingsQuery } from '../settings/queries';
import { NotificationPreferencesForm } from './preferences-form';
import { preferencesQuery } from './queries';

/** Loads the preferences, then the form; the time zone is only a hint, so the form never waits for it. */
function Preferences({ timeZone }: { timeZone: string | null }) {
  const preferences = useQuery(preferencesQuery());
  if (preferences.isPending)
    return (
      <LoadingRegion label="Loading notification settings" className="flex flex-col gap-4">
        <Skeleton className="h-28 w-full rounded-lg" />
        <Skeleton className="h-96 w-full rounded-lg" />
        <Skeleton className="h-28 w-full rounded-lg" />
      </LoadingRegion>
    );
  if (preferences.isError)
    return (
      <ErrorState
        title="Your notification settings didn't load"
        error={preferences.error}
        onRetry={() => void preferences.refetch()}
        retrying={preferences.isFetching}
      />
    );
  return <NotificationPreferencesForm preferences={preferences.data} timeZone={timeZone} />;
}

/** /settings/notifications: inside the trainer's settings tabs; quiet hours follow the business time zone. */
export function TrainerNotificationSettingsPage() {
  const settings = useQuery(settingsQuery());
  return (
    <div className="grid max-w-2xl gap-4">
      <title>Notification settings · OneCoach</title>
      <Preferences timeZone={settings.data?.timeZone ?? null} />
    </div>
  );
}

/** /profile/notifications: the client's own; quiet hours follow the time zone from their answers. */
export function ClientNotificationSettingsPage() {
  const me = useQuery(myClientQuery());
  return (
    <div className="flex flex-col gap-4">
      <title>Notifications · OneCoach</title>
      <Link to="/profile" className="inline-flex min-h-11 items-center gap-1 self-start text-sm text-muted hover:text-text">
        <ChevronLeft aria-hidden className="size-4" /> Profile
      </Link>
      <header className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold text-text">Notifications</h1>
        <p className="text-sm text-muted">What reaches you, in the app and by email.</p>
      </header>
      <Preferences timeZone={me.data?.onboarding?.timeZone ?? null} />
    </div>
  );
}
