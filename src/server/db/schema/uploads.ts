import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { clientProfiles } from './clients';

/**
 * Every uploaded file (chat images and documents; later progress and check-in photos), after the
 * upload pipeline: type sniffed from the bytes, images re-encoded without metadata. The bytes live
 * in the storage (local disk, Netlify Blobs…) under `storage_key`; nothing is publicly addressable.
 */
export const uploads = pgTable(
  'uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The client whose data this is: only they and the trainer may read it. */
    clientId: uuid('client_id').references(() => clientProfiles.id, { onDelete: 'cascade' }),
    uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
    purpose: text('purpose')
      .$type<'message' | 'progress_photo' | 'checkin' | 'trainer_photo' | 'form_check' | 'form_check_frame'>()
      .notNull(),
    kind: text('kind').$type<'image' | 'file' | 'video'>().notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    width: integer('width'),
    height: integer('height'),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('uploads_client_idx').on(t.clientId), index('uploads_created_idx').on(t.createdAt)],
);
