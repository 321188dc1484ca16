import { and, asc, isNull, ne, sql } from 'drizzle-orm';
import type { Exercise } from '../../../shared/exercises';
import type { Db } from '../../db/client';
import { exercises } from '../../db/schema';
import type { Actor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { toExercise } from '../exercises/exercises.service';
import { exerciseFields, findExercise } from '../exercises/exercises.repo';

/** Swaps: same primary muscle, not archived; the same equipment first, then by name. */
export async function alternativesFor(deps: { db: Db }, _actor: Actor, id: string): Promise<Exercise[]> {
  const exercise = await findExercise(deps.db, id);
  if (!exercise) throw AppError.notFound('That exercise');
  if (exercise.primaryMuscles.length === 0) return [];
  const muscles = `{${exercise.primaryMuscles.map((m) => `"${m.replace(/"/g, '')}"`).join(',')}}`;
  const rows = await deps.db
    .select(exerciseFields)
    .from(exercises)
    .where(and(ne(exercises.id, id), isNull(exercises.archivedAt), sql`${exercises.primaryMuscles} && ${muscles}::text[]`))
    .orderBy(
      sql`case when ${exercises.equipment} is not distinct from ${exercise.equipment} then 0 else 1 end`,
      sql`case when ${exercises.category} = ${exercise.category} then 0 else 1 end`,
      asc(exercises.name),
    )
    .limit(20);
  return rows.map(toExercise);
}
