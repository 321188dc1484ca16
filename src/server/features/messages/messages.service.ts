import type { z } from 'zod';
import {
  EDIT_WINDOW_MS,
  type SUBJECT_TYPES,
  type BroadcastSchema,
  type ConversationPage,
  type Inbox,
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
import { findTrainer } from '../auth/auth.repo';
import { findClient, type ClientRow } from '../clients/clients.repo';
import { notify, readGroup } from '../notifications/notifications.service';
import type { Hub } from '../realtime/hub';
import type { Storage } from '../uploads/storage';
import { subjectLabel } from './message-subject';
import { deleteUpload, toAttachment } from '../uploads/uploads.service';
import { findUpload, type UploadRow } from '../uploads/uploads.repo';
import {
  countUnread,
  findBroadcastRecipients,
  findConversation,
  findMessage,
  insertMessage,
  insertMessages,
  listInboxRows,
  listMessageRows,
  searchMessageRows,
  touchConversations,
  updateMessageRow,
  upsertConversation,
  type MessageRow,
  type MessageWithUpload,
} from './messages.repo';

export type MessagesDeps = { db: Db; clock: Clock; hub: Hub; storage: Storage };

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The message as `viewer` sees it: a client never sees the "automated" mark on their coach's messages. */
export function toMessage(row: MessageRow, upload: UploadRow | null, viewer: 'trainer' | 'client' = 'trainer'): Message {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    clientId: row.clientId,
    sender: row.senderRole,
    body: deleted ? null : row.body,
    subject:
      row.subjectType && row.subjectId
        ? {
            type: row.subjectType as (typeof SUBJECT_TYPES)[number],
            id: row.subjectId,
            ...(row.subjectAtMs !== null ? { atMs: row.subjectAtMs } : {}),
          }
        : null,
    subjectLabel: row.subjectLabel,
    attachment: !deleted && upload && !upload.deletedAt ? toAttachment(upload) : null,
    automated: viewer === 'trainer' && row.automated,
    pinned: row.pinnedAt !== null,
    createdAt: row.createdAt.toISOString(),
    editedAt: iso(row.editedAt),
    deletedAt: iso(row.deletedAt),
  };
}

const view = (actor: Actor, { message, upload }: MessageWithUpload) => toMessage(message, upload, actor.role);

async function loadClient(deps: MessagesDeps, actor: Actor, clientId: string) {
  assertCanSeeClient(actor, clientId);
  const client = await findClient(deps.db, clientId);
  if (!client) throw AppError.notFound('That conversation');
  return client;
}

/** A message the actor may act on: in their own conversation (clients), any (trainer). */
async function loadMessage(deps: MessagesDeps, actor: Actor, id: string): Promise<MessageWithUpload> {
  const row = await findMessage(deps.db, id);
  if (!row || (actor.role === 'client' && row.message.clientId !== actor.clientId)) throw AppError.notFound('That message');
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
  const items = rows
    .slice(0, page.limit)
    .reverse()
    .map((row) => view(actor, row));
  const otherLastRead = actor.role === 'trainer' ? conversation?.clientLastReadAt : conversation?.trainerLastReadAt;
  return { items, hasMore, otherLastReadAt: iso(otherLastRead ?? null), needsReply: conversation?.needsReply ?? false };
}

/** The attachment a message may carry: uploaded into this conversation by this sender, not used yet. */
async function loadAttachment(deps: MessagesDeps, actor: Actor, clientId: string, attachmentId: string | null) {
  if (!attachmentId) return null;
  const upload = await findUpload(deps.db, attachmentId);
  if (!upload || upload.clientId !== clientId || upload.uploadedBy !== actor.userId || upload.purpose !== 'message')
    throw AppError.field('attachmentId', 'That file was not uploaded to this conversation.');
  return upload;
}

const snippet = (row: MessageRow, upload: UploadRow | null) => {
  if (row.body) return row.body.length > 140 ? `${row.body.slice(0, 139)}…` : row.body;
  if (upload) return upload.kind === 'image' ? 'Sent a photo' : `Sent a file: ${upload.name}`;
  return '';
};

/** Tells the other side: a live event for open apps, a notification (and later an email) otherwise. */
type Trainer = Awaited<ReturnType<typeof findTrainer>>;
type Recipient = { id: string; name: string; userId: string | null };

