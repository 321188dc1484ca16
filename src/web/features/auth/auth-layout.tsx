import type { ReactNode } from 'react';
import { Logo } from '../../ui/logo';

/** The frame for every signed-out page: logo, one card, room for the keyboard on phones. */
export function AuthLayout({
  title,
  description,
  icon,
  children,
  footer,
}: {
  title: string;
  description?: ReactNode;
  /** A round badge above the title, for pages that report a state (expired link, email sent). */
  icon?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="flex min-h-dvh flex-col items-center bg-bg px-4 py-10 sm:justify-center">
      <title>{`${title} · OneCoach`}</title>
      <main className="flex w-full max-w-sm flex-col gap-6">
        <Logo className="self-center text-lg" />
        <div className="rounded-xl border border-line bg-surface p-6 shadow-sm">
          {icon && (
            <div
              aria-hidden
              className="mb-4 flex size-12 items-center justify-center rounded-full bg-accent-soft text-accent-text [&>svg]:size-6"
            >
              {icon}
            </div>
          )}
          <div className="mb-5 flex flex-col gap-1">
            <h1 className="text-xl font-semibold text-text">{title}</h1>
            {description && <div className="text-sm text-muted">{description}</div>}
          </div>
          {children}
        </div>
        {footer && <div className="text-center text-sm text-muted">{footer}</div>}
      </main>
    </div>
  );
}

export const linkClass = 'font-medium text-accent-text underline-offset-4 hover:underline';
