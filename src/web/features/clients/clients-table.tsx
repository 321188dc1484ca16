import { useQuery } from '@tanstack/react-query';
import { ArrowDown, ArrowUp, ArrowUpDown, MessageCircle } from 'lucide-react';
import { useCallback, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { useListKeys } from '../../lib/keyboard';
import type { Client } from '../../../shared/clients';
import { formatDate, relativeTime } from '../../lib/dates';
import { cn } from '../../ui/cn';
import { ComplianceValue } from './compliance';
import { unreadQuery } from '../messages/queries';
import { Skeleton } from '../../ui/skeleton';
import { ClientStatusBadge } from './status-badge';
import type { ClientFilters, ClientSort } from './use-client-filters';

// Sticky below the phone top bar (h-14), at the very top beside the desktop sidebar.
const thClass = 'sticky top-14 z-10 bg-surface-muted px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-muted lg:top-0';
const tdClass = 'px-3 py-2.5 align-middle';

function SortHeader({
  label,
  sort,
  filters,
  onSort,
  className,
}: {
  label: string;
  sort: ClientSort;
  filters: ClientFilters;
  onSort: (sort: ClientSort) => void;
  className?: string;
}) {
  const active = filters.sort === sort;
  const Icon = !active ? ArrowUpDown : filters.order === 'asc' ? ArrowUp : ArrowDown;
  return (
    <th scope="col" aria-sort={active ? (filters.order === 'asc' ? 'ascending' : 'descending') : 'none'} className={cn(thClass, className)}>
      <button
        type="button"
        onClick={() => onSort(sort)}
        className={cn('-mx-1 inline-flex items-center gap-1 rounded-sm px-1 hover:text-text', active && 'text-text')}
      >
        {label}
        <Icon aria-hidden className="size-3.5" />
      </button>
    </th>
  );
}

function Tags({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <span className="text-muted">—</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} className="rounded-sm bg-surface-muted px-1.5 py-0.5 text-xs text-muted">
          {tag}
        </li>
      ))}
    </ul>
  );
}

type TableProps = { clients: Client[]; filters: ClientFilters; onSort: (sort: ClientSort) => void; busy: boolean };

export function ClientsTable({ clients, filters, onSort, busy }: TableProps) {
  const navigate = useNavigate();
  // `j` / `k` move through the rows (focus lands on the name link; Enter opens it).
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const step = useCallback(
    (delta: 1 | -1) => {
      const current = links.current.findIndex((link) => link === document.activeElement);
      const next = current === -1 ? (delta === 1 ? 0 : clients.length - 1) : Math.min(clients.length - 1, Math.max(0, current + delta));
      links.current[next]?.focus();
    },
    [clients.length],
  );
  useListKeys(step);
  const unread = useQuery(unreadQuery());
  const unreadByClient = new Map(unread.data?.byClient.map((item) => [item.clientId, item.count]));
  return (
    <div className="rounded-lg border border-line bg-surface overflow-clip">
      <table className={cn('w-full border-collapse text-sm', busy && 'opacity-70')} aria-busy={busy || undefined}>
        <thead>
          <tr className="border-b border-line">
            <SortHeader label="Name" sort="name" filters={filters} onSort={onSort} />
            <th scope="col" className={thClass}>
              Status
            </th>
            <th scope="col" className={cn(thClass, 'hidden md:table-cell')}>
              Tags
            </th>
            <th scope="col" className={cn(thClass, 'hidden sm:table-cell')}>
              <abbr title="Workouts done of those scheduled, last 30 days" className="no-underline">
                Compliance
              </abbr>
            </th>
            <SortHeader label="Last active" sort="lastActive" filters={filters} onSort={onSort} className="hidden sm:table-cell" />
            <SortHeader label="Joined" sort="joined" filters={filters} onSort={onSort} className="hidden lg:table-cell" />
          </tr>
        </thead>
        <tbody>
          {clients.map((client, index) => (
            <tr
              key={client.id}
              onClick={(event) => {
                if ((event.target as HTMLElement).closest('a,button')) return;
                void navigate(`/clients/${client.id}`);
              }}
              className="cursor-pointer border-b border-line last:border-b-0 hover:bg-surface-muted focus-within:bg-accent-soft"
            >
              <td className={tdClass}>
                <Link
                  ref={(link) => {
                    links.current[index] = link;
                  }}
                  to={`/clients/${client.id}`}
                  className="font-medium text-text hover:underline"
                >
                  {client.name}
                </Link>
                {(unreadByClient.get(client.id) ?? 0) > 0 && (
                  <Link
                    to={`/clients/${client.id}/messages`}
                    aria-label={`${unreadByClient.get(client.id)} unread messages from ${client.name}`}
                    className="ml-2 inline-flex items-center gap-1 rounded-full bg-accent-soft px-2 py-0.5 align-middle text-xs font-medium text-accent-text hover:bg-accent hover:text-accent-fg"
                  >
                    <MessageCircle aria-hidden className="size-3" />
                    {unreadByClient.get(client.id)}
                  </Link>
                )}
                <div className="max-w-[12rem] truncate text-xs text-muted sm:max-w-none">{client.email}</div>
              </td>
              <td className={tdClass}>
                <ClientStatusBadge client={client} />
                <div className="mt-0.5 text-xs whitespace-nowrap text-muted sm:hidden">
                  {client.lastActiveAt ? `Active ${relativeTime(client.lastActiveAt)}` : 'Not active yet'}
                </div>
              </td>
              <td className={cn(tdClass, 'hidden md:table-cell')}>
                <Tags tags={client.tags} />
              </td>
              <td className={cn(tdClass, 'hidden whitespace-nowrap sm:table-cell')}>
                <ComplianceValue value={client.compliance.d30} label="Last 30 days" />
              </td>
              <td className={cn(tdClass, 'hidden whitespace-nowrap text-muted sm:table-cell')}>
                {client.lastActiveAt ? (
                  <time dateTime={client.lastActiveAt} title={new Date(client.lastActiveAt).toLocaleString()}>
                    {relativeTime(client.lastActiveAt)}
                  </time>
                ) : (
                  'Never'
                )}
              </td>
              <td className={cn(tdClass, 'hidden whitespace-nowrap text-muted lg:table-cell')}>
                <time dateTime={client.joinedAt}>{formatDate(client.joinedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ClientsTableSkeleton() {
  return (
    <div className="rounded-lg border border-line bg-surface" role="status" aria-busy="true">
      <span className="sr-only">Loading clients</span>
      <div className="border-b border-line bg-surface-muted px-3 py-2.5">
        <Skeleton className="h-3 w-24" />
      </div>
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="flex items-center gap-6 border-b border-line px-3 py-3 last:border-b-0">
          <div className="flex flex-1 flex-col gap-1.5">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-3 w-56 max-w-full" />
          </div>
          <Skeleton className="h-5 w-16 rounded-full" />
          <Skeleton className="hidden h-4 w-16 sm:block" />
          <Skeleton className="hidden h-4 w-24 lg:block" />
        </div>
      ))}
    </div>
  );
}