async function announce(deps: MessagesDeps, client: Recipient, row: MessageRow, upload: UploadRow | null, knownTrainer?: Trainer) {
  deps.hub.publish({ type: 'message', clientId: client.id, message: toMessage(row, upload, 'trainer') });
  const trainer = knownTrainer === undefined ? await findTrainer(deps.db) : knownTrainer;
  if (row.senderRole === 'client') {
    if (!trainer) return;
    await notify(deps, {
      recipientId: trainer.id,
      clientId: client.id,
      type: 'message',
      groupKey: `message:${client.id}`,
      title: `New message from ${client.name}`,
      body: snippet(row, upload),
      link: row.subjectType === 'form_check' && row.subjectId ? `/form-checks/${row.subjectId}` : `/clients/${client.id}/messages`,
    });
  } else if (client.userId) {
    const aboutWorkout = row.subjectType === 'workout_session';
    const aboutFood = row.subjectType === 'food_day';
    const coach = trainer?.name ?? 'Your coach';
    if (row.subjectType === 'form_check' && row.subjectId) {
      await notify(deps, {
        recipientId: client.userId,
        clientId: client.id,
        type: 'form_check_comment',
        groupKey: `form_check_comment:${row.subjectId}`,
        title: `${coach} commented on your video (${(row.subjectLabel ?? 'form check').replace(/^Form check — /, '')})`,
        body: snippet(row, upload),
        link: `/form-checks/${row.subjectId}`,
      });
      return;
    }
    await notify(deps, {
      recipientId: client.userId,
      clientId: client.id,
      type: aboutWorkout ? 'workout_comment' : aboutFood ? 'food_comment' : 'message',
      groupKey: aboutWorkout ? `workout_comment:${row.subjectId}` : aboutFood ? `food_comment:${row.subjectId}` : `message:${client.id}`,
      title: aboutWorkout
        ? `${coach} commented on ${row.subjectLabel ?? 'your workout'}`
        : aboutFood
          ? `${coach} commented on your food log`
          : `New message from ${trainer?.name ?? 'your coach'}`,
      body: snippet(row, upload),
      link: aboutWorkout ? `/progress/workouts/${row.subjectId}` : aboutFood ? `/nutrition?date=${row.subjectId}` : '/messages',
    });
  }
}

function assertCanMessage(client: ClientRow) {
  if (client.status === 'archived') throw new AppError('CONFLICT', 'This client is archived: restore them to message again.');
  if (!client.userId)
    throw new AppError('CONFLICT', `${client.name} has not joined yet: your message would wait unseen. Resend the invitation instead.`);
}

export async function sendMessage(deps: MessagesDeps, actor: Actor, clientId: string, input: z.output<typeof SendMessageSchema>) {
  const client = await loadClient(deps, actor, clientId);
  assertCanMessage(client);
  const [label, upload] = await Promise.all([
    subjectLabel(deps.db, clientId, input.subject, client.timeZone),
    loadAttachment(deps, actor, clientId, input.attachmentId),
  ]);
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertMessage(tx, {
      clientId,
      senderRole: actor.role,
      senderId: actor.userId,
      body: input.body || null,
      subjectType: input.subject?.type ?? null,
      subjectId: input.subject?.id ?? null,
      subjectLabel: label,
      subjectAtMs: input.subject?.type === 'form_check' ? (input.subject.atMs ?? null) : null,
      attachmentId: upload?.id ?? null,
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
  await announce(deps, client, row, upload);
  return toMessage(row, upload, actor.role);
}

/**
 * A message from the trainer sent by the app (automations): marked automated for the trainer,
 * the client sees their coach's message. Never to paused, archived or not-yet-joined clients.
 */
export async function sendAutomatedMessage(deps: MessagesDeps, client: ClientRow, body: string): Promise<MessageRow | null> {
  if (client.status !== 'active' || !client.userId) return null;
  const trainer = await findTrainer(deps.db);
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertMessage(tx, {
      clientId: client.id,
      senderRole: 'trainer',
      senderId: trainer?.id ?? null,
      body,
      automated: true,
      createdAt: now,
    });
    await upsertConversation(tx, client.id, { lastMessageAt: now, updatedAt: now });
    return created;
  });
  await announce(deps, client, row, null, trainer);
  return row;
}

/** One message in each chosen client's own conversation: nobody sees who else got it. */
export async function broadcast(deps: MessagesDeps, actor: Actor, input: z.output<typeof BroadcastSchema>) {
  const recipients = await findBroadcastRecipients(deps.db, input.tag);
  const now = deps.clock.now();
  const broadcastId = crypto.randomUUID();
  const rows = await deps.db.transaction(async (tx) => {
    const created = await insertMessages(
      tx,
      recipients.map((client) => ({
        clientId: client.id,
        senderRole: 'trainer' as const,
        senderId: actor.userId,
        body: input.body,
        broadcastId,
        createdAt: now,
      })),
    );
    await touchConversations(
      tx,
      recipients.map((client) => client.id),
      now,
    );
    return created;
  });
  const byId = new Map(recipients.map((client) => [client.id, client]));
  const trainer = await findTrainer(deps.db);
  for (const row of rows) {
    const client = byId.get(row.clientId);
    if (client) await announce(deps, client, row, null, trainer);
  }
  await recordAudit(deps.db, {
    ...actorRef(actor),
    action: 'message.broadcast',
    subjectType: 'conversation',
    subjectId: input.tag ?? 'all',
    details: { tag: input.tag, sent: rows.length },
    at: now,
  });
  return { sent: rows.length };
}

