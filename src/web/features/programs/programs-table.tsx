import { Link, useNavigate } from 'react-router';
import type { ProgramSummary } from '../../../shared/programs';
import { relativeTime } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { cn } from '../../ui/cn';
import { Skeleton } from '../../ui/skeleton';
import { ProgramRowActions } from './program-row-actions';

const thClass = 'sticky top-14 z-10 bg-surface-muted px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-muted lg:top-0';
const tdClass = 'px-3 py-2.5 align-middle';

export const perWeek = (program: Pick<ProgramSummary, 'weeks' | 'workoutCount'>) =>
  program.weeks > 0 ? Math.round((program.workoutCount / program.weeks) * 10) / 10 : 0;

type TableProps = { programs: ProgramSummary[]; busy: boolean; onAssign: (program: ProgramSummary) => void };

export function ProgramsTable({ programs, busy, onAssign }: TableProps) {
  const navigate = useNavigate();
  return (
    <div className="overflow-clip rounded-lg border border-line bg-surface">
      <table className={cn('w-full border-collapse text-sm', busy && 'opacity-70')} aria-busy={busy || undefined}>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className={thClass}>
              Program
            </th>
            <th scope="col" className={cn(thClass, 'hidden md:table-cell')}>
              Tags
            </th>
            <th scope="col" className={thClass}>
              Length
            </th>
            <th scope="col" className={cn(thClass, 'hidden sm:table-cell')}>
              Updated
            </th>
            <th scope="col" className={cn(thClass, 'w-10')}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {programs.map((program) => (
            <tr
              key={program.id}
              onClick={(event) => {
                if ((event.target as HTMLElement).closest('a,button,[role="menu"]')) return;
                void navigate(`/programs/${program.id}`);
              }}
              className="cursor-pointer border-b border-line last:border-b-0 hover:bg-surface-muted"
            >
              <td className={tdClass}>
                <span className="flex items-center gap-2">
                  <Link to={`/programs/${program.id}`} className="font-medium text-text hover:underline">
                    {program.name}
                  </Link>
                  {program.archived && <Badge>Archived</Badge>}
                </span>
                {program.description && <div className="line-clamp-1 max-w-md text-xs text-muted">{program.description}</div>}
              </td>
              <td className={cn(tdClass, 'hidden md:table-cell')}>
                {program.tags.length > 0 ? (
                  <ul className="flex flex-wrap gap-1" aria-label="Tags">
                    {program.tags.map((tag) => (
                      <li key={tag} className="rounded-sm bg-surface-muted px-1.5 py-0.5 text-xs text-muted">
                        {tag}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-muted">—</span>
                )}
              </td>
              <td className={cn(tdClass, 'whitespace-nowrap text-muted')}>
                {program.weeks} {program.weeks === 1 ? 'week' : 'weeks'}
                <div className="text-xs">{program.workoutCount === 0 ? 'No workouts yet' : `${perWeek(program)} workouts/week`}</div>
              </td>
              <td className={cn(tdClass, 'hidden whitespace-nowrap text-muted sm:table-cell')}>
                <time dateTime={program.updatedAt}>{relativeTime(program.updatedAt)}</time>
              </td>
              <td className={cn(tdClass, 'text-right')}>
                <ProgramRowActions program={program} onAssign={() => onAssign(program)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ProgramsTableSkeleton() {
  return (
    <div className="rounded-lg border border-line bg-surface" role="status" aria-busy="true">
      <span className="sr-only">Loading programs</span>
      <div className="border-b border-line bg-surface-muted px-3 py-2.5">
        <Skeleton className="h-3 w-24" />
      </div>
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="flex items-center gap-6 border-b border-line px-3 py-3 last:border-b-0">
          <div className="flex flex-1 flex-col gap-1.5">
            <Skeleton className="h-4 w-48" />
            <Skeleton className="h-3 w-72 max-w-full" />
          </div>
          <Skeleton className="hidden h-5 w-24 rounded-full md:block" />
          <Skeleton className="h-4 w-20" />
        </div>
      ))}
    </div>
  );
}
