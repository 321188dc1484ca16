import { and, count, desc, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';
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

export type InboxRow = {
  client_id: string;
  client_name: string;
  client_status: string;
  needs_reply: boolean;
  last_message_at: Date | string;
  last_body: string | null;
  last_sender: 'trainer' | 'client';
  last_automated: boolean;
  last_deleted: boolean;
  last_kind: 'image' | 'file' | null;
  unread: number;
};

/** The trainer's inbox: every conversation with a message, its last message and unread count. */
export async function listInboxRows(db: DbOrTx, limit: number): Promise<InboxRow[]> {
  return queryRows<InboxRow>(
    db,
    sql`select conv.client_id, c.name as client_name, c.status as client_status, conv.needs_reply, conv.last_message_at,
          last.body as last_body, last.sender_role as last_sender, last.automated as last_automated,
          (last.deleted_at is not null) as last_deleted, u.kind as last_kind,
          (select count(*)::int from ${messages} m
             where m.client_id = conv.client_id and m.sender_role = 'client' and m.deleted_at is null
               and (conv.trainer_last_read_at is null or m.created_at > conv.trainer_last_read_at)) as unread
        from ${conversations} conv
        join ${clientProfiles} c on c.id = conv.client_id
        join lateral (
          select * from ${messages} m where m.client_id = conv.client_id order by m.created_at desc, m.id desc limit 1
        ) last on true
        left join ${uploads} u on u.id = last.attachment_id
        order by conv.last_message_at desc
        limit ${limit}`,
  );
}
