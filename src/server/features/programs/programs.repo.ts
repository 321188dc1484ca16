import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { ProgramContent, Workout } from '../../../shared/programs';
import type { DbOrTx } from '../../db/client';
import { exercises, programs, scheduledWorkouts } from '../../db/schema';

export type ProgramRow = typeof programs.$inferSelect;

/** What a list shows: never the (possibly large) content document itself. */
const summaryColumns = {
  id: programs.id,
  clientId: programs.clientId,
  sourceProgramId: programs.sourceProgramId,
  name: programs.name,
  description: programs.description,
  tags: programs.tags,
  weeks: programs.weeks,
  workoutCount: sql<number>`jsonb_array_length(${programs.content} -> 'workouts')`.mapWith(Number),
  archivedAt: programs.archivedAt,
  updatedAt: programs.updatedAt,
};
export type ProgramSummaryRow = Pick<
  ProgramRow,
  'id' | 'clientId' | 'sourceProgramId' | 'name' | 'description' | 'tags' | 'weeks' | 'archivedAt' | 'updatedAt'
> & {
  workoutCount: number;
};
export type ScheduledRow = typeof scheduledWorkouts.$inferSelect;

export async function insertProgram(db: DbOrTx, values: typeof programs.$inferInsert): Promise<ProgramRow> {
  const [row] = await db.insert(programs).values(values).returning();
  return row!;
}

export async function findProgram(db: DbOrTx, id: string): Promise<ProgramRow | null> {
  const [row] = await db.select().from(programs).where(eq(programs.id, id));
  return row ?? null;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export async function listTemplateRows(
  db: DbOrTx,
  filter: { q?: string; tag?: string; archived: 'exclude' | 'include' | 'only'; limit: number; offset: number },
) {
  const conditions: (SQL | undefined)[] = [isNull(programs.clientId)];
  if (filter.archived === 'exclude') conditions.push(isNull(programs.archivedAt));
  if (filter.archived === 'only') conditions.push(isNotNull(programs.archivedAt));
  if (filter.tag) conditions.push(sql`${programs.tags} @> array[${filter.tag.toLowerCase()}]::text[]`);
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(or(ilike(programs.name, pattern), ilike(programs.description, pattern)));
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(programs)
      .where(where)
      .orderBy(desc(programs.updatedAt), asc(programs.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ value: count() }).from(programs).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function listClientProgramRows(db: DbOrTx, clientId: string): Promise<ProgramSummaryRow[]> {
  return db.select(summaryColumns).from(programs).where(eq(programs.clientId, clientId)).orderBy(desc(programs.createdAt));
}

/** Saves only if nobody saved since `version` was loaded; null means stale (or gone). */
export async function saveProgramIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  values: { name: string; description: string; tags: string[]; content: ProgramContent; updatedAt: Date },
): Promise<ProgramRow | null> {
  const [row] = await db
    .update(programs)
    .set({ ...values, weeks: values.content.weeks, version: sql`${programs.version} + 1` })
    .where(and(eq(programs.id, id), eq(programs.version, version)))
    .returning();
  return row ?? null;
}

export async function setProgramArchived(db: DbOrTx, id: string, at: Date | null, now: Date): Promise<ProgramSummaryRow> {
  const [row] = await db.update(programs).set({ archivedAt: at, updatedAt: now }).where(eq(programs.id, id)).returning(summaryColumns);
  return row!;
}

/** Which of these exercise ids exist in the library (archived ones included: programs keep them). */
export async function findExistingExerciseIds(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: exercises.id }).from(exercises).where(inArray(exercises.id, ids));
  return new Set(rows.map((row) => row.id));
}

/* ---------- the calendar ---------- */

export async function insertScheduled(db: DbOrTx, rows: (typeof scheduledWorkouts.$inferInsert)[]): Promise<ScheduledRow[]> {
  if (rows.length === 0) return [];
  return db.insert(scheduledWorkouts).values(rows).returning();
}

export type ScheduledWithProgram = { scheduled: ScheduledRow; programName: string | null; content: ProgramContent | null };

/**
 * Calendar entries with their program's name and content. Each program's document is read once
 * (a month of one program's workouts would otherwise carry the same document 20 times).
 */
async function withPrograms(db: DbOrTx, rows: { scheduled: ScheduledRow; programName: string | null }[]): Promise<ScheduledWithProgram[]> {
  const ids = [...new Set(rows.map((row) => row.scheduled.programId).filter((id): id is string => id !== null))];
  const contents = ids.length
    ? new Map(
        (await db.select({ id: programs.id, content: programs.content }).from(programs).where(inArray(programs.id, ids))).map((p) => [
          p.id,
          p.content,
        ]),
      )
    : new Map<string, ProgramContent>();
  return rows.map((row) => ({ ...row, content: row.scheduled.programId ? (contents.get(row.scheduled.programId) ?? null) : null }));
}

const scheduledWithName = (db: DbOrTx) =>
  db
    .select({ scheduled: scheduledWorkouts, programName: programs.name })
    .from(scheduledWorkouts)
    .leftJoin(programs, eq(programs.id, scheduledWorkouts.programId));

export async function listScheduledRows(db: DbOrTx, clientId: string, from: string, to: string): Promise<ScheduledWithProgram[]> {
  const rows = await scheduledWithName(db)
    .where(and(eq(scheduledWorkouts.clientId, clientId), gte(scheduledWorkouts.date, from), lte(scheduledWorkouts.date, to)))
    .orderBy(asc(scheduledWorkouts.date), asc(scheduledWorkouts.createdAt));
  return withPrograms(db, rows);
}

export async function findScheduledRow(db: DbOrTx, id: string): Promise<ScheduledWithProgram | null> {
  const [row] = await withPrograms(db, await scheduledWithName(db).where(eq(scheduledWorkouts.id, id)));
  return row ?? null;
}

export async function updateScheduledRow(
  db: DbOrTx,
  id: string,
  patch: Partial<{ date: string; originalDate: string | null; status: 'scheduled' | 'skipped'; override: Workout | null; updatedAt: Date }>,
): Promise<void> {
  await db.update(scheduledWorkouts).set(patch).where(eq(scheduledWorkouts.id, id));
}

export async function deleteScheduledRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(scheduledWorkouts).where(eq(scheduledWorkouts.id, id));
}
