import type { Units } from '../../../shared/clients';
import type { PrescribedSet, Prescription } from '../../../shared/programs';

/**
 * Progression rules, evaluated when a client's next session is prepared. Pure and
 * deterministic: the same prescription and the same last performance always give the same sets.
 */

/** What the client actually did last time with this prescription, set by set. */
export type PerformedSet = { type: PrescribedSet['type']; reps: number | null; weight: { value: number; unit: Units } | null };

const LB_PER_KG = 2.2046226218;

export function convertWeight(value: number, from: Units, to: Units): number {
  if (from === to) return value;
  return from === 'kg' ? value * LB_PER_KG : value / LB_PER_KG;
}

/** Plates come in steps: 0.5 kg or 1 lb is the finest a gym can load. */
export function roundLoad(value: number, unit: Units): number {
  const step = unit === 'kg' ? 0.5 : 1;
  return Math.round(value / step) * step;
}

const working = <T extends { type: PrescribedSet['type'] }>(sets: T[]) =>
  sets.filter((set) => set.type === 'working' || set.type === 'amrap');

/** The heaviest load used on last session's working sets, in `unit`. */
function lastWorkingLoad(last: PerformedSet[], unit: Units): number | null {
  const loads = working(last)
    .map((set) => (set.weight ? convertWeight(set.weight.value, set.weight.unit, unit) : null))
    .filter((value): value is number => value !== null);
  return loads.length ? Math.max(...loads) : null;
}

function withWorkingLoad(sets: PrescribedSet[], value: number, unit: Units): PrescribedSet[] {
  return sets.map((set) =>
    set.type === 'working' || set.type === 'amrap' ? { ...set, load: { kind: 'weight', value: roundLoad(value, unit), unit } } : set,
  );
}

function withWorkingReps(sets: PrescribedSet[], reps: number): PrescribedSet[] {
  return sets.map((set) =>
    (set.type === 'working' || set.type === 'amrap') && set.target.kind === 'reps'
      ? { ...set, target: { kind: 'reps', min: reps, max: reps } }
      : set,
  );
}

function prescribedUnit(sets: PrescribedSet[], fallback: Units): Units {
  const weighted = sets.find((set) => set.load.kind === 'weight');
  return weighted?.load.kind === 'weight' ? weighted.load.unit : fallback;
}

export type PrepareInput = {
  prescription: Prescription;
  /** Last time this prescription was done (null: never, so the sets stand as written). */
  lastSession: PerformedSet[] | null;
  /** For a deload rule: the same exercise's prescription in the week it repeats. */
  deloadSource?: Prescription | null;
};

export function prepareSets({ prescription, lastSession, deloadSource }: PrepareInput): PrescribedSet[] {
  const rule = prescription.progression;
  const sets = prescription.sets;
  if (!rule) return sets;

  if (rule.kind === 'deload') {
    const source = deloadSource?.sets ?? sets;
    const factor = 1 - rule.reducePercent / 100;
    return source.map((set) => {
      if (set.load.kind === 'weight') return { ...set, load: { ...set.load, value: roundLoad(set.load.value * factor, set.load.unit) } };
      if (set.load.kind === 'percent_1rm')
        return { ...set, load: { ...set.load, percent: Math.round(set.load.percent * factor * 10) / 10 } };
      return set;
    });
  }

  if (!lastSession || working(lastSession).length === 0) return sets;
  const unit = prescribedUnit(sets, rule.increment.unit);
  const lastLoad = lastWorkingLoad(lastSession, unit);
  const increment = convertWeight(rule.increment.value, rule.increment.unit, unit);

  if (rule.kind === 'load_at_top_of_range') {
    if (lastLoad === null) return sets;
    const targets = working(sets);
    const done = working(lastSession);
    const allAtTop =
      done.length >= targets.length &&
      targets.every((target, i) => target.target.kind === 'reps' && (done[i]?.reps ?? 0) >= target.target.max);
    return withWorkingLoad(sets, allAtTop ? lastLoad + increment : lastLoad, unit);
  }

  // reps_then_load: the reps every working set reached last time, plus the weekly step, until the ceiling.
  const startReps = working(sets).find((set) => set.target.kind === 'reps');
  if (!startReps || startReps.target.kind !== 'reps') return sets;
  const reached = Math.min(...working(lastSession).map((set) => set.reps ?? 0));
  const nextReps = reached + rule.repsPerWeek;
  if (nextReps > rule.upTo) {
    const reset = withWorkingReps(sets, startReps.target.min);
    return lastLoad === null ? reset : withWorkingLoad(reset, lastLoad + increment, unit);
  }
  const progressed = withWorkingReps(sets, Math.max(nextReps, startReps.target.min));
  return lastLoad === null ? progressed : withWorkingLoad(progressed, lastLoad, unit);
}
