import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { clientProfiles, formChecks, messages, uploads } from '../../db/schema';

export type FormCheckRow = typeof formChecks.$inferSelect;
export type FormCheckWithNames = { formCheck: FormCheckRow; clientName: string; videoType: string; comments: number };

export async function insertFormCheck(db: DbOrTx, values: typeof formChecks.$inferInsert): Promise<FormCheckRow> {
  const [row] = await db.insert(formChecks).values(values).returning();
  return row!;
}

export async function findFormCheck(db: DbOrTx, id: string): Promise<FormCheckRow | null> {
  const [row] = await db.select().from(formChecks).where(eq(formChecks.id, id));
  return row ?? null;
}

export async function updateFormCheck(db: DbOrTx, id: string, patch: Partial<typeof formChecks.$inferInsert>): Promise<FormCheckRow> {
  const [row] = await db.update(formChecks).set(patch).where(eq(formChecks.id, id)).returning();
  return row!;
}

export async function deleteFormCheckRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(formChecks).where(eq(formChecks.id, id));
}

/** Form checks with the client's name, the video's type and how many comments each has, newest first. */
export async function listFormCheckRows(
  db: DbOrTx,
  filter: { clientId?: string | undefined; status?: 'waiting' | 'reviewed' | undefined; ids?: string[] },
  limit = 100,
): Promise<FormCheckWithNames[]> {
  const where: SQL[] = [];
  if (filter.clientId) where.push(eq(formChecks.clientId, filter.clientId));
  if (filter.status) where.push(eq(formChecks.status, filter.status));
  if (filter.ids) where.push(inArray(formChecks.id, filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']));
  const rows = await db
    .select({ formCheck: formChecks, clientName: clientProfiles.name, videoType: uploads.contentType })
    .from(formChecks)
    .innerJoin(clientProfiles, eq(clientProfiles.id, formChecks.clientId))
    .innerJoin(uploads, eq(uploads.id, formChecks.videoUploadId))
    .where(and(...where))
    .orderBy(filter.status === 'waiting' ? asc(formChecks.createdAt) : desc(formChecks.createdAt))
    .limit(limit);
  if (rows.length === 0) return [];
  const counts = await db
    .select({ id: messages.subjectId, n: count() })
    .from(messages)
    .where(
      and(
        eq(messages.subjectType, 'form_check'),
        inArray(
          messages.subjectId,
          rows.map((row) => row.formCheck.id),
        ),
      ),
    )
    .groupBy(messages.subjectId);
  const byId = new Map(counts.map((row) => [row.id, row.n]));
  return rows.map((row) => ({ ...row, comments: byId.get(row.formCheck.id) ?? 0 }));
}

/** The messages about one video, oldest first (deleted ones left out). */
export async function formCheckComments(db: DbOrTx, id: string) {
  return db
    .select()
    .from(messages)
    .where(and(eq(messages.subjectType, 'form_check'), eq(messages.subjectId, id)))
    .orderBy(asc(messages.createdAt));
}
