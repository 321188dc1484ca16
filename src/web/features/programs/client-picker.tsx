import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { inputClass } from '../../ui/field';
import { cn } from '../../ui/cn';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { clientsListQuery } from '../clients/queries';
import { ClientStatusBadge } from '../clients/status-badge';

type ClientPickerProps = { value: string[]; onChange: (ids: string[]) => void; error?: string | undefined };

/** Tick one or several clients; a filter box appears once the list is long. */
export function ClientPicker({ value, onChange, error }: ClientPickerProps) {
  const clients = useQuery(clientsListQuery({ status: 'current', limit: 200 }));
  const [filter, setFilter] = useState('');
  // Whoever was ticked when the dialog opened stays on top, so a preselected client is in view.
  const [pinned] = useState(value);
  if (clients.isPending) {
    return (
      <LoadingRegion label="Loading clients" className="flex flex-col gap-2">
        <Skeleton className="h-9 w-full" />
        <Skeleton className="h-9 w-full" />
      </LoadingRegion>
    );
  }
  if (clients.isError) return <ErrorState title="Your clients didn't load" error={clients.error} onRetry={() => void clients.refetch()} />;
  const all = [...clients.data.items.filter((client) => client.status !== 'archived')].sort(
    (a, b) => Number(pinned.includes(b.id)) - Number(pinned.includes(a.id)),
  );
  const needle = filter.trim().toLowerCase();
  const shown = needle ? all.filter((client) => `${client.name} ${client.email}`.toLowerCase().includes(needle)) : all;
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);

  if (all.length === 0) return <p className="text-sm text-muted">Add a client first; then you can assign them this program.</p>;
  return (
    <fieldset className="flex flex-col gap-2" aria-invalid={error ? true : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-text">
        Clients {value.length > 0 && <span className="font-normal text-muted">· {value.length} picked</span>}
      </legend>
      {all.length > 8 && (
        <input
          type="search"
          aria-label="Find a client"
          placeholder="Find a client"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          className={cn(inputClass, 'h-10 w-full text-sm')}
        />
      )}
      <ul className="flex max-h-56 flex-col divide-y divide-line overflow-y-auto rounded-md border border-line">
        {shown.map((client) => (
          <li key={client.id}>
            <label className="flex min-h-11 cursor-pointer items-center gap-3 px-3 py-1.5 text-sm hover:bg-surface-muted">
              <input type="checkbox" className="size-4" checked={value.includes(client.id)} onChange={() => toggle(client.id)} />
              <span className="flex min-w-0 flex-1 flex-col">
                <span className="truncate font-medium text-text">{client.name}</span>
                <span className="truncate text-xs text-muted">{client.email}</span>
              </span>
              <ClientStatusBadge client={client} />
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="px-3 py-3 text-sm text-muted">Nobody matches “{filter}”.</li>}
      </ul>
      {error && <p className="text-sm text-danger">{error}</p>}
    </fieldset>
  );
}
