import { useQuery } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useCallback } from 'react';
import type { Ref } from 'react';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import { SearchInput } from '../../ui/search-input';
import { BroadcastButton } from '../inbox/broadcast-dialog';
import { clientTagsQuery } from './queries';
import { STATUS_FILTERS } from './use-client-filters';
import type { ClientFilters, StatusFilter } from './use-client-filters';

const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  current: 'Current',
  invited: 'Invited',
  active: 'Active',
  paused: 'Paused',
  archived: 'Archived',
  all: 'All',
};

type ToolbarProps = {
  filters: ClientFilters;
  update: (patch: Partial<ClientFilters>) => void;
  searchRef: Ref<HTMLInputElement>;
};

export function ClientsToolbar({ filters, update, searchRef }: ToolbarProps) {
  const tags = useQuery(clientTagsQuery());
  const tagOptions = tags.data ?? [];
  const onSearch = useCallback((q: string) => update({ q }), [update]);
  const hasFilters = filters.q !== '' || filters.tag !== '' || filters.status !== 'current';
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <SearchInput label="Search clients" placeholder="Search name or email" value={filters.q} onChange={onSearch} inputRef={searchRef} />
        {(tagOptions.length > 0 || filters.tag) && (
          <>
            <label className="sr-only" htmlFor="tag-filter">
              Tag
            </label>
            <select
              id="tag-filter"
              value={filters.tag}
              onChange={(event) => update({ tag: event.target.value })}
              className={cn(inputClass, 'h-10 w-auto min-w-36 text-sm')}
            >
              <option value="">All tags</option>
              {tagOptions.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
              {filters.tag && !tagOptions.includes(filters.tag) && <option value={filters.tag}>{filters.tag}</option>}
            </select>
          </>
        )}
        {hasFilters && (
          <button
            type="button"
            onClick={() => update({ q: '', tag: '', status: 'current' })}
            className="inline-flex h-10 items-center gap-1 rounded-md px-3 text-sm text-muted hover:bg-surface-muted hover:text-text"
          >
            <X aria-hidden className="size-4" /> Clear filters
          </button>
        )}
        <BroadcastButton defaultTag={filters.tag} className="sm:ml-auto" />
      </div>
      <div role="group" aria-label="Filter by status" className="-mx-1 flex gap-1.5 overflow-x-auto px-1 pb-1">
        {STATUS_FILTERS.map((status) => {
          const selected = filters.status === status;
          return (
            <button
              key={status}
              type="button"
              aria-pressed={selected}
              onClick={() => update({ status })}
              className={cn(
                'h-8 shrink-0 rounded-full border px-3 text-sm transition-colors',
                selected
                  ? 'border-accent bg-accent-soft font-medium text-accent-text'
                  : 'border-line bg-surface text-muted hover:text-text',
              )}
            >
              {STATUS_FILTER_LABELS[status]}
            </button>
          );
        })}
      </div>
    </div>
  );
}
