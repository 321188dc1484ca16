import { and, eq, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { checkins, formChecks, messages, progressPhotos, uploads } from '../../db/schema';

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

/**
 * Uploads nothing points at, older than `before`: chat files never sent (the sender gave up) and
 * progress photos whose record was never written (a failure between storing and recording), and
 * check-in photos whose check-in was never sent, and form-check videos and stills whose form check
 * was never recorded (or was deleted).
 */
export async function findOrphanUploads(db: DbOrTx, before: Date, limit: number): Promise<UploadRow[]> {
  return db
    .select()
    .from(uploads)
    .where(
      and(
        isNull(uploads.deletedAt),
        lt(uploads.createdAt, before),
        or(
          and(
            eq(uploads.purpose, 'message'),
            notExists(
              db
                .select({ one: sql`1` })
                .from(messages)
                .where(eq(messages.attachmentId, uploads.id)),
            ),
          ),
          and(
            eq(uploads.purpose, 'checkin'),
            notExists(
              db
                .select({ one: sql`1` })
                .from(checkins)
                .where(sql`${uploads.id} = any(${checkins.uploadIds})`),
            ),
          ),
          and(
            eq(uploads.purpose, 'form_check'),
            notExists(
              db
                .select({ one: sql`1` })
                .from(formChecks)
                .where(eq(formChecks.videoUploadId, uploads.id)),
            ),
          ),
          and(
            eq(uploads.purpose, 'form_check_frame'),
            notExists(
              db
                .select({ one: sql`1` })
                .from(formChecks)
                .where(sql`${uploads.id} = any(${formChecks.frameUploadIds})`),
            ),
          ),
          and(
            eq(uploads.purpose, 'progress_photo'),
            notExists(
              db
                .select({ one: sql`1` })
                .from(progressPhotos)
                .where(eq(progressPhotos.uploadId, uploads.id)),
            ),
          ),
        ),
      ),
    )
    .limit(limit);
}
