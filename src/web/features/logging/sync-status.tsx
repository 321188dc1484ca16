import { CloudCheck, CloudOff, CloudUpload, RefreshCw } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '../../ui/cn';

type Outbox = { online: boolean; pending: number; syncing: boolean };

function describe({ online, pending, syncing }: Outbox): { tone: string; icon: ReactNode; short: string; long: string } {
  const waiting = `${pending} ${pending === 1 ? 'change' : 'changes'} waiting to sync`;
  if (!online)
    return {
      tone: 'bg-warning-soft text-warning',
      icon: <CloudOff aria-hidden className="size-4" />,
      short: pending > 0 ? `Offline · ${pending}` : 'Offline',
      long: pending > 0 ? `Offline: saved on this phone, ${waiting}` : 'Offline: what you log is saved on this phone',
    };
  if (syncing)
    return {
      tone: 'bg-accent-soft text-accent-text',
      icon: <RefreshCw aria-hidden className="size-4 motion-safe:animate-spin" />,
      short: 'Syncing',
      long: `Syncing: ${waiting}`,
    };
  if (pending > 0)
    return {
      tone: 'bg-warning-soft text-warning',
      icon: <CloudUpload aria-hidden className="size-4" />,
      short: `${pending} waiting`,
      long: waiting,
    };
  return { tone: 'text-success', icon: <CloudCheck aria-hidden className="size-4" />, short: 'Synced', long: 'Everything is synced' };
}

/**
 * The gym screen has no app banner: its header says whether what was logged has reached the server.
 * (A change the server refuses is dropped by the outbox and told in a toast where it happened.)
 */
export function SyncStatus({ outbox, className }: { outbox: Outbox; className?: string }) {
  const state = describe(outbox);
  return (
    <p
      role="status"
      title={state.long}
      className={cn(
        'inline-flex h-7 shrink-0 items-center gap-1 rounded-full px-2 text-xs font-medium whitespace-nowrap',
        state.tone,
        className,
      )}
    >
      {state.icon}
      <span aria-hidden>{state.short}</span>
      <span className="sr-only">{state.long}</span>
    </p>
  );
}
