import { Check, Circle, SkipForward, X } from 'lucide-react';
import type { ReactNode } from 'react';
import type { SCHEDULE_STATUSES } from '../../../shared/programs';
import { Badge } from '../../ui/badge';
import type { BadgeTone } from '../../ui/badge';

export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

/** Green, red and amber are for status only; scheduled is the accent, skipped is quiet and struck through. */
export const STATUS_STYLE: Record<ScheduleStatus, { label: string; chip: string; tone: BadgeTone; icon: ReactNode }> = {
  scheduled: {
    label: 'Scheduled',
    chip: 'border-accent/40 bg-accent-soft text-accent-text',
    tone: 'accent',
    icon: <Circle aria-hidden className="size-3 shrink-0" />,
  },
  completed: {
    label: 'Completed',
    chip: 'border-success/40 bg-success-soft text-success',
    tone: 'success',
    icon: <Check aria-hidden className="size-3 shrink-0" />,
  },
  missed: {
    label: 'Missed',
    chip: 'border-danger/40 bg-danger-soft text-danger',
    tone: 'danger',
    icon: <X aria-hidden className="size-3 shrink-0" />,
  },
  skipped: {
    label: 'Skipped',
    chip: 'border-line bg-surface-muted text-muted line-through',
    tone: 'neutral',
    icon: <SkipForward aria-hidden className="size-3 shrink-0" />,
  },
};

export function ScheduleStatusBadge({ status }: { status: ScheduleStatus }) {
  const style = STATUS_STYLE[status];
  return (
    <Badge tone={style.tone}>
      {style.icon}
      {style.label}
    </Badge>
  );
}

export function StatusLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      {(Object.keys(STATUS_STYLE) as ScheduleStatus[]).map((status) => (
        <li key={status} className="flex items-center gap-1.5">
          <span aria-hidden className={`inline-flex size-3 rounded-sm border ${STATUS_STYLE[status].chip}`} />
          {STATUS_STYLE[status].label}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-flex size-3 rounded-sm border border-dashed border-line" />
        Rest day
      </li>
    </ul>
  );
}
