import { and, eq, sql, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { exercises } from '../../db/schema';

/** What every read returns: the row as the API shows it (archived as a flag, no timestamps). */
export const exerciseFields = {
  id: exercises.id,
  sourceId: exercises.sourceId,
  name: exercises.name,
  alias: exercises.alias,
  category: exercises.category,
  level: exercises.level,
  force: exercises.force,
  mechanic: exercises.mechanic,
  equipment: exercises.equipment,
  primaryMuscles: exercises.primaryMuscles,
  secondaryMuscles: exercises.secondaryMuscles,
  instructions: exercises.instructions,
  cues: exercises.cues,
  videoUrl: exercises.videoUrl,
  isCustom: exercises.isCustom,
  archived: sql<boolean>`${exercises.archivedAt} is not null`.as('archived'),
};

export type ExerciseRecord = {
  id: string;
  sourceId: string | null;
  name: string;
  alias: string | null;
  category: string;
  level: string | null;
  force: string | null;
  mechanic: string | null;
  equipment: string | null;
  primaryMuscles: string[];
  secondaryMuscles: string[];
  instructions: string[];
  cues: string;
  videoUrl: string | null;
  isCustom: boolean;
  archived: boolean;
};

export type ExerciseValues = Omit<Partial<typeof exercises.$inferInsert>, 'id' | 'sourceId' | 'createdAt'>;

export async function findExercise(db: DbOrTx, id: string): Promise<ExerciseRecord | null> {
  const [row] = await db.select(exerciseFields).from(exercises).where(eq(exercises.id, id));
  return row ?? null;
}

/** Several exercises at once, e.g. every exercise a program uses (archived ones included). */
export async function findExercisesByIds(db: DbOrTx, ids: string[]): Promise<ExerciseRecord[]> {
  if (ids.length === 0) return [];
  return db.select(exerciseFields).from(exercises).where(inArray(exercises.id, ids));
}

export async function insertExercise(db: DbOrTx, values: ExerciseValues & { name: string; category: string; at: Date }) {
  const { at, ...fields } = values;
  const [row] = await db
    .insert(exercises)
    .values({ ...fields, isCustom: true, createdAt: at, updatedAt: at })
    .returning(exerciseFields);
  return row!;
}

export async function updateExerciseRow(db: DbOrTx, id: string, patch: ExerciseValues): Promise<ExerciseRecord> {
  const [row] = await db.update(exercises).set(patch).where(eq(exercises.id, id)).returning(exerciseFields);
  return row!;
}

/** Sets or clears archived_at only if it is not already in that state; null when it was. */
export async function setExerciseArchived(db: DbOrTx, id: string, archivedAt: Date | null, at: Date) {
  const [row] = await db
    .update(exercises)
    .set({ archivedAt, updatedAt: at })
    .where(and(eq(exercises.id, id), archivedAt ? sql`${exercises.archivedAt} is null` : sql`${exercises.archivedAt} is not null`))
    .returning(exerciseFields);
  return row ?? null;
}
