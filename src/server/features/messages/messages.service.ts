import type { z } from 'zod';
import {
  EDIT_WINDOW_MS,
  type ConversationPage,
  type EditMessageSchema,
  type ListMessagesQuerySchema,
  type Message,
  type SendMessageSchema,
} from '../../../shared/messages';
import type { Db } from '../../db/client';
import { actorRef, assertCanSeeClient, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { findClient } from '../clients/clients.repo';
import {
  countUnread,
  findConversation,
  findMessage,
  insertMessage,
  listMessageRows,
  searchMessageRows,
  updateMessageRow,
  upsertConversation,
  type MessageRow,
} from './messages.repo';

export type MessagesDeps = { db: Db; clock: Clock };

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    clientId: row.clientId,
    sender: row.senderRole,
    body: row.deletedAt ? null : row.body,
    subject: row.subjectType && row.subjectId ? { type: row.subjectType as 'scheduled_workout' | 'checkin', id: row.subjectId } : null,
    automated: row.automated,
    pinned: row.pinnedAt !== null,
    createdAt: row.createdAt.toISOString(),
    editedAt: iso(row.editedAt),
    deletedAt: iso(row.deletedAt),
  };
}

async function loadClient(deps: MessagesDeps, actor: Actor, clientId: string) {
  assertCanSeeClient(actor, clientId);
  const client = await findClient(deps.db, clientId);
  if (!client) throw AppError.notFound('That conversation');
  return client;
}

/** A message the actor may act on: in their own conversation (clients), any (trainer). */
async function loadMessage(deps: MessagesDeps, actor: Actor, id: string): Promise<MessageRow> {
  const row = await findMessage(deps.db, id);
  if (!row || (actor.role === 'client' && row.clientId !== actor.clientId)) throw AppError.notFound('That message');
  return row;
}

export async function listConversation(
  deps: MessagesDeps,
  actor: Actor,
  clientId: string,
  page: z.output<typeof ListMessagesQuerySchema>,
): Promise<ConversationPage> {
  await loadClient(deps, actor, clientId);
  const [rows, conversation] = await Promise.all([listMessageRows(deps.db, clientId, page), findConversation(deps.db, clientId)]);
  const hasMore = rows.length > page.limit;
  const items = rows.slice(0, page.limit).reverse().map(toMessage);
  const otherLastRead = actor.role === 'trainer' ? conversation?.clientLastReadAt : conversation?.trainerLastReadAt;
  return { items, hasMore, otherLastReadAt: iso(otherLastRead ?? null), needsReply: conversation?.needsReply ?? false };
}

export async function sendMessage(deps: MessagesDeps, actor: Actor, clientId: string, input: z.output<typeof SendMessageSchema>) {
  const client = await loadClient(deps, actor, clientId);
  if (client.status === 'archived') throw new AppError('CONFLICT', 'This client is archived: restore them to message again.');
  if (!client.userId)
    throw new AppError('CONFLICT', `${client.name} has not joined yet: your message would wait unseen. Resend the invitation instead.`);
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertMessage(tx, {
      clientId,
      senderRole: actor.role,
      senderId: actor.userId,
      body: input.body,
      subjectType: input.subject?.type ?? null,
      subjectId: input.subject?.id ?? null,
      createdAt: now,
    });
    // Writing is reading: the sender has seen everything up to their own message.
    await upsertConversation(tx, clientId, {
      lastMessageAt: now,
      needsReply: actor.role === 'client',
      ...(actor.role === 'trainer' ? { trainerLastReadAt: now } : { clientLastReadAt: now }),
      updatedAt: now,
    });
    return created;
  });
  return toMessage(row);
}

export async function markRead(deps: MessagesDeps, actor: Actor, clientId: string): Promise<void> {
  await loadClient(deps, actor, clientId);
  const now = deps.clock.now();
  await upsertConversation(deps.db, clientId, {
    ...(actor.role === 'trainer' ? { trainerLastReadAt: now } : { clientLastReadAt: now }),
    updatedAt: now,
  });
}

export async function setNeedsReply(deps: MessagesDeps, actor: Actor, clientId: string, needsReply: boolean) {
  await loadClient(deps, actor, clientId);
  await upsertConversation(deps.db, clientId, { needsReply, updatedAt: deps.clock.now() });
  return { needsReply };
}

export async function editMessage(deps: MessagesDeps, actor: Actor, id: string, input: z.output<typeof EditMessageSchema>) {
  const row = await loadMessage(deps, actor, id);
  if (row.senderId !== actor.userId) throw new AppError('FORBIDDEN', 'You can only edit your own messages.');
  if (row.deletedAt) throw new AppError('CONFLICT', 'This message was deleted.');
  const now = deps.clock.now();
  if (now.getTime() - row.createdAt.getTime() > EDIT_WINDOW_MS)
    throw new AppError('CONFLICT', 'Messages can be edited for 15 minutes after sending.');
  const updated = await updateMessageRow(deps.db, id, { body: input.body, editedAt: now });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'message.edit', subjectType: 'message', subjectId: id, at: now });
  return toMessage(updated);
}

/** Deleting keeps a visible trace: the message stays, its text goes. */
export async function deleteMessage(deps: MessagesDeps, actor: Actor, id: string) {
  const row = await loadMessage(deps, actor, id);
  if (row.senderId !== actor.userId) throw new AppError('FORBIDDEN', 'You can only delete your own messages.');
  const now = deps.clock.now();
  const updated = row.deletedAt ? row : await updateMessageRow(deps.db, id, { body: null, deletedAt: now, pinnedAt: null });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'message.delete', subjectType: 'message', subjectId: id, at: now });
  return toMessage(updated);
}

export async function setPinned(deps: MessagesDeps, actor: Actor, id: string, pinned: boolean) {
  const row = await loadMessage(deps, actor, id);
  if (row.deletedAt) throw new AppError('CONFLICT', 'A deleted message cannot be pinned.');
  return toMessage(await updateMessageRow(deps.db, id, { pinnedAt: pinned ? deps.clock.now() : null }));
}

export async function unreadCounts(deps: MessagesDeps, actor: Actor) {
  const rows = await countUnread(deps.db, actor.role, actor.role === 'client' ? actor.clientId : undefined);
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    byClient: rows.map((row) => ({ clientId: row.clientId, count: row.count })),
  };
}

export async function searchMessages(deps: MessagesDeps, q: string) {
  return { items: (await searchMessageRows(deps.db, q, 50)).map(toMessage) };
}
