import { useQuery } from '@tanstack/react-query';
import { ClipboardList, Plus, SearchX, X } from 'lucide-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { ProgramSummary } from '../../../shared/programs';
import { useSlashToFocus } from '../../lib/keyboard';
import { Button } from '../../ui/button';
import { Chip } from '../../ui/chip';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import { PageHeader } from '../../ui/page-header';
import { SearchInput } from '../../ui/search-input';
import { EmptyState, ErrorState } from '../../ui/states';
import { AssignDialog } from './assign-dialog';
import { NewProgramDialog } from './new-program-dialog';
import { ProgramsTable, ProgramsTableSkeleton } from './programs-table';
import { programsListQuery } from './queries';

const PAGE = 50;

function usePageParams() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const tag = params.get('tag') ?? '';
  const archived = params.get('archived') === 'only';
  const offset = Math.max(0, Math.floor(Number(params.get('offset')) || 0));
  const update = useCallback(
    (patch: { q?: string; tag?: string; archived?: boolean; offset?: number }) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
          if (patch.q !== undefined) set('q', patch.q);
          if (patch.tag !== undefined) set('tag', patch.tag);
          if (patch.archived !== undefined) set('archived', patch.archived ? 'only' : '');
          set('offset', patch.offset ? String(patch.offset) : '');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { q, tag, archived, offset, update, isFiltered: q !== '' || tag !== '' || archived };
}

export function ProgramsPage() {
  const { q, tag, archived, offset, update, isFiltered } = usePageParams();
  const [creating, setCreating] = useState(false);
  const [assigning, setAssigning] = useState<ProgramSummary | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(searchRef);
  const list = useQuery(
    programsListQuery({ q: q || undefined, tag: tag || undefined, archived: archived ? 'only' : 'exclude', limit: PAGE, offset }),
  );
  // No tag list endpoint: the tags in use come from the library itself (one page of up to 200 is plenty).
  const everything = useQuery(programsListQuery({ archived: 'include', limit: 200 }));
  const tags = useMemo(() => [...new Set((everything.data?.items ?? []).flatMap((program) => program.tags))].sort(), [everything.data]);
  const onSearch = useCallback((value: string) => update({ q: value }), [update]);
  const nothingYet = everything.data?.total === 0;

  const newButton = (
    <Button onClick={() => setCreating(true)} icon={<Plus aria-hidden className="size-4" />}>
      New program
    </Button>
  );

  let body: ReactNode;
  if (list.isPending) body = <ProgramsTableSkeleton />;
  else if (list.isError && !list.data)
    body = (
      <ErrorState title="Your programs didn't load" error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
    );
  else if (list.data.total === 0 && !isFiltered)
    body = (
      <EmptyState icon={<ClipboardList />} title="No programs yet — build your first template" action={newButton}>
        Build it once, then assign it to as many clients as you like; each gets their own copy to adjust.
      </EmptyState>
    );
  else if (list.data.total === 0)
    body = (
      <EmptyState
        icon={<SearchX />}
        title={archived ? 'Nothing archived' : 'No programs match'}
        action={
          <Button variant="secondary" onClick={() => update({ q: '', tag: '', archived: false })}>
            Clear filters
          </Button>
        }
      >
        {archived ? 'Programs you archive wait here; restore one any time.' : 'Try another name or tag.'}
      </EmptyState>
    );
  else
    body = (
      <div className="flex flex-col gap-3">
        <ProgramsTable programs={list.data.items} busy={list.isPlaceholderData} onAssign={setAssigning} />
        <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm text-muted">
          <p>
            {list.data.total === 1
              ? '1 program'
              : list.data.total <= PAGE
                ? `${list.data.total} programs`
                : `${offset + 1}–${offset + list.data.items.length} of ${list.data.total}`}
          </p>
          {list.data.total > PAGE && (
            <div className="flex gap-2">
              <Button variant="secondary" size="sm" disabled={offset === 0} onClick={() => update({ offset: Math.max(0, offset - PAGE) })}>
                Previous
              </Button>
              <Button
                variant="secondary"
                size="sm"
                disabled={offset + PAGE >= list.data.total}
                onClick={() => update({ offset: offset + PAGE })}
              >
                Next
              </Button>
            </div>
          )}
        </nav>
      </div>
    );

  return (
    <div className="flex flex-col gap-5">
      <PageHeader title="Programs" description="Your templates. Assigning one gives each client a copy of their own." actions={newButton} />
      {!nothingYet && (
        <div className="flex flex-wrap items-center gap-2">
          <SearchInput label="Search programs" placeholder="Search programs" value={q} onChange={onSearch} inputRef={searchRef} />
          {(tags.length > 0 || tag) && (
            <select
              aria-label="Tag"
              value={tag}
              onChange={(event) => update({ tag: event.target.value })}
              className={cn(inputClass, 'h-10 w-auto min-w-36 text-sm', tag && 'border-accent')}
            >
              <option value="">All tags</option>
              {[...new Set([...tags, ...(tag ? [tag] : [])])].map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          )}
          <Chip selected={archived} onClick={() => update({ archived: !archived })}>
            Archived
          </Chip>
          {isFiltered && (
            <button
              type="button"
              onClick={() => update({ q: '', tag: '', archived: false })}
              className="inline-flex h-10 items-center gap-1 rounded-md px-3 text-sm text-muted hover:bg-surface-muted hover:text-text"
            >
              <X aria-hidden className="size-4" /> Clear filters
            </button>
          )}
        </div>
      )}
      {body}
      <NewProgramDialog open={creating} onOpenChange={setCreating} tagSuggestions={tags} />
      {assigning && <AssignDialog programId={assigning.id} open onOpenChange={(open) => !open && setAssigning(null)} />}
    </div>
  );
}
