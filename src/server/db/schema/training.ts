import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ProgramContent, Workout } from '../../../shared/programs';
import { clientProfiles } from './clients';

/**
 * The exercise library: the shipped public-domain data set (source_id set, loaded by a data
 * migration) plus the trainer's own exercises. Built-ins are customised through alias, cues and
 * video_url only; their shipped fields are never edited.
 */
export const exercises = pgTable(
  'exercises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: text('source_id').unique(),
    name: text('name').notNull(),
    alias: text('alias'),
    category: text('category').notNull(),
    level: text('level'),
    force: text('force'),
    mechanic: text('mechanic'),
    equipment: text('equipment'),
    primaryMuscles: text('primary_muscles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    secondaryMuscles: text('secondary_muscles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    instructions: text('instructions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    cues: text('cues').notNull().default(''),
    videoUrl: text('video_url'),
    isCustom: boolean('is_custom').notNull().default(false),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('exercises_name_trgm_idx').using('gist', sql`lower(${t.name}) gist_trgm_ops`),
    index('exercises_primary_muscles_idx').using('gin', t.primaryMuscles),
  ],
);

/**
 * A program: a template (client_id null) or a client's own deep copy of one (client_id set).
 * Its weeks, workouts, blocks and sets are one validated JSON document (`content`), saved whole
 * by the builder's autosave in a single statement; `version` guards against overwriting a newer save.
 */
export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').references(() => clientProfiles.id, { onDelete: 'cascade' }),
    sourceProgramId: uuid('source_program_id'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    weeks: smallint('weeks').notNull(),
    content: jsonb('content').$type<ProgramContent>().notNull(),
    version: integer('version').notNull().default(1),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programs_client_idx').on(t.clientId, t.createdAt), index('programs_tags_idx').using('gin', t.tags)],
);

/**
 * A workout on a client's calendar, on a local date in the client's time zone (so daylight-saving
 * changes never move it). It points at a workout inside one of the client's programs, or carries
 * a one-off workout; `override` holds this date's own edited copy.
 */
export const scheduledWorkouts = pgTable(
  'scheduled_workouts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    programId: uuid('program_id').references(() => programs.id, { onDelete: 'cascade' }),
    workoutId: text('workout_id'),
    date: date('date').notNull(),
    originalDate: date('original_date'),
    status: text('status').$type<'scheduled' | 'completed' | 'skipped'>().notNull().default('scheduled'),
    override: jsonb('override').$type<Workout>(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('scheduled_workouts_client_date_idx').on(t.clientId, t.date), index('scheduled_workouts_program_idx').on(t.programId)],
);

/** The trainer's business settings: one row (id = 1). */
export const settings = pgTable('settings', {
  id: smallint('id').primaryKey().default(1),
  businessName: text('business_name').notNull().default(''),
  timeZone: text('time_zone').notNull().default('UTC'),
  weekStartsOn: smallint('week_starts_on').notNull().default(1),
  units: text('units').$type<'kg' | 'lb'>().notNull().default('kg'),
  /** Days a client keeps full access after a failed payment. */
  billingGraceDays: smallint('billing_grace_days').notNull().default(7),
  /** The trainer's public profile (the plans page): a short bio and a photo (an upload). */
  bio: text('bio').notNull().default(''),
  photoUploadId: uuid('photo_upload_id'),
  /** A logged day is on target when kcal is within ± this % of the target … */
  nutritionKcalTolerancePct: smallint('nutrition_kcal_tolerance_pct').notNull().default(10),
  /** … and protein within ± this %. */
  nutritionProteinTolerancePct: smallint('nutrition_protein_tolerance_pct').notNull().default(10),
  /** A client with targets who logs no food for this many days shows in needs-attention. */
  nutritionQuietDays: smallint('nutrition_quiet_days').notNull().default(3),
  /** AI budgets: tokens a month per client and for the whole site (the feature says so when spent). */
  aiClientMonthlyTokens: integer('ai_client_monthly_tokens').notNull().default(200_000),
  aiSiteMonthlyTokens: integer('ai_site_monthly_tokens').notNull().default(5_000_000),
  /** How drafts should sound: the trainer's own description of their voice, and a few of their messages as examples. */
  aiVoice: text('ai_voice').notNull().default(''),
  aiVoiceExamples: text('ai_voice_examples')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** Per AI feature: another model and extra instructions (empty: the default model and prompt). */
  aiFeatures: jsonb('ai_features').$type<Record<string, { model: string; instructions: string }>>().notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
