import { CircleAlert, CloudCheck, CloudOff, CloudUpload, RefreshCw, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { dismissOutboxError, useOutbox, type OutboxStatus } from '../lib/outbox';

function waiting(status: OutboxStatus): string {
  const onlySets = Object.keys(status.pendingByKind).every((kind) => kind === 'set');
  const noun = onlySets ? 'set' : 'change';
  return `${status.pending} ${noun}${status.pending === 1 ? '' : 's'} waiting to sync`;
}

function line(status: OutboxStatus): { icon: ReactNode; text: string } | null {
  const icon = 'size-4 shrink-0';
  if (!status.online) {
    return {
      icon: <CloudOff aria-hidden className={icon} />,
      text: status.pending > 0 ? `Offline — ${waiting(status)}` : 'Offline — what you log is saved on this device',
    };
  }
  if (status.syncing) return { icon: <RefreshCw aria-hidden className={`${icon} motion-safe:animate-spin`} />, text: 'Syncing…' };
  if (status.pending > 0) return { icon: <CloudUpload aria-hidden className={icon} />, text: waiting(status) };
  if (status.justSaved) return { icon: <CloudCheck aria-hidden className={`${icon} text-success`} />, text: 'All changes saved' };
  return null;
}

/**
 * The client app's quiet sync status, just under the header: offline and what waits to be sent,
 * syncing, a brief "All changes saved", and a change the server refused. The live region is always
 * mounted so screen readers hear each change.
 */
export function OfflineBanner() {
  const status = useOutbox();
  const current = line(status);
  return (
    <div role="status" className="sticky top-12 z-20 md:top-16">
      {current && (
        <p className="border-b border-line bg-surface-muted">
          <span className="mx-auto flex max-w-xl items-center justify-center gap-2 px-4 py-2 text-sm text-text">
            {current.icon}
            {current.text}
          </span>
        </p>
      )}
      {status.lastError && (
        <div className="border-b border-line bg-danger-soft">
          <div className="mx-auto flex max-w-xl items-center gap-2 pl-4 text-sm text-text">
            <CircleAlert aria-hidden className="size-4 shrink-0 text-danger" />
            <p className="flex-1 py-2">{`Not saved: ${status.lastError}`}</p>
            <button
              type="button"
              onClick={dismissOutboxError}
              className="flex size-11 shrink-0 items-center justify-center rounded-md text-muted hover:text-text"
              aria-label="Dismiss"
            >
              <X aria-hidden className="size-4" />
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
