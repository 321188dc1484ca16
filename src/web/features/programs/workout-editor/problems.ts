import { createContext, useContext } from 'react';
import type { Workout } from '../../../../shared/programs';

/**
 * A validation problem, pinned to the thing it is about by id (not by index), so it stays on
 * the right set even while the trainer keeps editing. Paths look like the server's:
 * `content.workouts.0.blocks.1.exercises.0.sets.2.target.max`.
 */
export type Problem = {
  message: string;
  /** The deepest id the path reached (set, exercise, block or workout); null for program fields. */
  targetId: string | null;
  /** What is left of the path under that thing, e.g. "target.max", "name", "exercises". */
  field: string;
  week: number | null;
  /** The program-level field (name, description, tags) when targetId is null. */
  programField?: string;
};

type Path = ReadonlyArray<string | number | symbol>;

/** Resolves a path inside one workout (already past `workouts.N`). */
export function resolveInWorkout(workout: Workout, rest: Path, message: string): Problem {
  const [p0, i0, p1, i1, p2, i2, ...tail] = rest.map((part) => (typeof part === 'symbol' ? '' : part));
  const base = { message, week: workout.week };
  const join = (parts: Array<string | number | undefined>) => parts.filter((p) => p !== undefined && p !== '').join('.');
  if (p0 !== 'blocks' || i0 === undefined) return { ...base, targetId: workout.id, field: join([p0, i0, p1, i1]) };
  const block = workout.blocks[Number(i0)];
  if (!block) return { ...base, targetId: workout.id, field: 'blocks' };
  if (p1 !== 'exercises' || i1 === undefined) return { ...base, targetId: block.id, field: join([p1, i1]) };
  const prescription = block.exercises[Number(i1)];
  if (!prescription) return { ...base, targetId: block.id, field: 'exercises' };
  if (p2 !== 'sets' || i2 === undefined) return { ...base, targetId: prescription.id, field: join([p2, i2, ...tail]) };
  const set = prescription.sets[Number(i2)];
  if (!set) return { ...base, targetId: prescription.id, field: 'sets' };
  return { ...base, targetId: set.id, field: join(tail) };
}

/** Resolves a path of a whole program save (`name`, `content.weeks`, `content.workouts.3.name` …). */
export function resolveInProgram(workouts: Workout[], path: Path | string, message: string): Problem {
  const parts = typeof path === 'string' ? path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [...path];
  if (parts[0] !== 'content')
    return { message, targetId: null, field: String(parts[0] ?? ''), week: null, programField: String(parts[0] ?? '') };
  if (parts[1] !== 'workouts' || parts[2] === undefined) return { message, targetId: null, field: String(parts[1] ?? ''), week: null };
  const workout = workouts[Number(parts[2])];
  if (!workout) return { message, targetId: null, field: 'workouts', week: null };
  return resolveInWorkout(workout, parts.slice(3), message);
}

export type ProblemIndex = { all: Problem[]; byTarget: Map<string, Problem[]> };

export const EMPTY_PROBLEMS: ProblemIndex = { all: [], byTarget: new Map() };

export function indexProblems(problems: Problem[]): ProblemIndex {
  const byTarget = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (!problem.targetId) continue;
    byTarget.set(problem.targetId, [...(byTarget.get(problem.targetId) ?? []), problem]);
  }
  return { all: problems, byTarget };
}

export const ProblemsContext = createContext<ProblemIndex>(EMPTY_PROBLEMS);

/** Problems pinned to one set / exercise / block / workout. */
export function useProblems(id: string): Problem[] {
  return useContext(ProblemsContext).byTarget.get(id) ?? [];
}

/** The first message about a field ("target" matches "target.max" too). */
export const problemFor = (problems: Problem[], field: string): string | undefined =>
  problems.find((problem) => problem.field === field || problem.field.startsWith(`${field}.`))?.message;
