import { and, eq, isNull, lt, notExists, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { messages, uploads } from '../../db/schema';

export type UploadRow = typeof uploads.$inferSelect;

export async function insertUpload(db: DbOrTx, values: typeof uploads.$inferInsert): Promise<UploadRow> {
  const [row] = await db.insert(uploads).values(values).returning();
  return row!;
}

export async function findUpload(db: DbOrTx, id: string): Promise<UploadRow | null> {
  const [row] = await db
    .select()
    .from(uploads)
    .where(and(eq(uploads.id, id), isNull(uploads.deletedAt)));
  return row ?? null;
}

export async function markUploadDeleted(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(uploads).set({ deletedAt: at }).where(eq(uploads.id, id));
}

/** Chat uploads never attached to a message (the sender gave up) and older than `before`. */
export async function findOrphanMessageUploads(db: DbOrTx, before: Date, limit: number): Promise<UploadRow[]> {
  return db
    .select()
    .from(uploads)
    .where(
      and(
        eq(uploads.purpose, 'message'),
        isNull(uploads.deletedAt),
        lt(uploads.createdAt, before),
        notExists(
          db
            .select({ one: sql`1` })
            .from(messages)
            .where(eq(messages.attachmentId, uploads.id)),
        ),
      ),
    )
    .limit(limit);
}
