import { sql } from 'drizzle-orm';
import { boolean, date, index, jsonb, numeric, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ClientStatus, PauseReason } from '../../../shared/clients';
import { user } from './auth';

/**
 * One row per client, from the moment the trainer adds them (status `invited`, no user yet).
 * Archiving only changes `status`: every record that points here stays.
 */
export const clientProfiles = pgTable(
  'client_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    status: text('status').$type<ClientStatus>().notNull().default('invited'),
    /** What status to go back to when an archived client is restored. */
    statusBeforeArchive: text('status_before_archive').$type<ClientStatus>(),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    note: text('note').notNull().default(''),
    pauseReason: text('pause_reason').$type<PauseReason>(),
    pauseNote: text('pause_note'),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    pauseUntil: date('pause_until'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }),
    canMoveWorkouts: boolean('can_move_workouts').notNull().default(false),
    // Onboarding answers (null until the client finishes onboarding).
    units: text('units').$type<'kg' | 'lb'>().notNull().default('kg'),
    timeZone: text('time_zone').notNull().default('UTC'),
    dateOfBirth: date('date_of_birth'),
    heightCm: numeric('height_cm', { precision: 5, scale: 1, mode: 'number' }),
    goals: text('goals').array(),
    goalNote: text('goal_note'),
    experience: text('experience'),
    injuries: text('injuries'),
    equipment: text('equipment').array(),
    daysPerWeek: smallint('days_per_week'),
    health: jsonb('health').$type<Record<string, boolean>>(),
    healthNote: text('health_note'),
    waiverVersion: text('waiver_version'),
    waiverAcceptedAt: timestamp('waiver_accepted_at', { withTimezone: true }),
    onboardedAt: timestamp('onboarded_at', { withTimezone: true }),
    /** The client said no to sending their data to the AI provider (their assistant and every draft about them are off). */
    aiOptOutAt: timestamp('ai_opt_out_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('client_profiles_email_unique').on(sql`lower(${t.email})`),
    uniqueIndex('client_profiles_user_unique').on(t.userId),
    index('client_profiles_status_idx').on(t.status),
    index('client_profiles_tags_idx').using('gin', t.tags),
  ],
);

/** Only a SHA-256 of the token is stored: the link itself is shown once and emailed. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('invitations_client_idx').on(t.clientId, t.createdAt)],
);
