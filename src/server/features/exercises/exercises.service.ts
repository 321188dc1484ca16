import type { z } from 'zod';
import {
  BUILTIN_EDITABLE_FIELDS,
  type CreateExerciseSchema,
  type Exercise,
  type ExercisePage,
  type ListExercisesQuerySchema,
  type UpdateExerciseSchema,
} from '../../../shared/exercises';
import type { Db, DbOrTx } from '../../db/client';
import { actorRef, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { parseExerciseQuery } from './exercise-search';
import { listExerciseRows } from './exercise-search.repo';
import { findExercise, insertExercise, setExerciseArchived, updateExerciseRow, type ExerciseRecord } from './exercises.repo';

export type ExercisesDeps = { db: Db; clock: Clock };

type CreateInput = z.output<typeof CreateExerciseSchema>;
/** Only the fields the caller sent (the shared schema would fill defaults for the others). */
type UpdateInput = Partial<z.output<typeof UpdateExerciseSchema>>;

/** The database keeps the shipped data set's values as text; they are the shared enums. */
export const toExercise = (row: ExerciseRecord): Exercise => row as Exercise;

async function audit(db: DbOrTx, actor: Actor, action: string, exerciseId: string, at: Date, details?: Record<string, unknown>) {
  await recordAudit(db, { ...actorRef(actor), action, subjectType: 'exercise', subjectId: exerciseId, details, at });
}

/** Archived exercises stay readable by the trainer (programs point at them); a client gets 404. */
async function loadExercise(db: DbOrTx, actor: Actor, id: string): Promise<ExerciseRecord> {
  const row = await findExercise(db, id);
  if (!row || (row.archived && actor.role !== 'trainer')) throw AppError.notFound('That exercise');
  return row;
}

/** Each muscle once, and a main mover is not also listed as a secondary one. */
function cleanMuscles(primary: string[], secondary: string[]) {
  const main = [...new Set(primary)];
  return { primaryMuscles: main, secondaryMuscles: [...new Set(secondary)].filter((muscle) => !main.includes(muscle)) };
}

export async function listExercises(
  deps: ExercisesDeps,
  actor: Actor,
  query: z.output<typeof ListExercisesQuerySchema>,
): Promise<ExercisePage> {
  const page = { limit: query.limit, offset: query.offset };
  // Clients never see archived exercises: "only archived" is nothing for them, "include" is the rest.
  if (actor.role !== 'trainer' && query.archived === 'only') return { items: [], total: 0, ...page };
  const parsed = query.q ? parseExerciseQuery(query.q) : null;
  const { rows, total } = await listExerciseRows(deps.db, {
    ...query,
    query: parsed && parsed.terms.length > 0 ? parsed : null,
    archived: actor.role === 'trainer' ? query.archived : 'exclude',
  });
  return { items: rows.map(toExercise), total, ...page };
}

export async function getExercise(deps: ExercisesDeps, actor: Actor, id: string): Promise<Exercise> {
  return toExercise(await loadExercise(deps.db, actor, id));
}

export async function createExercise(deps: ExercisesDeps, actor: Actor, input: CreateInput): Promise<Exercise> {
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertExercise(tx, { ...input, ...cleanMuscles(input.primaryMuscles, input.secondaryMuscles), at: now });
    await audit(tx, actor, 'exercise.create', created.id, now, { name: created.name });
    return created;
  });
  return toExercise(row);
}

/** Built-ins take only alias, cues and video: every other field sent is named in the 400. */
function refuseShippedFields(input: UpdateInput) {
  const editable: readonly string[] = BUILTIN_EDITABLE_FIELDS;
  const refused = Object.keys(input).filter((field) => !editable.includes(field));
  if (refused.length === 0) return;
  const message = 'Built-in exercises keep their shipped details; you can change the alias, cues and video.';
  throw AppError.validation(
    refused.map((path) => ({ path, message: 'Not editable on a built-in exercise' })),
    message,
  );
}

export async function updateExercise(deps: ExercisesDeps, actor: Actor, id: string, input: UpdateInput): Promise<Exercise> {
  const now = deps.clock.now();
  const current = await loadExercise(deps.db, actor, id);
  if (!current.isCustom) refuseShippedFields(input);
  const fields = Object.keys(input);
  if (fields.length === 0) return toExercise(current);
  const musclePatch =
    input.primaryMuscles || input.secondaryMuscles
      ? cleanMuscles(input.primaryMuscles ?? current.primaryMuscles, input.secondaryMuscles ?? current.secondaryMuscles)
      : {};
  const row = await deps.db.transaction(async (tx) => {
    const updated = await updateExerciseRow(tx, id, { ...input, ...musclePatch, updatedAt: now });
    await audit(tx, actor, 'exercise.update', id, now, { fields });
    return updated;
  });
  return toExercise(row);
}

async function setArchived(deps: ExercisesDeps, actor: Actor, id: string, archive: boolean): Promise<Exercise> {
  const now = deps.clock.now();
  const current = await loadExercise(deps.db, actor, id);
  if (current.archived === archive) {
    throw new AppError('CONFLICT', archive ? `${current.name} is already archived.` : `${current.name} is not archived.`);
  }
  const row = await deps.db.transaction(async (tx) => {
    const updated = await setExerciseArchived(tx, id, archive ? now : null, now);
    if (!updated) throw new AppError('CONFLICT', 'Someone else changed this exercise just now; reload and try again.');
    await audit(tx, actor, archive ? 'exercise.archive' : 'exercise.restore', id, now);
    return updated;
  });
  return toExercise(row);
}

/** Hides the exercise from search; programs and history that use it keep pointing at it. */
export const archiveExercise = (deps: ExercisesDeps, actor: Actor, id: string) => setArchived(deps, actor, id, true);
export const restoreExercise = (deps: ExercisesDeps, actor: Actor, id: string) => setArchived(deps, actor, id, false);
