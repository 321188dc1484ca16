import type { LoggedSet } from '../../../shared/logging';
import type { PrescribedSet } from '../../../shared/programs';
import type { RowModel } from './gym-model';
import { fromLogged, type Unit } from './units';

/*
 * What a set row offers to fill in: the coach's target, last time's numbers, and the suggestion a
 * tick on an empty row logs. All in the client's unit.
 */

/** Values typed into a set row, in the client's unit. */
export type SetValues = { weight: number | null; reps: number | null; seconds: number | null; meters: number | null; rpe: number | null };

/** The prescription as values: the load converted to the client's unit, the bottom of a rep range. */
export function targetValues(prescribed: PrescribedSet | null, unit: Unit): SetValues | null {
  if (!prescribed) return null;
  const { load, target, effort } = prescribed;
  const weight =
    load.kind === 'weight'
      ? fromLogged({ weight: load.value, unit: load.unit, weightKg: null }, unit)
      : load.kind === 'bodyweight' && load.extra
        ? fromLogged({ weight: load.extra.value, unit: load.extra.unit, weightKg: null }, unit)
        : null;
  return {
    weight,
    reps: target.kind === 'reps' ? target.min : null,
    seconds: target.kind === 'time' ? target.seconds : null,
    meters: target.kind === 'distance' ? target.meters : null,
    rpe: effort?.kind === 'rpe' ? effort.value : null,
  };
}

export function lastValues(last: LoggedSet | null, unit: Unit): SetValues | null {
  if (!last) return null;
  return {
    weight: fromLogged(last, unit),
    reps: last.reps,
    seconds: last.durationSeconds,
    meters: last.distanceMeters,
    rpe: last.rpe,
  };
}

/**
 * What a tick on an empty row logs (shown greyed in the inputs): the coach's load for today, else
 * the set just done (a set added beyond the plan), else last time's; last time's reps when they
 * are inside today's range, else the bottom of the range.
 */
export function suggestedValues(row: RowModel, unit: Unit, previous: LoggedSet | null = null): SetValues {
  const target = targetValues(row.prescribed, unit);
  const before = row.prescribed ? null : lastValues(previous, unit);
  const last = lastValues(row.last, unit);
  const range = row.prescribed?.target.kind === 'reps' ? row.prescribed.target : null;
  const lastRepsFit = last?.reps != null && (!range || (last.reps >= range.min && last.reps <= range.max));
  return {
    weight: target?.weight ?? before?.weight ?? last?.weight ?? null,
    reps: row.measure === 'reps' ? (before?.reps ?? (lastRepsFit ? last?.reps : null) ?? target?.reps ?? last?.reps ?? null) : null,
    seconds: row.measure === 'time' ? (target?.seconds ?? before?.seconds ?? last?.seconds ?? null) : null,
    meters: row.measure === 'distance' ? (target?.meters ?? before?.meters ?? last?.meters ?? null) : null,
    rpe: null,
  };
}
