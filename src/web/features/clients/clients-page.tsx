import { useQuery } from '@tanstack/react-query';
import { SearchX, UserPlus, Users } from 'lucide-react';
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useSlashToFocus } from '../../lib/keyboard';
import { Button } from '../../ui/button';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState } from '../../ui/states';
import { NeedsAttentionPanel } from '../attention/needs-attention-panel';
import { AddClientDialog } from './add-client-dialog';
import { ClientsTable, ClientsTableSkeleton } from './clients-table';
import { ClientsToolbar } from './clients-toolbar';
import { clientsListQuery } from './queries';
import { DEFAULT_ORDER, PAGE_SIZE, useClientFilters } from './use-client-filters';
import type { ClientSort } from './use-client-filters';

function Pager({ total, offset, count, onPage }: { total: number; offset: number; count: number; onPage: (offset: number) => void }) {
  if (total <= PAGE_SIZE && offset === 0) {
    return <p className="text-sm text-muted">{total === 1 ? '1 client' : `${total} clients`}</p>;
  }
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm text-muted">
      <p>
        {offset + 1}–{offset + count} of {total}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - PAGE_SIZE))}>
          Previous
        </Button>
        <Button variant="secondary" size="sm" disabled={offset + count >= total} onClick={() => onPage(offset + PAGE_SIZE)}>
          Next
        </Button>
      </div>
    </nav>
  );
}

export function ClientsPage() {
  const { filters, update, isFiltered } = useClientFilters();
  const [adding, setAdding] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(searchRef);

  const list = useQuery(
    clientsListQuery({
      q: filters.q || undefined,
      status: filters.status,
      tag: filters.tag || undefined,
      sort: filters.sort,
      order: filters.order,
      limit: PAGE_SIZE,
      offset: filters.offset,
    }),
  );
  const isEmpty = list.data?.total === 0;
  // With nothing "current", check whether anyone exists at all (e.g. everyone is archived).
  const anyone = useQuery({ ...clientsListQuery({ status: 'all', limit: 1 }), enabled: isEmpty && !isFiltered });

  const nobodyYet = isEmpty && !isFiltered && anyone.data?.total === 0;

  const onSort = (sort: ClientSort) =>
    update({ sort, order: filters.sort === sort ? (filters.order === 'asc' ? 'desc' : 'asc') : DEFAULT_ORDER[sort] });

  const addButton = (
    <Button onClick={() => setAdding(true)} icon={<UserPlus aria-hidden className="size-4" />}>
      Add client
    </Button>
  );

  let body: ReactNode;
  if (list.isPending) {
    body = <ClientsTableSkeleton />;
  } else if (list.isError && !list.data) {
    body = (
      <ErrorState title="Your clients didn't load" error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
    );
  } else if (isEmpty && isFiltered) {
    body = (
      <EmptyState
        icon={<SearchX />}
        title="No clients match these filters"
        action={
          <Button variant="secondary" onClick={() => update({ q: '', tag: '', status: 'current' })}>
            Clear filters
          </Button>
        }
      >
        Try a different name, or another status or tag.
      </EmptyState>
    );
  } else if (isEmpty && (anyone.data?.total ?? 0) > 0) {
    body = (
      <EmptyState
        icon={<Users />}
        title="No current clients"
        action={
          <Button variant="secondary" onClick={() => update({ status: 'archived' })}>
            Show archived
          </Button>
        }
      >
        Everyone you've coached is archived. Add a client, or restore someone from the archive.
      </EmptyState>
    );
  } else if (isEmpty) {
    body = (
      <EmptyState icon={<Users />} title="No clients yet — add your first client" action={addButton}>
        They'll get an invitation link to set a password and tell you about their goals, training and health.
      </EmptyState>
    );
  } else if (list.data) {
    body = (
      <div className="flex flex-col gap-3">
        <ClientsTable clients={list.data.items} filters={filters} onSort={onSort} busy={list.isPlaceholderData} />
        <Pager total={list.data.total} offset={list.data.offset} count={list.data.items.length} onPage={(offset) => update({ offset })} />
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-5">
      <PageHeader title="Clients" actions={addButton} />
      {!nobodyYet && <NeedsAttentionPanel />}
      {!nobodyYet && <ClientsToolbar filters={filters} update={update} searchRef={searchRef} />}
      {body}
      <AddClientDialog open={adding} onOpenChange={setAdding} />
    </div>
  );
}
