import type { Goal, GoalKind } from '../../../shared/goals';
import type { MetricDefinition } from '../../../shared/progress';
import { todayIso } from '../../lib/dates';
import type { Unit } from '../history/format';
import { formatDay, formatMetric, fromBase, metricInfo, type MetricInfo } from '../metrics/units';

/*
 * Goals as a person reads them, in the viewer's units. Types only from shared/goals: the Progress
 * page (first download) uses these, and the schemas (with zod) stay out of it.
 */

export const GOAL_KIND_LABELS: Record<GoalKind, string> = {
  weight: 'Body weight',
  body_fat: 'Body fat',
  metric: 'Measurement',
  lift: 'Lift',
};

/** How a goal's values read: its metric in the viewer's units; a lift's estimated 1RM as a load. */
export function goalInfo(goal: Pick<Goal, 'kind' | 'metric' | 'baseUnit'>, viewer: Unit, custom: MetricDefinition[] = []): MetricInfo {
  if (goal.kind === 'lift') return { key: 'lift', label: 'Est. 1RM', kind: 'mass', unit: viewer, units: ['kg', 'lb'] };
  const info = metricInfo(goal.metric ?? goal.kind, viewer, custom);
  // A coach's own metric keeps its unit even before (or without) its definition loading.
  return info.kind === 'custom' && !info.unit ? { ...info, unit: goal.baseUnit, units: [goal.baseUnit] } : info;
}

/** A base-unit value in the viewer's unit, as a number for an input ("80", "176.4"). */
export const toViewer = (base: number, info: MetricInfo) => Math.round(fromBase(base, info.kind, info.unit) * 10) / 10;

/** The goal's own title, or one made from what it is: "Body weight to 80 kg", "Squat est. 1RM to 140 kg". */
export function goalTitle(goal: Pick<Goal, 'title' | 'kind' | 'targetValue'>, info: MetricInfo, exerciseName?: string): string {
  if (goal.title.trim()) return goal.title.trim();
  const target = formatMetric(goal.targetValue, info);
  if (goal.kind === 'lift') return `${exerciseName ?? 'Lift'} est. 1RM to ${target}`;
  return `${info.label} to ${target}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export type DeadlineState = { text: string; passed: boolean };

/** "By Tue 30 Jun · 45 days left", "Due today", "Deadline passed (Tue 30 Jun)"; null without a deadline. */
export function deadlineState(deadline: string | null, today: string, now: Date = new Date()): DeadlineState | null {
  if (!deadline) return null;
  const left = daysBetween(today, deadline);
  const day = formatDay(deadline, now);
  if (left < 0) return { text: `Deadline passed (${day})`, passed: true };
  if (left === 0) return { text: 'Due today', passed: false };
  return { text: `By ${day} · ${left} ${left === 1 ? 'day' : 'days'} left`, passed: false };
}

/** Today (YYYY-MM-DD) in the client's calendar; the browser's when their time zone is unknown. */
export function clientToday(timeZone: string | null | undefined, now: Date = new Date()): string {
  if (!timeZone) return todayIso(now);
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
    const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  } catch {
    return todayIso(now);
  }
}

/** The day after a YYYY-MM-DD day (a deadline's earliest choice). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

/** 0–100 for the progress bar. */
export const progressPercent = (progress: number) => Math.round(Math.min(1, Math.max(0, progress)) * 100);

/** Active goals first (in the order they were set), then reached ones (latest first); archived ones apart. */
export function sortGoals(goals: Goal[]): { open: Goal[]; archived: Goal[] } {
  const active = goals.filter((goal) => goal.status === 'active');
  const achieved = goals
    .filter((goal) => goal.status === 'achieved')
    .sort((a, b) => (b.achievedAt ?? '').localeCompare(a.achievedAt ?? ''));
  return { open: [...active, ...achieved], archived: goals.filter((goal) => goal.status === 'archived') };
}

/** Tells one reaching of a goal from the next (a moved target can be reached again). */
export const achievementKey = (goal: Pick<Goal, 'id' | 'achievedAt'>) => `${goal.id}:${goal.achievedAt ?? ''}`;

/** The reached goals this viewer has not been shown yet. */
export const unseenAchieved = (goals: Goal[], seen: ReadonlySet<string>) =>
  goals.filter((goal) => goal.status === 'achieved' && !seen.has(achievementKey(goal)));
