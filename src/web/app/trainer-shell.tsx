import { useQuery } from '@tanstack/react-query';
import { ClipboardList, Dumbbell, ListChecks, MessageCircle, Settings, TrendingUp, Users } from 'lucide-react';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { sessionQuery } from '../features/auth/queries';
import { AttentionNavCount, ReviewNavCount } from '../features/checkins/trainer-nav-counts';
import { UnreadNavCount } from '../features/inbox/unread-nav-count';
import { NotificationBell } from '../features/notifications/notification-bell';
import { useLiveEvents } from '../lib/live-events';
import { cn } from '../ui/cn';
import { Logo } from '../ui/logo';
import { ContentSkeleton } from './page-skeletons';

const NAV = [
  { to: '/clients', label: 'Clients', Icon: Users },
  { to: '/inbox', label: 'Messages', Icon: MessageCircle },
  { to: '/checkins/review', label: 'Check-ins', Icon: ListChecks },
  { to: '/programs', label: 'Programs', Icon: ClipboardList },
  { to: '/exercises', label: 'Exercises', Icon: Dumbbell },
  { to: '/revenue', label: 'Revenue', Icon: TrendingUp },
  { to: '/settings', label: 'Settings', Icon: Settings },
] as const;

const linkClass = ({ isActive }: { isActive: boolean }) =>
  cn(
    'flex h-10 items-center gap-2 rounded-md px-3 text-sm',
    isActive ? 'bg-accent-soft font-semibold text-accent-text' : 'text-muted hover:bg-surface-muted hover:text-text',
  );

/** Desk first: a sidebar from lg up; on phones a compact top bar with the same links (icons only on the narrowest). */
export function TrainerShell() {
  useLiveEvents();
  const { data: viewer } = useQuery(sessionQuery());
  const user = viewer?.user;
  // Check-ins covers the review inbox and the forms under /checkins/.
  const { pathname } = useLocation();
  const navClass = (to: string) => (state: { isActive: boolean }) =>
    linkClass({ isActive: state.isActive || (to === '/checkins/review' && pathname.startsWith('/checkins/')) });
  return (
    <div className="min-h-dvh bg-bg">
      <aside className="fixed inset-y-0 left-0 z-30 hidden w-56 flex-col border-r border-line bg-surface px-3 py-4 lg:flex">
        <div className="mb-6 flex items-center justify-between gap-2">
          <Link to="/clients" className="rounded-md px-2">
            <Logo />
          </Link>
          <NotificationBell preferencesPath="/settings/notifications" showWhen="(min-width: 1024px)" align="start" compact />
        </div>
        <nav aria-label="Main" className="flex flex-col gap-1">
          {NAV.map(({ to, label, Icon }) => (
            <NavLink key={to} to={to} className={navClass(to)}>
              <Icon aria-hidden className="size-4" />
              {label}
              {to === '/inbox' && <UnreadNavCount />}
              {to === '/checkins/review' && <ReviewNavCount />}
              {to === '/clients' && <AttentionNavCount />}
            </NavLink>
          ))}
        </nav>
        {user && (
          <div className="mt-auto border-t border-line px-2 pt-3 text-sm">
            <p className="truncate font-medium text-text">{user.name}</p>
            <p className="truncate text-xs text-muted">{user.email}</p>
          </div>
        )}
      </aside>

      <header className="sticky top-0 z-30 flex h-14 items-center justify-between gap-2 border-b border-line bg-surface px-4 lg:hidden">
        {/* On the narrowest phones the mark stands alone, leaving room for the links and the bell. */}
        <Link to="/clients" aria-label="OneCoach" className="rounded-md">
          <Logo className="max-sm:gap-0 max-sm:text-[0px]" />
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-1">
            {NAV.map(({ to, label, Icon }) => (
              // Seven links don't fit a 390 px phone: there Revenue is reached from Settings → Plans.
              <li key={to} className={to === '/revenue' ? 'max-sm:hidden' : undefined}>
                <NavLink to={to} className={(state) => cn(navClass(to)(state), 'relative')} title={label}>
                  <Icon aria-hidden className="size-4" />
                  <span className="sr-only min-[52rem]:not-sr-only">{label}</span>
                  {/* Counts sit on the icon's corner: six links, their counts and the bell fit a 390 px phone. */}
                  <span className="absolute -top-1 -right-1 flex [&>span]:ml-0 [&>span]:h-4 [&>span]:min-w-4 [&>span]:px-1 [&>span]:text-[10px]">
                    {to === '/inbox' && <UnreadNavCount />}
                    {to === '/checkins/review' && <ReviewNavCount />}
                    {to === '/clients' && <AttentionNavCount />}
                  </span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <NotificationBell preferencesPath="/settings/notifications" showWhen="(max-width: 1023.98px)" compact />
      </header>

      <main className="px-4 py-5 sm:px-6 lg:ml-56 lg:px-8 lg:py-8">
        <div className="mx-auto max-w-6xl">
          <Suspense fallback={<ContentSkeleton />}>
            <Outlet />
          </Suspense>
        </div>
      </main>
    </div>
  );
}
