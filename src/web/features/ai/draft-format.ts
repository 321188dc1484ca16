import type { GoalProjection } from '../../../shared/ai';
import { isApiError } from '../../lib/api';

const at = (w: string, e: string) => `Workout ${Number(w) + 1}, exercise ${Number(e) + 1}`;

/** The validator's notes on an unusable draft, as a trainer would say them. */
export function plainProblem(problem: string): string {
  let match = /^workouts\.(\d+)\.exercises\.(\d+)\.exerciseId: "(.*)" is not in the exercise list/.exec(problem);
  if (match) return `${at(match[1]!, match[2]!)} wasn't an exercise from your library.`;
  match = /^workouts\.(\d+)\.exercises\.(\d+): repsMin is above repsMax/.exec(problem);
  if (match) return `${at(match[1]!, match[2]!)} had its rep range upside down.`;
  match = /^Write exactly (\d+) workouts \(got (\d+)\)/.exec(problem);
  if (match) return `It wrote ${match[2]} workouts a week instead of ${match[1]}.`;
  return `The draft came back incomplete (${problem.replace(/\.$/, '')}).`;
}

export type DraftFailure = { kind: 'unusable' | 'unavailable' | 'other'; text: string; problems: string[] };

/** Why a draft didn't come: the model's draft was unusable (with why), AI is off or out of budget, or anything else. */
export function draftFailure(error: unknown): DraftFailure {
  if (!isApiError(error)) return { kind: 'other', text: 'Something went wrong on our side. Try again in a moment.', problems: [] };
  if (error.status === 409) return { kind: 'unavailable', text: error.message, problems: [] };
  if (error.status === 502) {
    const raw = Array.isArray(error.details.problems) ? error.details.problems.filter((p): p is string => typeof p === 'string') : [];
    const problems = [...new Set(raw.map(plainProblem))].slice(0, 5);
    return {
      kind: 'unusable',
      text: problems.length
        ? 'The AI tried twice but its draft wasn’t usable, so nothing was saved.'
        : 'The AI service didn’t answer, so nothing was saved.',
      problems,
    };
  }
  return { kind: 'other', text: error.fields[0]?.message ?? error.message, problems: [] };
}

const dayMonth = (iso: string, month: 'long' | 'short', withYear: boolean) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month, ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T12:00:00Z`),
  );

/** "At this rate: around 3 March (between 20 Feb and 18 Mar)"; the year only when it isn't this one. */
export function projectionLine(p: GoalProjection, now: Date = new Date()): string {
  if (p.status === 'reached') return 'Reached — nice work.';
  if (p.status === 'not_enough_data') return 'Not enough entries yet to project a date.';
  if (!p.projectedDate) return 'At this rate the goal isn’t getting closer.';
  const year = String(now.getUTCFullYear());
  const withYear = (iso: string) => !iso.startsWith(year);
  const around = `around ${dayMonth(p.projectedDate, 'long', withYear(p.projectedDate))}`;
  // A very steady trend gives a range of one day: the date alone says it.
  if (p.earliest && p.latest && p.earliest === p.latest) return `At this rate: ${around}`;
  if (p.earliest && p.latest)
    return `At this rate: ${around} (between ${dayMonth(p.earliest, 'short', withYear(p.earliest))} and ${dayMonth(p.latest, 'short', withYear(p.latest))})`;
  if (p.earliest) return `At this rate: ${around} (${dayMonth(p.earliest, 'short', withYear(p.earliest))} at the earliest)`;
  return `At this rate: ${around}`;
}

/** "+0.4 kg a week", "−1.25 kg a week"; null when there's no rate. */
export function rateLine(p: GoalProjection): string | null {
  if (p.ratePerWeek === null) return null;
  const rounded = Math.round(p.ratePerWeek * 100) / 100;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${Math.abs(rounded).toLocaleString('en-GB')}${p.unit ? ` ${p.unit}` : ''} a week`;
}

export const STATUS_LABELS: Record<GoalProjection['status'], string> = {
  on_track: 'On track',
  off_track: 'Off track',
  reached: 'Reached',
  not_enough_data: 'Not enough data',
};

export const STATUS_TONES = { on_track: 'success', off_track: 'warning', reached: 'accent', not_enough_data: 'neutral' } as const;
