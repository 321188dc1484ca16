import { and, asc, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Exercise } from '../../../shared/exercises';
import type { Db } from '../../db/client';
import { exercises } from '../../db/schema';
import type { Actor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { findClient } from '../clients/clients.repo';
import { toExercise } from '../exercises/exercises.service';
import { exerciseFields, findExercise } from '../exercises/exercises.repo';

/** What a client said they have (onboarding) → the library's equipment values they can use. */
const USABLE: Record<string, string[]> = {
  barbell_rack: ['barbell', 'e-z curl bar'],
  dumbbells: ['dumbbell'],
  kettlebells: ['kettlebells'],
  resistance_bands: ['bands'],
  pull_up_bar: ['body only'],
  cardio_machine: ['machine'],
  bodyweight_only: ['body only'],
};

/** The equipment values a client can use; null means anything (a full gym, or not told). */
export function usableEquipment(clientEquipment: string[] | null): string[] | null {
  if (!clientEquipment?.length || clientEquipment.includes('full_gym')) return null;
  return [...new Set(['body only', ...clientEquipment.flatMap((item) => USABLE[item] ?? [])])];
}

/**
 * Swaps: same primary muscle, not archived, and — for a client — equipment they said they have
 * (body-weight moves always); the same equipment as the original first, then by name.
 */
export async function alternativesFor(deps: { db: Db }, actor: Actor, id: string): Promise<Exercise[]> {
  const exercise = await findExercise(deps.db, id);
  if (!exercise) throw AppError.notFound('That exercise');
  if (exercise.primaryMuscles.length === 0) return [];
  const muscles = `{${exercise.primaryMuscles.map((m) => `"${m.replace(/"/g, '')}"`).join(',')}}`;
  const usable = actor.role === 'client' ? usableEquipment((await findClient(deps.db, actor.clientId))?.equipment ?? null) : null;
  const rows = await deps.db
    .select(exerciseFields)
    .from(exercises)
    .where(
      and(
        ne(exercises.id, id),
        isNull(exercises.archivedAt),
        sql`${exercises.primaryMuscles} && ${muscles}::text[]`,
        usable ? or(isNull(exercises.equipment), inArray(exercises.equipment, usable)) : undefined,
      ),
    )
    .orderBy(
      sql`case when ${exercises.equipment} is not distinct from ${exercise.equipment} then 0 else 1 end`,
      sql`case when ${exercises.category} = ${exercise.category} then 0 else 1 end`,
      asc(exercises.name),
    )
    .limit(20);
  return rows.map(toExercise);
}
