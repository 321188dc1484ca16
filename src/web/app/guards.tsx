import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { homePath, safeNext, sessionQuery, setupStatusQuery } from '../features/auth/queries';
import { ErrorState } from '../ui/states';
import { AppSkeleton } from './page-skeletons';

function FullPageError({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying: boolean }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md items-center px-4">
      <ErrorState title="OneCoach didn't load" error={error} onRetry={onRetry} retrying={retrying} className="w-full" />
    </main>
  );
}

/** First gate: while no trainer exists, every page leads to /setup. */
export function RootGate() {
  const setup = useQuery(setupStatusQuery());
  const session = useQuery(sessionQuery());
  const { pathname } = useLocation();

  if (setup.isPending || session.isPending) return <AppSkeleton />;
  if (setup.isError) return <FullPageError error={setup.error} onRetry={() => void setup.refetch()} retrying={setup.isFetching} />;
  if (setup.data.needsSetup) return pathname === '/setup' ? <Outlet /> : <Navigate to="/setup" replace />;
  if (session.isError) return <FullPageError error={session.error} onRetry={() => void session.refetch()} retrying={session.isFetching} />;
  if (pathname === '/setup') return <Navigate to="/" replace />;
  return <Outlet />;
}

function useUser() {
  const { data } = useQuery(sessionQuery());
  return data?.user ?? null;
}

function SignInRedirect() {
  const location = useLocation();
  const here = location.pathname + location.search;
  const target = here === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`;
  return <Navigate to={target} replace />;
}

/** Sign-in and password pages: someone already signed in goes where they belong. */
export function PublicOnly() {
  const user = useUser();
  const [params] = useSearchParams();
  if (user) return <Navigate to={safeNext(params.get('next')) ?? homePath(user)} replace />;
  return <Outlet />;
}

export function HomeRedirect() {
  const user = useUser();
  if (!user) return <Navigate to="/sign-in" replace />;
  return <Navigate to={homePath(user)} replace />;
}

export function RequireTrainer() {
  const user = useUser();
  if (!user) return <SignInRedirect />;
  if (user.role !== 'trainer') return <Navigate to={homePath(user)} replace />;
  return <Outlet />;
}

/** Clients finish onboarding before anything else; onboarded clients skip it. */
export function RequireClient({ stage }: { stage: 'onboarding' | 'onboarded' }) {
  const user = useUser();
  if (!user) return <SignInRedirect />;
  if (user.role !== 'client') return <Navigate to={homePath(user)} replace />;
  if (stage === 'onboarded' && !user.onboarded) return <Navigate to="/onboarding" replace />;
  if (stage === 'onboarding' && user.onboarded) return <Navigate to="/today" replace />;
  return <Outlet />;
}
