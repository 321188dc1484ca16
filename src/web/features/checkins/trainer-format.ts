import type { CheckinSchedule, CheckinState } from '../../../shared/checkins';
import { formatDate } from '../../lib/dates';

/* Words for the trainer's check-in screens: schedules, grace periods, states, habits. Pure, so tested. */

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** "2 days", "12 hours", "1 day 6 hours". */
export function formatGrace(hours: number): string {
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  const d = days === 1 ? '1 day' : `${days} days`;
  const h = rest === 1 ? '1 hour' : `${rest} hours`;
  if (days === 0) return h;
  return rest === 0 ? d : `${d} ${h}`;
}

/** "Every Sunday", "Every 14 days", "Once, on 5 Apr 2026". */
export function describeRepeat(schedule: Pick<CheckinSchedule, 'kind' | 'weekday' | 'everyDays' | 'startDate'>): string {
  if (schedule.kind === 'weekly') return `Every ${WEEKDAYS[(schedule.weekday ?? 7) - 1] ?? 'week'}`;
  if (schedule.kind === 'every_n_days') return schedule.everyDays === 1 ? 'Every day' : `Every ${schedule.everyDays ?? '?'} days`;
  return `Once, on ${formatDate(schedule.startDate)}`;
}

/** "Every Sunday · from 1 Mar 2026 · overdue after 2 days". */
export function describeSchedule(schedule: Pick<CheckinSchedule, 'kind' | 'weekday' | 'everyDays' | 'startDate' | 'graceHours'>): string {
  const parts = [describeRepeat(schedule)];
  if (schedule.kind !== 'once') parts.push(`from ${formatDate(schedule.startDate)}`);
  parts.push(`overdue after ${formatGrace(schedule.graceHours)}`);
  return parts.join(' · ');
}

export const STATE_LABELS: Record<CheckinState, string> = {
  upcoming: 'Upcoming',
  due: 'Due',
  overdue: 'Overdue',
  submitted: 'Waiting for review',
  reviewed: 'Reviewed',
};

export const STATE_TONES = {
  upcoming: 'neutral',
  due: 'accent',
  overdue: 'danger',
  submitted: 'warning',
  reviewed: 'success',
} as const satisfies Record<CheckinState, string>;

/** "8,000 steps a day", "2.5 L a week", "Yes / no, daily". */
export function describeHabit(habit: {
  kind: 'yes_no' | 'numeric';
  frequency: 'daily' | 'weekly';
  target: number | null;
  unit: string;
}): string {
  const per = habit.frequency === 'daily' ? 'a day' : 'a week';
  if (habit.kind === 'yes_no') return habit.frequency === 'daily' ? 'Every day' : 'Once a week';
  const target = habit.target === null ? '?' : new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(habit.target);
  return `${target}${habit.unit ? ` ${habit.unit}` : ''} ${per}`;
}

/** A compliance percentage, or a dash before there is anything to measure. */
export const formatPercent = (value: number | null) => (value === null ? '—' : `${Math.round(value)}%`);

/** Status colour of a compliance figure: on track, slipping, or needs attention. */
export const complianceTone = (value: number | null) =>
  value === null ? 'neutral' : value >= 80 ? 'success' : value >= 50 ? 'warning' : 'danger';
