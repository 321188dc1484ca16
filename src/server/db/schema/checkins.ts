import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, numeric, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Question } from '../../../shared/checkins';
import { user } from './auth';
import { clientProfiles } from './clients';
import { messages } from './messages';

/** A check-in form the trainer builds: its questions are one validated JSON document. */
export const checkinForms = pgTable('checkin_forms', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  questions: jsonb('questions').$type<Question[]>().notNull(),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * When a form is due: for one client or (client_id null) every active client; weekly on a
 * weekday, every N days from a start day, or once. Due days are the client's calendar days.
 */
export const checkinSchedules = pgTable(
  'checkin_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    formId: uuid('form_id')
      .notNull()
      .references(() => checkinForms.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id').references(() => clientProfiles.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'weekly' | 'every_n_days' | 'once'>().notNull(),
    weekday: smallint('weekday'),
    everyDays: smallint('every_days'),
    startDate: date('start_date').notNull(),
    graceHours: integer('grace_hours').notNull().default(48),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('checkin_schedules_client_idx').on(t.clientId)],
);

/**
 * A submitted check-in: one per client, schedule and due day. Keeps the questions as they were
 * answered, the answers, and the review (the reply is a message about this check-in).
 */
export const checkins = pgTable(
  'checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => checkinSchedules.id, { onDelete: 'cascade' }),
    formId: uuid('form_id')
      .notNull()
      .references(() => checkinForms.id, { onDelete: 'cascade' }),
    formName: text('form_name').notNull(),
    dueDate: date('due_date').notNull(),
    questions: jsonb('questions').$type<Question[]>().notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    /** Photos answered (uploads), so an unsubmitted photo can be swept and a submitted one is kept. */
    uploadIds: uuid('upload_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: text('reviewed_by').references(() => user.id, { onDelete: 'set null' }),
    replyMessageId: uuid('reply_message_id').references(() => messages.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('checkins_client_schedule_due_unique').on(t.clientId, t.scheduleId, t.dueDate),
    index('checkins_review_queue_idx')
      .on(t.submittedAt)
      .where(sql`reviewed_at is null`),
    index('checkins_client_submitted_idx').on(t.clientId, t.submittedAt),
  ],
);

/** A habit the trainer assigns one client: yes/no or a number against a target, daily or weekly. */
export const habits = pgTable(
  'habits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind').$type<'yes_no' | 'numeric'>().notNull(),
    frequency: text('frequency').$type<'daily' | 'weekly'>().notNull().default('daily'),
    target: numeric('target', { precision: 12, scale: 3, mode: 'number' }),
    unit: text('unit').notNull().default(''),
    /** Daily trackers other features read and write (nutrition's water and steps); one live habit per tracker. */
    tracker: text('tracker').$type<'water' | 'steps'>(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('habits_client_idx').on(t.clientId),
    uniqueIndex('habits_client_tracker_unique')
      .on(t.clientId, t.tracker)
      .where(sql`${t.tracker} is not null and ${t.archivedAt} is null`),
  ],
);

/** What the client logged for a habit on a day (yes = 1); one value per habit and day. */
export const habitLogs = pgTable(
  'habit_logs',
  {
    habitId: uuid('habit_id')
      .notNull()
      .references(() => habits.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    value: numeric('value', { precision: 12, scale: 3, mode: 'number' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('habit_logs_habit_date_unique').on(t.habitId, t.date), index('habit_logs_client_date_idx').on(t.clientId, t.date)],
);
