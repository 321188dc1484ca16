import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from './cn';

export type NoticeTone = 'info' | 'success' | 'warning' | 'danger';

const tones: Record<NoticeTone, { box: string; icon: ReactNode }> = {
  info: { box: 'bg-accent-soft text-text', icon: <Info aria-hidden className="size-5 shrink-0 text-accent-text" /> },
  success: { box: 'bg-success-soft text-text', icon: <CircleCheck aria-hidden className="size-5 shrink-0 text-success" /> },
  warning: { box: 'bg-warning-soft text-text', icon: <TriangleAlert aria-hidden className="size-5 shrink-0 text-warning" /> },
  danger: { box: 'bg-danger-soft text-text', icon: <CircleAlert aria-hidden className="size-5 shrink-0 text-danger" /> },
};

/** An inline message box. Danger notices are announced (role="alert"), others are polite. */
export function Notice({
  tone = 'info',
  title,
  children,
  className,
}: {
  tone?: NoticeTone;
  title?: string;
  children?: ReactNode;
  className?: string;
}) {
  const style = tones[tone];
  return (
    <div role={tone === 'danger' ? 'alert' : 'status'} className={cn('flex gap-3 rounded-md px-4 py-3 text-sm', style.box, className)}>
      {style.icon}
      <div className="flex flex-col gap-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div>{children}</div>}
      </div>
    </div>
  );
}

/** Shows a form's root error (from the server) right above its submit button. */
export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return <Notice tone="danger">{message}</Notice>;
}
