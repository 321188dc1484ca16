import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { InboxItem } from '../../../shared/messages';

export const INBOX_FILTERS = ['all', 'unread', 'needs-reply'] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

export const INBOX_FILTER_LABELS: Record<InboxFilter, string> = { all: 'All', unread: 'Unread', 'needs-reply': 'Needs reply' };

export type InboxFilters = { filter: InboxFilter; q: string };

export const matchesFilter = (item: InboxItem, filter: InboxFilter): boolean =>
  filter === 'unread' ? item.unread > 0 : filter === 'needs-reply' ? item.needsReply : true;

/** The inbox view lives in the URL (`?filter=unread&q=…`), so it can be bookmarked and survives the back button. */
export function useInboxFilters() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('filter');
  const filters: InboxFilters = {
    filter: INBOX_FILTERS.includes(raw as InboxFilter) ? (raw as InboxFilter) : 'all',
    q: params.get('q') ?? '',
  };

  const update = useCallback(
    (patch: Partial<InboxFilters>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (patch.filter !== undefined) {
            if (patch.filter === 'all') next.delete('filter');
            else next.set('filter', patch.filter);
          }
          if (patch.q !== undefined) {
            if (patch.q === '') next.delete('q');
            else next.set('q', patch.q);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return { filters, update };
}
