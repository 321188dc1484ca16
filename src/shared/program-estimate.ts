import type { Block, PrescribedSet, Workout } from './programs';

/** Seconds per rep and default rests used when a set does not say. Rough on purpose: a planning aid. */
const SECONDS_PER_REP = 4;
const DEFAULT_REST = { warmup: 60, working: 90, drop: 15, amrap: 120 } as const;
const SETUP_PER_EXERCISE = 60;

function workSeconds(set: PrescribedSet): number {
  const target = set.target;
  if (target.kind === 'reps') return Math.round(((target.min + target.max) / 2) * SECONDS_PER_REP);
  if (target.kind === 'time') return target.seconds;
  return Math.round(target.meters / 3); // ~3 m/s: a brisk run or a row
}

function blockSeconds(block: Block): number {
  const setup = block.exercises.length * SETUP_PER_EXERCISE;
  if (block.kind === 'single') {
    const sets = block.exercises[0]?.sets ?? [];
    return (
      setup +
      sets.reduce((sum, set, i) => sum + workSeconds(set) + (i < sets.length - 1 ? (set.restSeconds ?? DEFAULT_REST[set.type]) : 0), 0)
    );
  }
  // Superset / circuit: exercises back to back, rest after each round.
  const rounds = block.kind === 'circuit' ? block.rounds : Math.max(...block.exercises.map((e) => e.sets.length));
  const perRound = block.exercises.reduce((sum, exercise) => sum + workSeconds(exercise.sets[0]!) + 15, 0);
  const rest = block.restSeconds ?? 90;
  return setup + rounds * perRound + Math.max(0, rounds - 1) * rest;
}

/** Estimated minutes for a workout, rounded to 5 (never below 5 when it has anything in it). */
export function estimateWorkoutMinutes(workout: Pick<Workout, 'blocks'>): number {
  const seconds = workout.blocks.reduce((sum, block) => sum + blockSeconds(block), 0);
  if (seconds === 0) return 0;
  return Math.max(5, Math.round(seconds / 60 / 5) * 5);
}
