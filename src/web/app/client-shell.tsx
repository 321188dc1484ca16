import { useQuery } from '@tanstack/react-query';
import { CalendarCheck, LineChart, MessageCircle, UserRound } from 'lucide-react';
import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { BillingBanner } from '../features/billing/billing-banner';
import { unreadQuery } from '../features/messages/queries';
import { NotificationBell } from '../features/notifications/notification-bell';
import { useLiveEvents } from '../lib/live-events';
import { cn } from '../ui/cn';
import { Logo } from '../ui/logo';
import { OfflineBanner } from '../ui/offline-banner';
import { ContentSkeleton } from './page-skeletons';

const NAV = [
  { to: '/today', label: 'Today', Icon: CalendarCheck },
  { to: '/progress', label: 'Progress', Icon: LineChart },
  { to: '/messages', label: 'Messages', Icon: MessageCircle },
  { to: '/profile', label: 'Profile', Icon: UserRound },
] as const;

/** Phone first: bottom navigation in thumb reach; from md up it moves into a top bar. */
/** A small count on the nav icon (decorative: the link's name carries the number for screen readers). */
function UnreadDot({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span
      aria-hidden
      className="absolute -top-1.5 left-3 flex h-4.5 min-w-4.5 items-center justify-center rounded-full bg-accent px-1 text-[11px] leading-none font-semibold text-accent-fg tabular-nums md:-top-2 md:left-2.5"
    >
      {count > 99 ? '99+' : count}
    </span>
  );
}

export function ClientShell() {
  useLiveEvents();
  const unread = useQuery(unreadQuery());
  const unreadTotal = unread.data?.total ?? 0;
  return (
    <div className="min-h-dvh bg-bg">
      <header className="sticky top-0 z-30 border-b border-line bg-surface">
        <div className="mx-auto flex h-12 max-w-3xl items-center justify-between gap-2 pr-2 pl-4 md:h-16 md:px-6">
          <Link to="/today" className="inline-flex rounded-md">
            <Logo />
          </Link>
          <nav
            aria-label="Main"
            className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface pb-[env(safe-area-inset-bottom)] md:static md:ml-auto md:border-0 md:bg-transparent md:pb-0"
          >
            <ul className="mx-auto grid max-w-xl grid-cols-4 md:flex md:gap-1">
              {NAV.map(({ to, label, Icon }) => (
                <li key={to}>
                  <NavLink
                    to={to}
                    className={({ isActive }) =>
                      cn(
                        'flex h-16 flex-col items-center justify-center gap-1 text-xs md:h-10 md:flex-row md:gap-2 md:rounded-md md:px-3 md:text-sm',
                        isActive ? 'font-semibold text-accent-text md:bg-accent-soft' : 'text-muted hover:text-text',
                      )
                    }
                  >
                    <span className="relative flex">
                      <Icon aria-hidden className="size-6 md:size-4" />
                      {to === '/messages' && <UnreadDot count={unreadTotal} />}
                    </span>
                    {label}
                    {to === '/messages' && unreadTotal > 0 && <span className="sr-only">{`, ${unreadTotal} unread`}</span>}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {/* Top right at every width: a slim bar on phones, beside the links from md up. */}
          <NotificationBell preferencesPath="/profile/notifications" />
        </div>
      </header>
      <BillingBanner />
      <OfflineBanner />
      <main className="mx-auto max-w-xl px-4 pt-6 pb-28 md:pt-8 md:pb-12">
        <Suspense fallback={<ContentSkeleton />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
