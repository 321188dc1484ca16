import type { Habit } from '../../../shared/checkins';

/* Words and numbers for a habit on the client's Today. Pure: tested on its own. */

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
export const formatHabitNumber = (value: number) => number.format(value);

/** "5-day streak", "3-week streak"; null while there is none. */
export function streakLabel(habit: Pick<Habit, 'streak' | 'frequency'>): string | null {
  if (habit.streak <= 0) return null;
  return `${habit.streak}-${habit.frequency === 'weekly' ? 'week' : 'day'} streak`;
}

/** "7 days 57% · 30 days 40%"; only the figures that exist (a habit started yesterday has no 30-day one yet). */
export function complianceLabel(habit: Pick<Habit, 'compliance7' | 'compliance30'>): string | null {
  const parts: string[] = [];
  if (habit.compliance7 !== null) parts.push(`7 days ${habit.compliance7}%`);
  if (habit.compliance30 !== null) parts.push(`30 days ${habit.compliance30}%`);
  return parts.length ? parts.join(' · ') : null;
}

/** What was logged for one day (the last 14 days come with the habit). */
export function dayValue(habit: Pick<Habit, 'recent'>, day: string): number | null {
  return habit.recent.find((entry) => entry.date === day)?.value ?? null;
}

/** Whether the habit is done for now: ticked, or the number reached (today's for daily, the week's for weekly). */
export function isMet(habit: Pick<Habit, 'kind' | 'target' | 'current'>): boolean {
  if (habit.current === null) return false;
  if (habit.kind === 'yes_no') return habit.current >= 1;
  return habit.target !== null && habit.current >= habit.target;
}

/** 0–100 of the target, for the bar. */
export function progressPercent(habit: Pick<Habit, 'target' | 'current'>): number {
  if (!habit.target || habit.current === null) return 0;
  return Math.max(0, Math.min(100, Math.round((habit.current / habit.target) * 100)));
}

/**
 * Quick "add" buttons where a number grows through the day: water in litres or millilitres,
 * glasses, cups. Steps, sleep or weight are entered as one number, so they get none.
 */
export function presetsFor(habit: Pick<Habit, 'kind' | 'unit' | 'name'>): number[] {
  if (habit.kind !== 'numeric') return [];
  const unit = habit.unit.trim().toLowerCase();
  if (['l', 'litre', 'litres', 'liter', 'liters'].includes(unit)) return [0.25, 0.5];
  if (unit === 'ml') return [250, 500];
  if (['oz', 'fl oz'].includes(unit)) return [8, 16];
  if (['glass', 'glasses', 'cup', 'cups', 'serving', 'servings', 'portion', 'portions'].includes(unit)) return [1];
  return [];
}

/** A value after adding to it, without floating-point crumbs (0.1 + 0.2 is 0.3 here). */
export function addTo(current: number | null, amount: number): number {
  return Math.round(((current ?? 0) + amount) * 1000) / 1000;
}

/** "+0.25 l", "+1 glass". */
export const presetLabel = (amount: number, unit: string) => `+${formatHabitNumber(amount)}${unit ? ` ${unit}` : ''}`;

/**
 * The habit as it looks right after logging `value` for `day` (null: cleared), before the server
 * answers: today's value, the week's total for weekly habits, the 14-day row. Streaks and
 * compliance wait for the server.
 */
export function withDayValue(habit: Habit, day: string, value: number | null): Habit {
  const before = dayValue(habit, day);
  const recent = habit.recent.filter((entry) => entry.date !== day);
  if (value !== null) recent.push({ date: day, value });
  recent.sort((a, b) => a.date.localeCompare(b.date));
  const current =
    habit.frequency === 'daily'
      ? value
      : (() => {
          const total = (habit.current ?? 0) - (before ?? 0) + (value ?? 0);
          return total > 0 ? Math.round(total * 1000) / 1000 : null;
        })();
  return { ...habit, recent, current };
}

/** The habits to show on a day: started, not ended, not archived. */
export function activeOn(habits: Habit[], day: string): Habit[] {
  return habits.filter((habit) => !habit.archived && habit.startDate <= day && (habit.endDate === null || habit.endDate >= day));
}
