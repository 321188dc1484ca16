import type { CheckinState } from '../../../shared/checkins';
import { addDays, daysBetween, isoWeekday, startOfWeek, zonedMidnight } from '../programs/schedule-rules';

/**
 * When check-ins are due, when they turn overdue, habit streaks and compliance, and the coach's
 * typical reply time: pure functions of data, calendar days and a clock, tested without a database.
 */

export type ScheduleRule = {
  kind: 'weekly' | 'every_n_days' | 'once';
  weekday: number | null;
  everyDays: number | null;
  startDate: string;
};

/** The latest day on or before `date` that the schedule makes a check-in due; null before the first. */
export function occurrenceOnOrBefore(schedule: ScheduleRule, date: string): string | null {
  if (date < schedule.startDate) return null;
  if (schedule.kind === 'once') return schedule.startDate;
  if (schedule.kind === 'every_n_days') {
    const every = Math.max(1, schedule.everyDays ?? 7);
    return addDays(schedule.startDate, Math.floor(daysBetween(schedule.startDate, date) / every) * every);
  }
  const weekday = schedule.weekday ?? 1;
  const candidate = addDays(date, -((isoWeekday(date) - weekday + 7) % 7));
  return candidate >= schedule.startDate ? candidate : null;
}

/** The first due day strictly after `date`; null when the schedule has no more (a past "once"). */
export function occurrenceAfter(schedule: ScheduleRule, date: string): string | null {
  if (date < schedule.startDate) {
    if (schedule.kind !== 'weekly') return schedule.startDate;
    const weekday = schedule.weekday ?? 1;
    return addDays(schedule.startDate, (weekday - isoWeekday(schedule.startDate) + 7) % 7);
  }
  if (schedule.kind === 'once') return null;
  if (schedule.kind === 'every_n_days') return addDays(occurrenceOnOrBefore(schedule, date)!, Math.max(1, schedule.everyDays ?? 7));
  const weekday = schedule.weekday ?? 1;
  return addDays(date, (weekday - isoWeekday(date) + 7) % 7 || 7);
}

/** The moment a check-in due on `dueDate` turns overdue: the client's midnight of that day plus the grace. */
export function overdueAt(dueDate: string, graceHours: number, timeZone: string): Date {
  return new Date(zonedMidnight(dueDate, timeZone).getTime() + graceHours * 3_600_000);
}

export function checkinState(input: {
  dueDate: string;
  graceHours: number;
  timeZone: string;
  today: string;
  now: Date;
  submittedAt: Date | null;
  reviewedAt: Date | null;
}): CheckinState {
  if (input.reviewedAt) return 'reviewed';
  if (input.submittedAt) return 'submitted';
  if (input.dueDate > input.today) return 'upcoming';
  return input.now >= overdueAt(input.dueDate, input.graceHours, input.timeZone) ? 'overdue' : 'due';
}

/**
 * The occurrence a client should see for a schedule: the latest one due by today (an older one not
 * answered is simply missed: check-ins do not pile up), or, before the first, the first upcoming.
 */
export function currentOccurrence(schedule: ScheduleRule, today: string): string | null {
  return occurrenceOnOrBefore(schedule, today) ?? occurrenceAfter(schedule, today);
}

/** Median of the coach's reply times (hours), or null until there are at least `minimum` replies. */
export function medianReplyHours(replyMs: number[], minimum = 3): number | null {
  if (replyMs.length < minimum) return null;
  const sorted = [...replyMs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const ms = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round((ms / 3_600_000) * 10) / 10;
}

// ---- habits --------------------------------------------------------------------------------

export type HabitRule = {
  kind: 'yes_no' | 'numeric';
  frequency: 'daily' | 'weekly';
  target: number | null;
  startDate: string;
  endDate: string | null;
};

/** Whether a value meets the habit: yes/no is any tick; numeric reaches the target. */
export const meets = (habit: HabitRule, value: number) => (habit.kind === 'yes_no' ? value > 0 : value >= (habit.target ?? 0));

/**
 * Streak and compliance of a habit from its logs (date → value) up to `today`. Daily habits count
 * days, weekly ones weeks (the trainer's week start, values summed over the week). The current day
 * or week counts once met and never breaks a streak while it is still open. Compliance is the share
 * of days/weeks met among those in the window since the habit started (the open one only if met).
 */
export function habitStats(
  habit: HabitRule,
  logs: Map<string, number>,
  today: string,
  weekStartsOn: number,
): { current: number | null; streak: number; compliance7: number | null; compliance30: number | null } {
  const last = habit.endDate && habit.endDate < today ? habit.endDate : today;
  if (habit.frequency === 'daily') {
    const value = (date: string) => logs.get(date);
    const met = (date: string) => meets(habit, value(date) ?? 0);
    let streak = 0;
    let day = met(last) ? last : addDays(last, -1);
    while (day >= habit.startDate && met(day)) {
      streak += 1;
      day = addDays(day, -1);
    }
    const compliance = (days: number) => {
      let counted = 0;
      let done = 0;
      for (let i = 0; i < days; i++) {
        const date = addDays(last, -i);
        if (date < habit.startDate) break;
        const ok = met(date);
        if (date === today && !ok) continue;
        counted += 1;
        if (ok) done += 1;
      }
      return counted === 0 ? null : Math.round((100 * done) / counted);
    };
    return { current: logs.get(today) ?? null, streak, compliance7: compliance(7), compliance30: compliance(30) };
  }

  // Weekly: sum each week's values.
  const weekOf = (date: string) => startOfWeek(date, weekStartsOn);
  const totals = new Map<string, number>();
  for (const [date, value] of logs) totals.set(weekOf(date), (totals.get(weekOf(date)) ?? 0) + value);
  const firstWeek = weekOf(habit.startDate);
  const thisWeek = weekOf(last);
  const met = (week: string) => meets(habit, totals.get(week) ?? 0);
  let streak = 0;
  let week = met(thisWeek) ? thisWeek : addDays(thisWeek, -7);
  while (week >= firstWeek && met(week)) {
    streak += 1;
    week = addDays(week, -7);
  }
  // 7 days ≈ this week; 30 days ≈ the last 4 weeks (whole weeks, the open one only if met).
  const compliance = (weeks: number) => {
    let counted = 0;
    let done = 0;
    for (let i = 0; i < weeks; i++) {
      const w = addDays(thisWeek, -7 * i);
      if (w < firstWeek) break;
      const ok = met(w);
      if (w === weekOf(today) && !ok) continue;
      counted += 1;
      if (ok) done += 1;
    }
    return counted === 0 ? null : Math.round((100 * done) / counted);
  };
  return { current: totals.get(weekOf(today)) ?? null, streak, compliance7: compliance(1), compliance30: compliance(4) };
}
