import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Bell } from 'lucide-react';
import { Popover as RadixPopover } from 'radix-ui';
import { useEffect, useId, useRef, useSyncExternalStore } from 'react';
import type { ButtonHTMLAttributes, Ref } from 'react';
import { cn } from '../../ui/cn';
import { Sheet } from '../../ui/sheet';
import { unreadQuery } from '../messages/queries';
import { MarkAllReadButton, NotificationItems, PreferencesLink } from './notification-list';
import { notificationKeys, notificationsQuery } from './queries';
import { useMediaQuery } from './use-media-query';

type BellButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { unread: number; compact: boolean; ref?: Ref<HTMLButtonElement> };

/** The bell: its name carries the count ("Notifications, 3 unread"); the badge is only for the eye. */
function BellButton({ unread, compact, className, ref, ...rest }: BellButtonProps) {
  return (
    <button
      ref={ref}
      type="button"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
      className={cn(
        'relative inline-flex shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface-muted hover:text-text data-[state=open]:bg-surface-muted data-[state=open]:text-text',
        compact ? 'size-10' : 'size-11',
        className,
      )}
      {...rest}
    >
      <Bell aria-hidden className="size-5" />
      {unread > 0 && (
        <span
          aria-hidden
          className="absolute top-1 right-0.5 flex h-4.5 min-w-4.5 items-center justify-center rounded-full bg-accent px-1 text-[11px] leading-none font-semibold text-accent-fg tabular-nums ring-2 ring-surface"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </button>
  );
}

/**
 * Opening a conversation marks its message notifications read on the server. Live events say so,
 * but when polling, the message unread count changing is the first sign: refresh the bell with it.
 */
function useFollowMessageUnread() {
  const queryClient = useQueryClient();
  const { data: total } = useQuery({ ...unreadQuery(), select: (unread) => unread.total });
  const last = useRef(total);
  useEffect(() => {
    if (total === undefined || total === last.current) return;
    const first = last.current === undefined;
    last.current = total;
    if (!first) void queryClient.invalidateQueries({ queryKey: notificationKeys.list });
  }, [total, queryClient]);
}

/**
 * Whether the panel is open, kept outside the bell: a shell may show the bell in another place at
 * another width (sidebar or top bar), and the open panel follows it there.
 */
let panelOpen = false;
const panelListeners = new Set<() => void>();
function setPanelOpen(open: boolean) {
  if (panelOpen === open) return;
  panelOpen = open;
  for (const listener of panelListeners) listener();
}
function usePanelOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      panelListeners.add(listener);
      return () => panelListeners.delete(listener);
    },
    () => panelOpen,
    () => false,
  );
}

type NotificationBellProps = {
  /** Where the person's notification preferences live (trainer and client have their own). */
  preferencesPath: string;
  /** Show this bell only while the media query matches (for shells with a bell in two places). */
  showWhen?: string;
  align?: 'start' | 'end';
  /** 40 px instead of 44 px, beside the trainer's 40 px navigation links. */
  compact?: boolean;
  className?: string;
};

export function NotificationBell({ showWhen, ...props }: NotificationBellProps) {
  const shown = useMediaQuery(showWhen ?? 'all');
  return shown ? <BellWithPanel {...props} /> : null;
}

/** The bell with the unread count; opens the notification panel (a popover on wide screens, a sheet on phones). */
function BellWithPanel({ preferencesPath, align = 'end', compact = false, className }: Omit<NotificationBellProps, 'showWhen'>) {
  const { data } = useQuery(notificationsQuery());
  useFollowMessageUnread();
  const wide = useMediaQuery('(min-width: 640px)');
  const open = usePanelOpen();
  const unread = data?.unread ?? 0;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const close = () => setPanelOpen(false);

  if (wide) {
    return (
      <RadixPopover.Root open={open} onOpenChange={setPanelOpen}>
        <RadixPopover.Trigger asChild>
          <BellButton unread={unread} compact={compact} className={className} />
        </RadixPopover.Trigger>
        <RadixPopover.Portal>
          <RadixPopover.Content
            ref={panelRef}
            align={align}
            sideOffset={4}
            collisionPadding={8}
            aria-labelledby={headingId}
            // Focus the panel, not its first button: Enter on arrival must not mark everything read.
            onOpenAutoFocus={(event) => {
              event.preventDefault();
              panelRef.current?.focus();
            }}
            className="z-50 flex max-h-[min(36rem,var(--radix-popover-content-available-height))] w-96 max-w-[calc(100vw-1rem)] flex-col rounded-md border border-line bg-surface text-sm shadow-lg focus:outline-none"
          >
            <div className="flex min-h-12 items-center justify-between gap-2 border-b border-line py-2 pr-2 pl-4">
              <h2 id={headingId} className="text-base font-semibold text-text">
                Notifications
              </h2>
              <MarkAllReadButton />
            </div>
            <div className="min-h-0 flex-1 overflow-y-auto">
              <NotificationItems onNavigate={close} />
            </div>
            <div className="border-t border-line px-2 py-1">
              <PreferencesLink to={preferencesPath} onNavigate={close} />
            </div>
          </RadixPopover.Content>
        </RadixPopover.Portal>
      </RadixPopover.Root>
    );
  }

  return (
    <>
      <BellButton
        ref={buttonRef}
        unread={unread}
        compact={compact}
        className={className}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setPanelOpen(true)}
      />
      <Sheet
        open={open}
        onOpenChange={(next) => {
          setPanelOpen(next);
          // The sheet has no trigger of its own: give focus back to the bell it came from.
          if (!next) requestAnimationFrame(() => buttonRef.current?.focus());
        }}
        title="Notifications"
        footer={
          <div className="flex w-full items-center justify-between gap-2">
            <PreferencesLink to={preferencesPath} onNavigate={close} className="-ml-2" />
            <MarkAllReadButton className="h-11" />
          </div>
        }
      >
        <div className="-mx-5 -my-4">
          <NotificationItems onNavigate={close} />
        </div>
      </Sheet>
    </>
  );
}
