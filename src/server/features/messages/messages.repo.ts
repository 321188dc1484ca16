import { and, count, desc, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { clientProfiles, conversations, messages, uploads } from '../../db/schema';
import type { UploadRow } from '../uploads/uploads.repo';

export type MessageRow = typeof messages.$inferSelect;
export type ConversationRow = typeof conversations.$inferSelect;
/** A message with its attachment (if any): what every read returns. */
export type MessageWithUpload = { message: MessageRow; upload: UploadRow | null };

const withUpload = (db: DbOrTx) =>
  db.select({ message: messages, upload: uploads }).from(messages).leftJoin(uploads, eq(uploads.id, messages.attachmentId));

export async function insertMessages(db: DbOrTx, values: (typeof messages.$inferInsert)[]): Promise<MessageRow[]> {
  if (values.length === 0) return [];
  return db.insert(messages).values(values).returning();
}

export async function insertMessage(db: DbOrTx, values: typeof messages.$inferInsert): Promise<MessageRow> {
  const [row] = await db.insert(messages).values(values).returning();
  return row!;
}

export async function findMessage(db: DbOrTx, id: string): Promise<MessageWithUpload | null> {
  const [row] = await withUpload(db).where(eq(messages.id, id));
  return row ?? null;
}

export async function updateMessageRow(db: DbOrTx, id: string, patch: Partial<typeof messages.$inferInsert>): Promise<MessageRow> {
  const [row] = await db.update(messages).set(patch).where(eq(messages.id, id)).returning();
  return row!;
}

/** Newest first, `limit + 1` rows so the caller knows whether there is more. */
export async function listMessageRows(
  db: DbOrTx,
  clientId: string,
  page: { before?: string; limit: number },
): Promise<MessageWithUpload[]> {
  return withUpload(db)
    .where(and(eq(messages.clientId, clientId), page.before ? lt(messages.createdAt, new Date(page.before)) : undefined))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(page.limit + 1);
}

export async function findConversation(db: DbOrTx, clientId: string): Promise<ConversationRow | null> {
  const [row] = await db.select().from(conversations).where(eq(conversations.clientId, clientId));
  return row ?? null;
}

/** Creates the conversation on first use and applies the patch. */
export async function upsertConversation(
  db: DbOrTx,
  clientId: string,
  patch: Partial<Omit<typeof conversations.$inferInsert, 'clientId'>> & { updatedAt: Date },
): Promise<void> {
  await db
    .insert(conversations)
    .values({ clientId, ...patch })
    .onConflictDoUpdate({ target: conversations.clientId, set: patch });
}

/** Unread = messages from the other side, not deleted, newer than this side's last read. */
export async function countUnread(db: DbOrTx, reader: 'trainer' | 'client', clientId?: string) {
  const lastRead = reader === 'trainer' ? conversations.trainerLastReadAt : conversations.clientLastReadAt;
  return db
    .select({ clientId: messages.clientId, count: count() })
    .from(messages)
    .leftJoin(conversations, eq(conversations.clientId, messages.clientId))
    .where(
      and(
        ne(messages.senderRole, reader),
        isNull(messages.deletedAt),
        or(isNull(lastRead), gt(messages.createdAt, lastRead)),
        clientId ? eq(messages.clientId, clientId) : undefined,
      ),
    )
    .groupBy(messages.clientId);
}

export async function searchMessageRows(db: DbOrTx, q: string, limit: number): Promise<MessageWithUpload[]> {
  const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return withUpload(db)
    .where(and(isNull(messages.deletedAt), sql`lower(${messages.body}) like ${pattern}`))
    .orderBy(desc(messages.createdAt))
    .limit(limit);
}

/** Who a broadcast reaches: active clients who have joined, optionally with one tag. */
export async function findBroadcastRecipients(db: DbOrTx, tag: string | null) {
  return db
    .select({ id: clientProfiles.id, userId: clientProfiles.userId, name: clientProfiles.name })
    .from(clientProfiles)
    .where(
      and(
        eq(clientProfiles.status, 'active'),
        sql`${clientProfiles.userId} is not null`,
        tag ? sql`${tag} = any(${clientProfiles.tags})` : undefined,
      ),
    );
}

/** Upserts many conversations at once (a broadcast). */
export async function touchConversations(db: DbOrTx, clientIds: string[], at: Date): Promise<void> {
  if (clientIds.length === 0) return;
  await db
    .insert(conversations)
    .values(clientIds.map((clientId) => ({ clientId, lastMessageAt: at, updatedAt: at })))
    .onConflictDoUpdate({ target: conversations.clientId, set: { lastMessageAt: at, updatedAt: at } });
}
