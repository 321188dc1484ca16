import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clientProfiles } from './clients';
import { uploads } from './uploads';

/** One conversation per client: read state of each side and the trainer's "needs reply" flag. */
export const conversations = pgTable('conversations', {
  clientId: uuid('client_id')
    .primaryKey()
    .references(() => clientProfiles.id, { onDelete: 'cascade' }),
  trainerLastReadAt: timestamp('trainer_last_read_at', { withTimezone: true }),
  clientLastReadAt: timestamp('client_last_read_at', { withTimezone: true }),
  needsReply: boolean('needs_reply').notNull().default(false),
  lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Messages of a client's conversation. A message may point at a subject (a scheduled workout, a
 * check-in): workout comments and check-in replies are messages, not separate comment systems.
 */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    senderRole: text('sender_role').$type<'trainer' | 'client'>().notNull(),
    senderId: text('sender_id'),
    body: text('body'),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    subjectLabel: text('subject_label'),
    /** A moment in the subject (a form-check video): milliseconds from its start. */
    subjectAtMs: integer('subject_at_ms'),
    attachmentId: uuid('attachment_id').references(() => uploads.id, { onDelete: 'set null' }),
    automated: boolean('automated').notNull().default(false),
    /** Shared by the copies of one broadcast (each client gets their own message). */
    broadcastId: uuid('broadcast_id'),
    pinnedAt: timestamp('pinned_at', { withTimezone: true }),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('messages_client_created_idx').on(t.clientId, t.createdAt),
    index('messages_attachment_idx').on(t.attachmentId),
    index('messages_body_trgm_idx').using('gist', sql`lower(${t.body}) gist_trgm_ops`),
  ],
);
