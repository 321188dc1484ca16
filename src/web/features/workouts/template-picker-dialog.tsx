import { useQuery } from '@tanstack/react-query';
import { ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { cn } from '../../ui/cn';
import { Dialog } from '../../ui/dialog';
import { inputClass } from '../../ui/field';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { AssignDialog } from '../programs/assign-dialog';
import { perWeek } from '../programs/programs-table';
import { programsListQuery } from '../programs/queries';

type PickerProps = { clientId: string; firstName: string; open: boolean; onOpenChange: (open: boolean) => void };

/** From a client's page: pick a template, then the usual assign dialog with this client ticked. */
export function TemplatePickerDialog({ clientId, firstName, open, onOpenChange }: PickerProps) {
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const templates = useQuery({ ...programsListQuery({ limit: 200 }), enabled: open });
  const needle = q.trim().toLowerCase();
  const items = (templates.data?.items ?? []).filter((p) => !needle || `${p.name} ${p.tags.join(' ')}`.toLowerCase().includes(needle));
  return (
    <>
      <Dialog
        open={open && picked === null}
        onOpenChange={onOpenChange}
        title={`Assign a program to ${firstName}`}
        description="Pick a template; next you choose the start date and training days."
      >
        {templates.isPending ? (
          <LoadingRegion label="Loading programs" className="flex flex-col gap-2">
            <Skeleton className="h-12 w-full" />
            <Skeleton className="h-12 w-full" />
          </LoadingRegion>
        ) : templates.isError ? (
          <ErrorState title="Your programs didn't load" error={templates.error} onRetry={() => void templates.refetch()} />
        ) : templates.data.total === 0 ? (
          <p className="text-sm text-muted">
            You have no templates yet.{' '}
            <Link to="/programs" className="text-accent-text underline underline-offset-2">
              Build your first program
            </Link>
            , then assign it from here.
          </p>
        ) : (
          <div className="flex flex-col gap-3">
            <input
              type="search"
              aria-label="Find a program"
              placeholder="Find a program"
              value={q}
              onChange={(event) => setQ(event.target.value)}
              className={cn(inputClass, 'h-10 w-full text-sm')}
            />
            <ul className="flex max-h-80 flex-col divide-y divide-line overflow-y-auto rounded-md border border-line">
              {items.map((program) => (
                <li key={program.id}>
                  <button
                    type="button"
                    onClick={() => setPicked(program.id)}
                    className="flex min-h-12 w-full items-center gap-3 px-3 py-2 text-left text-sm hover:bg-surface-muted"
                  >
                    <span className="flex min-w-0 flex-1 flex-col">
                      <span className="truncate font-medium text-text">{program.name}</span>
                      <span className="text-xs text-muted">
                        {program.weeks} {program.weeks === 1 ? 'week' : 'weeks'} · {perWeek(program)} workouts/week
                        {program.tags.length > 0 && ` · ${program.tags.join(', ')}`}
                      </span>
                    </span>
                    <ChevronRight aria-hidden className="size-4 text-muted" />
                  </button>
                </li>
              ))}
              {items.length === 0 && <li className="px-3 py-3 text-sm text-muted">No program matches “{q}”.</li>}
            </ul>
          </div>
        )}
      </Dialog>
      {picked && (
        <AssignDialog
          programId={picked}
          clientIds={[clientId]}
          open
          onOpenChange={(next) => {
            if (next) return;
            setPicked(null);
            onOpenChange(false);
          }}
        />
      )}
    </>
  );
}
