import { boolean, date, index, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { clientProfiles } from './clients';
import { exercises } from './training';
import { uploads } from './uploads';

/** Metrics the trainer adds beside the built-in ones (name, unit, whether higher is better). */
export const metricDefinitions = pgTable('metric_definitions', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  unit: text('unit').notNull(),
  higherIsBetter: boolean('higher_is_better').notNull().default(true),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One body measurement per client, metric and day (entering it again that day corrects it). Kept
 * as entered (`value`, `unit`) and in the base unit (`base_value`: kg, %, cm) for charts.
 */
export const bodyMeasurements = pgTable(
  'body_measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    metric: text('metric').notNull(),
    value: numeric('value', { precision: 10, scale: 3, mode: 'number' }).notNull(),
    unit: text('unit').notNull(),
    baseValue: numeric('base_value', { precision: 12, scale: 4, mode: 'number' }).notNull(),
    date: date('date').notNull(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('body_measurements_client_metric_date_unique').on(t.clientId, t.metric, t.date),
    index('body_measurements_client_date_idx').on(t.clientId, t.date),
  ],
);

/**
 * A progress photo: one per client, pose and day (uploading that pose again that day replaces it,
 * files included). The bytes live in storage behind the upload; served only through the API.
 */
export const progressPhotos = pgTable(
  'progress_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => uploads.id, { onDelete: 'cascade' }),
    pose: text('pose').$type<'front' | 'side' | 'back'>().notNull(),
    date: date('date').notNull(),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('progress_photos_client_pose_date_unique').on(t.clientId, t.pose, t.date),
    index('progress_photos_client_date_idx').on(t.clientId, t.date),
  ],
);

/**
 * A client's goal: a body weight, body-fat %, another metric, or a lift's estimated 1RM, from a
 * start value to a target (both in base units: kg, %, cm, or the custom metric's unit) with an
 * optional deadline. `achieved_at` is set once, when the data first reaches the target.
 */
export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'weight' | 'body_fat' | 'metric' | 'lift'>().notNull(),
    /** The metric key for weight/body_fat/metric goals. */
    metric: text('metric'),
    exerciseId: uuid('exercise_id').references(() => exercises.id),
    title: text('title').notNull().default(''),
    startValue: numeric('start_value', { precision: 12, scale: 4, mode: 'number' }).notNull(),
    targetValue: numeric('target_value', { precision: 12, scale: 4, mode: 'number' }).notNull(),
    /** The unit the target was typed in (kg/lb, cm/in…), to show it back the same way. */
    unit: text('unit').notNull(),
    startDate: date('start_date').notNull(),
    deadline: date('deadline'),
    achievedAt: timestamp('achieved_at', { withTimezone: true }),
    achievedValue: numeric('achieved_value', { precision: 12, scale: 4, mode: 'number' }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('goals_client_idx').on(t.clientId)],
);

/**
 * Badges a client has earned, computed from their data. A row is written once, when the badge is
 * first earned (and the client is told then); if edited data no longer earns it, `revoked_at` hides
 * it, and earning it again shows it without a second announcement.
 */
export const achievements = pgTable(
  'achievements',
  {
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    badge: text('badge').notNull(),
    earnedAt: timestamp('earned_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('achievements_client_badge_unique').on(t.clientId, t.badge)],
);
