import { useQuery } from '@tanstack/react-query';
import { Archive, ArchiveRestore, ArrowRight, PartyPopper, Pencil, Trash2 } from 'lucide-react';
import type { Goal } from '../../../shared/goals';
import { formatDate } from '../../lib/dates';
import { cn } from '../../ui/cn';
import { Menu, MenuItem } from '../../ui/menu';
import { exerciseName, exerciseQuery } from '../exercises/queries';
import type { MetricInfo } from '../metrics/units';
import { formatMetric } from '../metrics/units';
import { deadlineState, goalTitle, progressPercent } from './goal-format';

/** A lift goal's exercise name (cached with the library); other goals need none. */
export function useGoalTitle(goal: Goal, info: MetricInfo): string {
  const exercise = useQuery({ ...exerciseQuery(goal.exerciseId ?? ''), enabled: goal.exerciseId !== null });
  return goalTitle(goal, info, exercise.data ? exerciseName(exercise.data) : undefined);
}

type GoalItemProps = {
  goal: Goal;
  info: MetricInfo;
  /** Today in the client's calendar. */
  today: string;
  onEdit: () => void;
  onArchive: (archived: boolean) => void;
  onDelete: () => void;
};

function Value({ label, value, align }: { label: string; value: string; align: 'start' | 'center' | 'end' }) {
  return (
    <div className={cn('flex min-w-0 flex-col', align === 'center' ? 'items-center' : align === 'end' ? 'items-end' : 'items-start')}>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-base font-semibold text-text tabular-nums">{value}</dd>
    </div>
  );
}

/** One goal: its bar from start to target, start → now → target in the viewer's units, the deadline. */
export function GoalItem({ goal, info, today, onEdit, onArchive, onDelete }: GoalItemProps) {
  const title = useGoalTitle(goal, info);
  const percent = progressPercent(goal.progress);
  const achieved = goal.status === 'achieved';
  const archived = goal.status === 'archived';
  const deadline = goal.status === 'active' ? deadlineState(goal.deadline, today) : null;
  const now = goal.current === null ? '—' : formatMetric(goal.current, info);
  const target = formatMetric(goal.targetValue, info);
  const valueText = achieved
    ? `Reached, ${target}`
    : goal.current === null
      ? `${percent}%, nothing logged yet`
      : `${percent}%: ${now} now, target ${target}`;
  return (
    <li
      className={cn(
        'flex flex-col gap-3 rounded-lg border p-3 sm:p-4',
        achieved ? 'border-accent bg-accent-soft' : archived ? 'border-dashed border-line-strong bg-surface' : 'border-line bg-surface',
      )}
    >
      <div className="flex items-start justify-between gap-2">
        <div className="flex min-w-0 flex-col gap-0.5">
          <h3 className="flex items-start gap-1.5 font-semibold break-words text-text">
            {achieved && <PartyPopper aria-hidden className="mt-0.5 size-5 shrink-0 text-accent-text" />}
            <span className="min-w-0">{title}</span>
          </h3>
          {achieved && goal.achievedAt && (
            <p className="text-sm font-medium text-accent-text">
              Reached on {formatDate(goal.achievedAt)}
              {goal.achievedValue !== null && ` with ${formatMetric(goal.achievedValue, info)}`}
            </p>
          )}
          {archived && <p className="text-sm text-muted">Archived</p>}
          {deadline && <p className={cn('text-sm', deadline.passed ? 'font-medium text-warning' : 'text-muted')}>{deadline.text}</p>}
        </div>
        <Menu label={`Goal actions: ${title}`} triggerClassName="-mt-1.5 -mr-1.5 size-11">
          <MenuItem icon={<Pencil aria-hidden />} onSelect={onEdit}>
            Edit target or deadline
          </MenuItem>
          <MenuItem icon={archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />} onSelect={() => onArchive(!archived)}>
            {archived ? 'Restore' : 'Archive'}
          </MenuItem>
          <MenuItem icon={<Trash2 aria-hidden />} tone="danger" onSelect={onDelete}>
            Delete
          </MenuItem>
        </Menu>
      </div>
      <div className="flex items-center gap-3">
        <div
          role="progressbar"
          aria-label={title}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={valueText}
          className="h-2.5 flex-1 overflow-hidden rounded-full bg-line/70"
        >
          <div className={cn('h-full rounded-full', archived ? 'bg-line-strong' : 'bg-accent')} style={{ width: `${percent}%` }} />
        </div>
        <span aria-hidden className="w-10 text-right text-sm font-medium text-text tabular-nums">
          {percent}%
        </span>
      </div>
      <dl className="grid grid-cols-[1fr_auto_1fr_auto_1fr] items-end gap-1">
        <Value label="Start" value={formatMetric(goal.startValue, info)} align="start" />
        <ArrowRight aria-hidden className="mb-1 size-4 text-muted" />
        <Value label="Now" value={now} align="center" />
        <ArrowRight aria-hidden className="mb-1 size-4 text-muted" />
        <Value label="Target" value={target} align="end" />
      </dl>
      {goal.current === null && !archived && (
        <p className="text-sm text-muted">
          {goal.kind === 'lift' ? 'Log this lift and the bar starts moving.' : `Log ${info.label.toLowerCase()} and the bar starts moving.`}
        </p>
      )}
    </li>
  );
}
