import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { CLIENT_SORTS, CLIENT_STATUSES } from '../../../shared/clients';

export const STATUS_FILTERS = ['current', ...CLIENT_STATUSES, 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export type ClientSort = (typeof CLIENT_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

export type ClientFilters = {
  q: string;
  status: StatusFilter;
  tag: string;
  sort: ClientSort;
  order: SortOrder;
  offset: number;
};

export const PAGE_SIZE = 50;

/** Names A→Z; dates newest first, which is what a trainer scanning the list wants. */
export const DEFAULT_ORDER: Record<ClientSort, SortOrder> = { name: 'asc', lastActive: 'desc', joined: 'desc' };

const DEFAULTS: ClientFilters = { q: '', status: 'current', tag: '', sort: 'name', order: 'asc', offset: 0 };

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;

function readFilters(params: URLSearchParams): ClientFilters {
  const sort = oneOf(CLIENT_SORTS, params.get('sort'), DEFAULTS.sort);
  return {
    q: params.get('q') ?? '',
    status: oneOf(STATUS_FILTERS, params.get('status'), DEFAULTS.status),
    tag: params.get('tag') ?? '',
    sort,
    order: oneOf(['asc', 'desc'] as const, params.get('order'), DEFAULT_ORDER[sort]),
    offset: Math.max(0, Math.floor(Number(params.get('offset')) || 0)),
  };
}

/** The clients list view lives in the URL, so a filtered view can be bookmarked and shared. */
export function useClientFilters() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);

  const update = useCallback(
    (patch: Partial<ClientFilters>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          // Any change other than paging starts again from the first page.
          const merged = { ...readFilters(previous), ...patch, offset: patch.offset ?? 0 };
          for (const key of Object.keys(DEFAULTS) as Array<keyof ClientFilters>) {
            const value = merged[key];
            const isDefault = key === 'order' ? value === DEFAULT_ORDER[merged.sort] : value === DEFAULTS[key];
            if (isDefault || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const isFiltered = filters.q !== '' || filters.tag !== '' || filters.status !== 'current';
  return { filters, update, isFiltered };
}
