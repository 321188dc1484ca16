import type { LoggedSet } from '../../../shared/logging';
import type { Load, PrescribedSet } from '../../../shared/programs';
import { formatMeters, formatSeconds, formatSigned, formatTarget } from '../programs/workout-editor/set-format';

/*
 * Numbers of past workouts as a person reads them, in the viewer's unit. Types only from shared:
 * the Progress page (first download) uses these.
 */

export type Unit = 'kg' | 'lb';

const LB_PER_KG = 2.20462;

export const kgTo = (kg: number, unit: Unit) => (unit === 'kg' ? kg : kg * LB_PER_KG);

/** Converted loads are rounded to what plates can make (a quarter kilo, half a pound), not float noise. */
const roundLoad = (value: number, unit: Unit) => {
  const step = unit === 'kg' ? 0.25 : 0.5;
  return Math.round(value / step) * step;
};

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A load stored in kg, in the viewer's unit: "100 kg", "220.5 lb". */
export const formatKg = (kg: number, unit: Unit) => `${number.format(roundLoad(kgTo(kg, unit), unit))} ${unit}`;

/** A load as it was entered when the viewer uses that unit, converted otherwise. */
export function formatWeight(weight: number, weightUnit: Unit, unit: Unit): string {
  if (weightUnit === unit) return `${number.format(weight)} ${unit}`;
  return formatKg(weightUnit === 'kg' ? weight : weight / LB_PER_KG, unit);
}

/** Total volume (kg × reps) in whole units, without the unit: "4,320". */
export const volumeNumber = (kg: number, unit: Unit) => whole.format(kgTo(kg, unit));

/** Total volume (kg × reps), whole numbers: "4,320 kg". */
export const formatVolume = (kg: number, unit: Unit) => `${volumeNumber(kg, unit)} ${unit}`;

/** "47 min", "1 h 5 min", "40 s". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}

export function sessionSeconds(session: { startedAt: string; finishedAt: string | null }): number | null {
  if (!session.finishedAt) return null;
  return Math.max(0, Math.round((Date.parse(session.finishedAt) - Date.parse(session.startedAt)) / 1000));
}

/** "Mon 7 Dec", with the year once it is not this year's; in the viewer's time zone. */
export function formatWorkoutDate(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const sameYear = date.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

export const formatTime = (iso: string) => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));

export const RATING_LABELS: Record<number, string> = { 1: 'Awful', 2: 'Hard', 3: 'OK', 4: 'Good', 5: 'Great' };

/** What was done in one set: "62.5 kg × 10 · RPE 8", "1:30", "400 m". */
export function doneText(set: Pick<LoggedSet, 'weight' | 'unit' | 'reps' | 'durationSeconds' | 'distanceMeters' | 'rpe'>, unit: Unit) {
  const parts: string[] = [];
  const load = set.weight !== null && set.weight > 0 ? formatWeight(set.weight, set.unit, unit) : null;
  if (set.reps !== null) parts.push(load ? `${load} × ${set.reps}` : `${set.reps} ${set.reps === 1 ? 'rep' : 'reps'}`);
  else if (load) parts.push(load);
  if (set.durationSeconds !== null) parts.push(formatSeconds(set.durationSeconds));
  if (set.distanceMeters !== null) parts.push(formatMeters(set.distanceMeters));
  if (parts.length === 0) parts.push('Done');
  if (set.rpe !== null) parts.push(`RPE ${set.rpe}`);
  return parts.join(' · ');
}

function loadText(load: Load, unit: Unit): string | null {
  if (load.kind === 'weight') return formatWeight(load.value, load.unit, unit);
  if (load.kind === 'percent_1rm') return `${load.percent}% 1RM`;
  if (load.kind === 'bodyweight') return load.extra ? `BW ${formatSigned(load.extra.value)} ${load.extra.unit}` : 'Bodyweight';
  return null;
}

/** What the plan asked for in one set: "8–12 reps · 60 kg · RPE 8". */
export function targetText(set: PrescribedSet, unit: Unit): string {
  const parts = [set.target.kind === 'reps' ? `${formatTarget(set.target)} reps` : formatTarget(set.target)];
  const load = loadText(set.load, unit);
  if (load) parts.push(load);
  if (set.effort) parts.push(`${set.effort.kind.toUpperCase()} ${set.effort.value}`);
  if (set.type === 'amrap') parts.push('AMRAP');
  if (set.type === 'warmup') parts.push('warm-up');
  if (set.type === 'drop') parts.push('drop set');
  return parts.join(' · ');
}