export async function markRead(deps: MessagesDeps, actor: Actor, clientId: string): Promise<void> {
  await loadClient(deps, actor, clientId);
  const now = deps.clock.now();
  await upsertConversation(deps.db, clientId, {
    ...(actor.role === 'trainer' ? { trainerLastReadAt: now } : { clientLastReadAt: now }),
    updatedAt: now,
  });
  deps.hub.publish({ type: 'read', clientId, reader: actor.role, at: now.toISOString() });
  await readGroup(deps, actor.userId, `message:${clientId}`);
}

export async function setNeedsReply(deps: MessagesDeps, actor: Actor, clientId: string, needsReply: boolean) {
  await loadClient(deps, actor, clientId);
  await upsertConversation(deps.db, clientId, { needsReply, updatedAt: deps.clock.now() });
  return { needsReply };
}

export async function editMessage(deps: MessagesDeps, actor: Actor, id: string, input: z.output<typeof EditMessageSchema>) {
  const { message: row, upload } = await loadMessage(deps, actor, id);
  if (row.senderId !== actor.userId) throw new AppError('FORBIDDEN', 'You can only edit your own messages.');
  if (row.deletedAt) throw new AppError('CONFLICT', 'This message was deleted.');
  const now = deps.clock.now();
  if (now.getTime() - row.createdAt.getTime() > EDIT_WINDOW_MS)
    throw new AppError('CONFLICT', 'Messages can be edited for 15 minutes after sending.');
  const updated = await updateMessageRow(deps.db, id, { body: input.body, editedAt: now });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'message.edit', subjectType: 'message', subjectId: id, at: now });
  deps.hub.publish({ type: 'message', clientId: updated.clientId, message: toMessage(updated, upload) });
  return toMessage(updated, upload, actor.role);
}

/** Deleting keeps a visible trace: the message stays, its text and its file go (the bytes too). */
export async function deleteMessage(deps: MessagesDeps, actor: Actor, id: string) {
  const { message: row, upload } = await loadMessage(deps, actor, id);
  if (row.senderId !== actor.userId) throw new AppError('FORBIDDEN', 'You can only delete your own messages.');
  const now = deps.clock.now();
  const updated = row.deletedAt ? row : await updateMessageRow(deps.db, id, { body: null, deletedAt: now, pinnedAt: null });
  if (upload && !upload.deletedAt) await deleteUpload(deps, upload);
  await recordAudit(deps.db, { ...actorRef(actor), action: 'message.delete', subjectType: 'message', subjectId: id, at: now });
  deps.hub.publish({ type: 'message', clientId: updated.clientId, message: toMessage(updated, null) });
  return toMessage(updated, null, actor.role);
}

export async function setPinned(deps: MessagesDeps, actor: Actor, id: string, pinned: boolean) {
  const { message: row, upload } = await loadMessage(deps, actor, id);
  if (row.deletedAt) throw new AppError('CONFLICT', 'A deleted message cannot be pinned.');
  const updated = await updateMessageRow(deps.db, id, { pinnedAt: pinned ? deps.clock.now() : null });
  deps.hub.publish({ type: 'message', clientId: updated.clientId, message: toMessage(updated, upload) });
  return toMessage(updated, upload, actor.role);
}

export async function unreadCounts(deps: MessagesDeps, actor: Actor) {
  const rows = await countUnread(deps.db, actor.role, actor.role === 'client' ? actor.clientId : undefined);
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    byClient: rows.map((row) => ({ clientId: row.clientId, count: row.count })),
  };
}

/** The trainer's inbox: conversations by latest message, each with a preview and unread count. */
export async function inbox(deps: MessagesDeps): Promise<Inbox> {
  const rows = await listInboxRows(deps.db, 500);
  return {
    items: rows.map((row) => ({
      clientId: row.client_id,
      clientName: row.client_name,
      clientStatus: row.client_status,
      needsReply: row.needs_reply,
      unread: Number(row.unread),
      lastMessageAt: new Date(row.last_message_at).toISOString(),
      preview: row.last_deleted
        ? 'Message deleted'
        : row.last_body
          ? row.last_body.slice(0, 160)
          : row.last_kind === 'image'
            ? 'Photo'
            : row.last_kind === 'file'
              ? 'File'
              : '',
      lastSender: row.last_sender,
      lastAutomated: row.last_automated,
    })),
  };
}

export async function searchMessages(deps: MessagesDeps, actor: Actor, q: string) {
  return { items: (await searchMessageRows(deps.db, q, 50)).map((row) => view(actor, row)) };
}
