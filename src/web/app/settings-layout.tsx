import { NavLink, Outlet } from 'react-router';
import { cn } from '../ui/cn';
import { PageHeader } from '../ui/page-header';

const TABS = [
  { to: '/settings', label: 'Account', end: true },
  { to: '/settings/business', label: 'Business', end: false },
  { to: '/settings/profile', label: 'Profile', end: false },
  { to: '/settings/plans', label: 'Plans', end: false },
  { to: '/settings/notifications', label: 'Notifications', end: false },
  { to: '/settings/emails', label: 'Emails', end: false },
  { to: '/settings/automations', label: 'Automations', end: false },
  { to: '/settings/ai', label: 'AI', end: false },
] as const;

export function SettingsLayout() {
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title="Settings" />
      {/* The tabs are wider than a phone: the row scrolls sideways instead of widening the page. */}
      <nav aria-label="Settings" className="-mx-4 flex gap-1 overflow-x-auto border-b border-line px-4 pb-px sm:mx-0 sm:px-0">
        {TABS.map((tab) => (
          <NavLink
            key={tab.to}
            to={tab.to}
            end={tab.end}
            className={({ isActive }) =>
              cn(
                '-mb-px flex h-10 items-center border-b-2 px-3 text-sm',
                isActive ? 'border-accent font-medium text-text' : 'border-transparent text-muted hover:text-text',
              )
            }
          >
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
