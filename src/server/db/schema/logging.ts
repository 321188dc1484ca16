import { sql } from 'drizzle-orm';
import { index, integer, jsonb, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Workout } from '../../../shared/programs';
import { clientProfiles } from './clients';
import { exercises, scheduledWorkouts } from './training';
import { uploads } from './uploads';

/**
 * One workout a client did (or is doing). The id is made on the device, so a session started
 * offline keeps its id when it syncs. `plan` is the prescription as it was at the start.
 */
export const workoutSessions = pgTable(
  'workout_sessions',
  {
    id: uuid('id').primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    scheduledWorkoutId: uuid('scheduled_workout_id').references(() => scheduledWorkouts.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    plan: jsonb('plan').$type<Workout>(),
    status: text('status').$type<'in_progress' | 'completed'>().notNull().default('in_progress'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    rating: smallint('rating'),
    comment: text('comment').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('workout_sessions_client_started_idx').on(t.clientId, t.startedAt)],
);

/**
 * One logged set, saved by one statement (upsert on the device-made id): syncing the same set
 * twice stores it once. The load is kept as typed (`weight`, `unit`) and in kg for comparisons.
 */
export const setLogs = pgTable(
  'set_logs',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => workoutSessions.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => exercises.id),
    prescriptionId: text('prescription_id'),
    position: smallint('position').notNull(),
    setNumber: smallint('set_number').notNull(),
    weight: numeric('weight', { precision: 7, scale: 2, mode: 'number' }),
    unit: text('unit').$type<'kg' | 'lb'>().notNull().default('kg'),
    weightKg: numeric('weight_kg', { precision: 9, scale: 4, mode: 'number' }),
    reps: integer('reps'),
    durationSeconds: integer('duration_seconds'),
    distanceMeters: numeric('distance_meters', { precision: 9, scale: 2, mode: 'number' }),
    rpe: numeric('rpe', { precision: 3, scale: 1, mode: 'number' }),
    notes: text('notes').notNull().default(''),
    loggedAt: timestamp('logged_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('set_logs_session_idx').on(t.sessionId), index('set_logs_client_exercise_idx').on(t.clientId, t.exerciseId, t.loggedAt)],
);

/** What the AI made of a form-check video's frames: a draft for the trainer, never shown to the client. */
export type FormCheckAiDraft = {
  summary: string;
  observations: { atMs: number | null; text: string }[];
  cues: string[];
  caveat: string;
};

/**
 * A short video of a logged set the client sent for a form check. The trainer's comments are
 * messages about it (subject `form_check`, pinned to a moment by `subject_at_ms`). `frameUploadIds`
 * are a few stills the client's browser took from the video (the first is the poster); with AI on
 * they are what the provider sees for the first look (`aiDraft`), which only the trainer reads.
 */
export const formChecks = pgTable(
  'form_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    setLogId: uuid('set_log_id').references(() => setLogs.id, { onDelete: 'set null' }),
    sessionId: uuid('session_id').references(() => workoutSessions.id, { onDelete: 'set null' }),
    exerciseId: uuid('exercise_id').references(() => exercises.id),
    /** What the set was when sent, e.g. "Back squat · set 3 · 100 kg × 5". */
    label: text('label').notNull(),
    videoUploadId: uuid('video_upload_id')
      .notNull()
      .references(() => uploads.id),
    frameUploadIds: uuid('frame_upload_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** Where each frame was taken, in ms from the start. */
    frameTimesMs: integer('frame_times_ms')
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    durationMs: integer('duration_ms').notNull(),
    note: text('note').notNull().default(''),
    status: text('status').$type<'waiting' | 'reviewed'>().notNull().default('waiting'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    aiStatus: text('ai_status').$type<'off' | 'pending' | 'ready' | 'failed'>().notNull().default('off'),
    aiDraft: jsonb('ai_draft').$type<FormCheckAiDraft>(),
    aiError: text('ai_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('form_checks_client_idx').on(t.clientId, t.createdAt), index('form_checks_status_idx').on(t.status, t.createdAt)],
);
