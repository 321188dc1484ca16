import { Copy, Plus, Trash2 } from 'lucide-react';
import { Tabs } from 'radix-ui';
import type { ReactNode } from 'react';
import { LIMITS } from '../../../../shared/programs';
import type { ProgramContent } from '../../../../shared/programs';
import { cn } from '../../../ui/cn';
import { Menu, MenuItem } from '../../../ui/menu';
import { workoutsOfWeek } from './program-ops';

type WeekTabsProps = {
  content: ProgramContent;
  week: number;
  onWeek: (week: number) => void;
  onAddWeek: () => void;
  onDuplicateWeek: (week: number) => void;
  onRemoveWeek: (week: number) => void;
  /** Weeks that hold a validation problem get a red dot. */
  weeksWithProblems: Set<number>;
  children: ReactNode;
};

/** Week 1 … N as tabs (arrow keys move between them), with the week's own actions beside. */
export function WeekTabs({ content, week, onWeek, onAddWeek, onDuplicateWeek, onRemoveWeek, weeksWithProblems, children }: WeekTabsProps) {
  const weeks = Array.from({ length: content.weeks }, (_, i) => i + 1);
  return (
    <Tabs.Root value={String(week)} onValueChange={(value) => onWeek(Number(value))} className="flex flex-col gap-4">
      <div className="flex items-end gap-2 border-b border-line">
        <Tabs.List aria-label="Weeks" className="-mb-px flex min-w-0 flex-1 gap-1 overflow-x-auto">
          {weeks.map((n) => {
            const count = workoutsOfWeek(content, n).length;
            return (
              <Tabs.Trigger
                key={n}
                value={String(n)}
                className="flex h-10 shrink-0 items-center gap-1.5 border-b-2 border-transparent px-3 text-sm text-muted hover:text-text data-[state=active]:border-accent data-[state=active]:font-medium data-[state=active]:text-text"
              >
                Week {n}
                <span aria-hidden className={cn('rounded-full px-1.5 text-xs', count ? 'bg-surface-muted text-muted' : 'text-muted')}>
                  {count}
                </span>
                <span className="sr-only">, {count === 1 ? '1 workout' : `${count} workouts`}</span>
                {weeksWithProblems.has(n) && (
                  <>
                    <span aria-hidden className="size-1.5 rounded-full bg-danger" />
                    <span className="sr-only">, needs fixing</span>
                  </>
                )}
              </Tabs.Trigger>
            );
          })}
        </Tabs.List>
        <div className="mb-1 flex shrink-0 items-center gap-1">
          <button
            type="button"
            onClick={onAddWeek}
            disabled={content.weeks >= LIMITS.weeks}
            className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-sm text-accent-text hover:bg-accent-soft disabled:opacity-50"
          >
            <Plus aria-hidden className="size-4" /> Add week
          </button>
          <Menu label={`Actions for week ${week}`}>
            <MenuItem icon={<Copy aria-hidden />} disabled={content.weeks >= LIMITS.weeks} onSelect={() => onDuplicateWeek(week)}>
              Duplicate week {week}
            </MenuItem>
            <MenuItem icon={<Trash2 aria-hidden />} tone="danger" disabled={content.weeks <= 1} onSelect={() => onRemoveWeek(week)}>
              Remove week {week}
            </MenuItem>
          </Menu>
        </div>
      </div>
      <Tabs.Content value={String(week)} className="focus-visible:outline-offset-4">
        {children}
      </Tabs.Content>
    </Tabs.Root>
  );
}
