import { useCallback, useRef } from 'react';
import { Link } from 'react-router';
import { CLIENT_STATUSES } from '../../../shared/clients';
import type { ClientStatus } from '../../../shared/clients';
import type { InboxItem } from '../../../shared/messages';
import { relativeTime } from '../../lib/dates';
import { useListKeys } from '../../lib/keyboard';
import { Badge } from '../../ui/badge';
import { cn } from '../../ui/cn';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { STATUS_LABELS } from '../clients/labels';

/** "Lena Fischer" → "LF"; one word gives one letter. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.charAt(0) ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.charAt(0) ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

export function Avatar({ name }: { name: string }) {
  return (
    <span
      aria-hidden
      className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-soft text-sm font-semibold text-accent-text"
    >
      {initials(name)}
    </span>
  );
}

const previewPrefix = (item: InboxItem) => (item.lastAutomated ? 'Automated: ' : item.lastSender === 'trainer' ? 'You: ' : '');

const isClientStatus = (status: string): status is ClientStatus => (CLIENT_STATUSES as readonly string[]).includes(status);

function ConversationRow({ item, linkRef }: { item: InboxItem; linkRef: (link: HTMLAnchorElement | null) => void }) {
  const unread = item.unread > 0;
  const status = isClientStatus(item.clientStatus) && item.clientStatus !== 'active' ? STATUS_LABELS[item.clientStatus] : null;
  return (
    <li>
      <Link
        ref={linkRef}
        to={`/clients/${item.clientId}/messages`}
        className={cn(
          'flex items-start gap-3 px-3 py-3 hover:bg-surface-muted focus-visible:bg-accent-soft focus-visible:outline-offset-[-2px] sm:px-4',
          unread && 'bg-accent-soft/40',
        )}
      >
        <Avatar name={item.clientName} />
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <div className="flex items-center gap-2">
            <span className={cn('truncate text-sm text-text', unread ? 'font-semibold' : 'font-medium')}>{item.clientName}</span>
            {status && <Badge tone={status.tone}>{status.label}</Badge>}
            {item.needsReply && <Badge tone="warning">Needs reply</Badge>}
            <time
              dateTime={item.lastMessageAt}
              title={new Date(item.lastMessageAt).toLocaleString()}
              className={cn('ml-auto shrink-0 text-xs whitespace-nowrap', unread ? 'font-medium text-text' : 'text-muted')}
            >
              {relativeTime(item.lastMessageAt)}
            </time>
          </div>
          <div className="flex items-center gap-2">
            <p className={cn('min-w-0 flex-1 truncate text-sm', unread ? 'text-text' : 'text-muted')}>
              {previewPrefix(item) && <span className="text-muted">{previewPrefix(item)}</span>}
              {item.preview}
            </p>
            {unread && (
              <span className="inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded-full bg-accent px-1.5 text-xs font-semibold text-accent-fg tabular-nums">
                {item.unread}
                <span className="sr-only"> unread</span>
              </span>
            )}
          </div>
        </div>
      </Link>
    </li>
  );
}

/** Newest conversation first; `j` / `k` move between rows, Enter opens one. */
export function ConversationList({ items, busy }: { items: InboxItem[]; busy?: boolean }) {
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const step = useCallback(
    (delta: 1 | -1) => {
      const current = links.current.findIndex((link) => link === document.activeElement);
      const next = current === -1 ? (delta === 1 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, current + delta));
      links.current[next]?.focus();
    },
    [items.length],
  );
  useListKeys(step);
  return (
    <ul
      aria-label="Conversations"
      aria-busy={busy || undefined}
      className={cn('divide-y divide-line overflow-clip rounded-lg border border-line bg-surface', busy && 'opacity-70')}
    >
      {items.map((item, index) => (
        <ConversationRow
          key={item.clientId}
          item={item}
          linkRef={(link) => {
            links.current[index] = link;
          }}
        />
      ))}
    </ul>
  );
}

export function ConversationListSkeleton() {
  return (
    <LoadingRegion label="Loading conversations" className="divide-y divide-line rounded-lg border border-line bg-surface">
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="flex items-start gap-3 px-3 py-3 sm:px-4">
          <Skeleton className="size-10 rounded-full" />
          <div className="flex flex-1 flex-col gap-2 pt-0.5">
            <div className="flex justify-between gap-3">
              <Skeleton className="h-4 w-36" />
              <Skeleton className="h-3 w-12" />
            </div>
            <Skeleton className="h-3 w-3/4" />
          </div>
        </div>
      ))}
    </LoadingRegion>
  );
}
