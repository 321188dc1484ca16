import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AutomationKind, NotificationType } from '../../../shared/notifications';
import { user } from './auth';
import { clientProfiles } from './clients';
import { messages } from './messages';

/**
 * The in-app notification centre. Events of one group (e.g. messages in one conversation) fold
 * into the one unread row of that group, so a busy conversation is one notification and one email.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipientId: text('recipient_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id').references(() => clientProfiles.id, { onDelete: 'cascade' }),
    type: text('type').$type<NotificationType>().notNull(),
    groupKey: text('group_key').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** Path in the app that opens the subject. */
    link: text('link').notNull(),
    count: integer('count').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_recipient_idx').on(t.recipientId, t.updatedAt),
    uniqueIndex('notifications_unread_group_unique')
      .on(t.recipientId, t.groupKey)
      .where(sql`${t.readAt} is null`),
    index('notifications_email_due_idx')
      .on(t.createdAt)
      .where(sql`${t.readAt} is null and ${t.emailedAt} is null`),
  ],
);

/** One row per person who changed a default: which events, email on/off, quiet hours. */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  emailEnabled: boolean('email_enabled').notNull().default(true),
  /** Event types this person does not want, per channel. */
  mutedInApp: text('muted_in_app')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  mutedEmail: text('muted_email')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** Local "HH:MM" in the person's time zone; emails wait until the quiet hours end. */
  quietStart: text('quiet_start'),
  quietEnd: text('quiet_end'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The trainer's automated messages: off or on, with their text and parameters. */
export const automations = pgTable('automations', {
  kind: text('kind').$type<AutomationKind>().primaryKey(),
  enabled: boolean('enabled').notNull().default(false),
  template: text('template').notNull(),
  /** e.g. { "days": 7 } or { "missed": 2 } */
  params: jsonb('params').$type<Record<string, number>>().notNull().default({}),
  enabledAt: timestamp('enabled_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** At most once per trigger: each automation fires once per (client, trigger key). */
export const automationRuns = pgTable(
  'automation_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<AutomationKind>().notNull(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    triggerKey: text('trigger_key').notNull(),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('automation_runs_trigger_unique').on(t.kind, t.clientId, t.triggerKey)],
);
