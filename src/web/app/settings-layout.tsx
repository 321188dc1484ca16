import { NavLink, Outlet } from 'react-router';
import { cn } from '../ui/cn';
import { PageHeader } from '../ui/page-header';

const TABS = [
  { to: '/settings', label: 'Account', end: true },
  { to: '/settings/business', label: 'Business', end: false },
  { to: '/settings/emails', label: 'Emails', end: false },
] as const;

export function SettingsLayout() {
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title="Settings" />
      <nav aria-label="Settings" className="flex gap-1 border-b border-line">
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
