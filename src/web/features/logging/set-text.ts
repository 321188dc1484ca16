import type { LoggedSet } from '../../../shared/logging';
import type { Load, PrescribedSet } from '../../../shared/programs';
import { formatMeters, formatSeconds, formatSigned, formatTarget } from '../programs/workout-editor/set-format';
import { formatLoad, fromLogged, type Unit } from './units';

/** The coach's load in the client's unit ("60 kg" reads "132.5 lb" to someone logging in pounds). */
function loadText(load: Load, unit: Unit): string | null {
  if (load.kind === 'weight') return formatLoad(fromLogged({ weight: load.value, unit: load.unit, weightKg: null }, unit) ?? 0, unit);
  if (load.kind === 'percent_1rm') return `${load.percent}% 1RM`;
  if (load.kind === 'bodyweight') {
    if (!load.extra) return 'bodyweight';
    const extra = fromLogged({ weight: Math.abs(load.extra.value), unit: load.extra.unit, weightKg: null }, unit) ?? 0;
    return `BW ${formatSigned(load.extra.value < 0 ? -extra : extra)} ${unit}`;
  }
  return null;
}

/** "8–12 reps · 60 kg · RPE 8 · tempo 3-1-1-0". */
export function targetText(set: PrescribedSet, unit: Unit): string {
  const parts = [set.target.kind === 'reps' ? `${formatTarget(set.target)} reps` : formatTarget(set.target)];
  const load = loadText(set.load, unit);
  if (load) parts.push(load);
  if (set.effort) parts.push(`${set.effort.kind.toUpperCase()} ${set.effort.value}`);
  if (set.tempo) parts.push(`tempo ${set.tempo}`);
  return parts.join(' · ');
}

/** "57.5 kg × 10", "45s", "400 m", "BW × 12". */
export function loggedText(set: LoggedSet, unit: Unit): string {
  const weight = fromLogged(set, unit);
  const parts: string[] = [];
  if (set.reps !== null) parts.push(weight !== null && weight > 0 ? `${formatLoad(weight, unit)} × ${set.reps}` : `${set.reps} reps`);
  else if (weight !== null && weight > 0) parts.push(formatLoad(weight, unit));
  if (set.durationSeconds !== null) parts.push(formatSeconds(set.durationSeconds));
  if (set.distanceMeters !== null) parts.push(formatMeters(set.distanceMeters));
  if (set.rpe !== null) parts.push(`RPE ${set.rpe}`);
  return parts.join(' · ') || '—';
}

export const SET_TYPE_LABELS = { warmup: 'Warm-up', working: '', drop: 'Drop set', amrap: 'As many reps as you can' } as const;
