import { ArrowRightLeft, Clock, PencilLine } from 'lucide-react';
import type { DragEvent } from 'react';
import type { ScheduledWorkout } from '../../../../shared/programs';
import { cn } from '../../../ui/cn';
import { STATUS_STYLE } from '../schedule-status';
import { dayMedium } from './calendar-dates';

export const DRAG_TYPE = 'application/x-onecoach-scheduled-workout';
export const canMove = (item: ScheduledWorkout) => item.status !== 'completed';

const onDragStart = (item: ScheduledWorkout) => (event: DragEvent) => {
  event.dataTransfer.setData(DRAG_TYPE, item.id);
  event.dataTransfer.effectAllowed = 'move';
};

const describe = (item: ScheduledWorkout) =>
  `${item.name}, ${STATUS_STYLE[item.status].label.toLowerCase()}${item.customised ? ', edited for this day' : ''}${item.originalDate ? `, moved from ${dayMedium(item.originalDate)}` : ''}`;

/** A compact chip for the month grid. */
export function ScheduledChip({ item, onOpen, draggable }: { item: ScheduledWorkout; onOpen: () => void; draggable: boolean }) {
  const style = STATUS_STYLE[item.status];
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-label={describe(item)}
      title={describe(item)}
      draggable={draggable && canMove(item)}
      onDragStart={onDragStart(item)}
      className={cn('flex h-6 w-full items-center gap-1 rounded-sm border px-1 text-left text-xs hover:brightness-95', style.chip)}
    >
      {style.icon}
      <span className="hidden truncate sm:inline">{item.name}</span>
      {item.customised && <PencilLine aria-hidden className="hidden size-3 shrink-0 sm:inline" />}
    </button>
  );
}

/** A fuller card for the week view: name, program, duration, what changed. */
export function ScheduledCard({ item, onOpen, draggable }: { item: ScheduledWorkout; onOpen: () => void; draggable: boolean }) {
  const style = STATUS_STYLE[item.status];
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-label={describe(item)}
      draggable={draggable && canMove(item)}
      onDragStart={onDragStart(item)}
      className={cn(
        'flex w-full flex-col gap-1 rounded-md border p-2 text-left text-sm hover:brightness-95',
        style.chip,
        draggable && canMove(item) && 'cursor-grab',
      )}
    >
      <span className="flex items-center gap-1.5 font-medium">
        {style.icon}
        <span className="truncate">{item.name}</span>
      </span>
      {item.programName ? (
        <span className="truncate text-xs no-underline opacity-90" title={item.programName}>
          {item.week ? `Week ${item.week} · ` : ''}
          {item.programName}
        </span>
      ) : (
        <span className="text-xs opacity-90">One-off</span>
      )}
      <span className="flex flex-wrap items-center gap-x-2 text-xs opacity-90">
        {item.estimatedMinutes > 0 && (
          <span className="inline-flex items-center gap-0.5">
            <Clock aria-hidden className="size-3" />
            {item.estimatedMinutes} min
          </span>
        )}
        <span>{item.exerciseCount === 1 ? '1 exercise' : `${item.exerciseCount} exercises`}</span>
        {item.customised && (
          <span className="inline-flex items-center gap-0.5">
            <PencilLine aria-hidden className="size-3" /> edited
          </span>
        )}
        {item.originalDate && (
          <span className="inline-flex items-center gap-0.5">
            <ArrowRightLeft aria-hidden className="size-3" /> moved
          </span>
        )}
      </span>
    </button>
  );
}
