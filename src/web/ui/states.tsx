import { CircleAlert, RotateCw } from 'lucide-react';
import type { ReactNode } from 'react';
import { errorMessage } from '../lib/api';
import { Button } from './button';
import { cn } from './cn';

type EmptyStateProps = {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
};

/** Says what will appear here and offers the one action that fills it. */
export function EmptyState({ icon, title, children, action, className }: EmptyStateProps) {
  return (
    <div className={cn('flex flex-col items-center gap-3 rounded-lg border border-dashed border-line px-6 py-10 text-center', className)}>
      {icon && (
        <div aria-hidden className="flex size-12 items-center justify-center rounded-full bg-accent-soft text-accent-text [&>svg]:size-6">
          {icon}
        </div>
      )}
      <h2 className="text-base font-semibold text-text">{title}</h2>
      {children && <div className="max-w-sm text-sm text-muted">{children}</div>}
      {action && <div className="mt-1">{action}</div>}
    </div>
  );
}

type ErrorStateProps = {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  className?: string;
};

/** What went wrong in plain words, and a way to try again. */
export function ErrorState({ title = "This didn't load", error, onRetry, retrying, className }: ErrorStateProps) {
  return (
    <div
      role="alert"
      className={cn('flex flex-col items-center gap-3 rounded-lg border border-line bg-surface px-6 py-10 text-center', className)}
    >
      <div aria-hidden className="flex size-12 items-center justify-center rounded-full bg-danger-soft text-danger">
        <CircleAlert className="size-6" />
      </div>
      <h2 className="text-base font-semibold text-text">{title}</h2>
      <p className="max-w-sm text-sm text-muted">{errorMessage(error)}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry} pending={retrying} icon={<RotateCw aria-hidden className="size-4" />}>
          Try again
        </Button>
      )}
    </div>
  );
}
