import type { Exercise } from '../../../shared/exercises';
import type { Program, ProgramContent, ProgramSummary } from '../../../shared/programs';
import type { FieldIssue } from '../../../shared/errors';
import type { ProgramRow, ProgramSummaryRow } from './programs.repo';

export function toSummary(row: ProgramSummaryRow): ProgramSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    tags: row.tags,
    weeks: row.weeks,
    workoutCount: row.workoutCount,
    clientId: row.clientId,
    sourceProgramId: row.sourceProgramId,
    archived: row.archivedAt !== null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toProgram(row: ProgramRow, exercises: Exercise[]): Program {
  return { ...toSummary({ ...row, workoutCount: row.content.workouts.length }), content: row.content, version: row.version, exercises };
}

/** Every exercise id the content points at, with where (for naming the bad field). */
export function exerciseRefs(content: Pick<ProgramContent, 'workouts'>, prefix = 'content'): { id: string; path: string }[] {
  return content.workouts.flatMap((workout, w) =>
    workout.blocks.flatMap((block, b) =>
      block.exercises.map((exercise, e) => ({
        id: exercise.exerciseId,
        path: `${prefix}.workouts.${w}.blocks.${b}.exercises.${e}.exerciseId`,
      })),
    ),
  );
}

/** The same, for one workout sent on its own (field paths start at `workout`). */
export function workoutExerciseRefs(workout: ProgramContent['workouts'][number]): { id: string; path: string }[] {
  return exerciseRefs({ workouts: [workout] }).map((ref) => ({ ...ref, path: ref.path.replace('content.workouts.0', 'workout') }));
}

export function unknownExerciseIssues(refs: { id: string; path: string }[], existing: Set<string>): FieldIssue[] {
  return refs.filter((ref) => !existing.has(ref.id)).map((ref) => ({ path: ref.path, message: 'This exercise is not in the library' }));
}

/** An empty program: one workout in week 1 so the builder opens on something to fill. */
export function emptyContent(weeks: number, newId: () => string): ProgramContent {
  return { weeks, workouts: [{ id: newId(), week: 1, order: 1, name: 'Day 1', notes: '', blocks: [] }] };
}
