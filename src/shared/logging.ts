import { z } from 'zod';
import { UNITS } from './clients';
import { ExerciseSchema } from './exercises';
import { WorkoutSchema } from './programs';

/*
 * Workout logging. Ids of sessions and sets are made on the device (uuid v4), so a set logged
 * offline keeps its id through any number of sync attempts: saving the same id twice stores it once.
 */

export const LOGGING_LIMITS = { weight: 1000, reps: 1000, seconds: 24 * 3600, meters: 1_000_000, setsPerSession: 300 } as const;

/** What the client enters for one set; every measure optional (a plank has only time). */
export const SaveSetSchema = z
  .object({
    exerciseId: z.uuid('Pick an exercise'),
    /** The plan's prescription this set answers (null for an exercise added in the gym). */
    prescriptionId: z.string().max(64).nullable().default(null),
    /** Order of the exercise in the session (0-based) and of the set within it (1-based). */
    position: z.number().int().min(0).max(200),
    setNumber: z.number().int().min(1).max(50),
    weight: z
      .number()
      .min(0, 'Load cannot be negative')
      .max(LOGGING_LIMITS.weight, `At most ${LOGGING_LIMITS.weight}`)
      .nullable()
      .default(null),
    /** The unit the client typed: stored as entered, plus a kg value for comparisons. */
    unit: z.enum(UNITS).default('kg'),
    reps: z.number().int('Whole reps').min(0).max(LOGGING_LIMITS.reps, `At most ${LOGGING_LIMITS.reps} reps`).nullable().default(null),
    durationSeconds: z.number().int().min(0).max(LOGGING_LIMITS.seconds).nullable().default(null),
    distanceMeters: z.number().min(0).max(LOGGING_LIMITS.meters).nullable().default(null),
    rpe: z.number().min(1, 'RPE goes from 1 to 10').max(10, 'RPE goes from 1 to 10').multipleOf(0.5).nullable().default(null),
    notes: z.string().trim().max(500).default(''),
    /** When it was done, by the device's clock (offline sets keep their real time). */
    loggedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'SaveSetInput' });
export type SaveSetInput = z.input<typeof SaveSetSchema>;

export const LoggedSetSchema = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    exerciseId: z.string(),
    prescriptionId: z.string().nullable(),
    position: z.number(),
    setNumber: z.number(),
    weight: z.number().nullable(),
    unit: z.enum(UNITS),
    weightKg: z.number().nullable(),
    reps: z.number().nullable(),
    durationSeconds: z.number().nullable(),
    distanceMeters: z.number().nullable(),
    rpe: z.number().nullable(),
    notes: z.string(),
    loggedAt: z.string(),
  })
  .meta({ id: 'LoggedSet' });
export type LoggedSet = z.infer<typeof LoggedSetSchema>;

export const RECORD_KINDS = ['heaviest', 'e1rm', 'reps_at_load', 'set_volume'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const RECORD_LABELS: Record<RecordKind, string> = {
  heaviest: 'Heaviest load',
  e1rm: 'Best estimated 1RM (Epley)',
  reps_at_load: 'Most reps at this load',
  set_volume: 'Best set volume',
};

export const PersonalRecordSchema = z
  .object({
    exerciseId: z.string(),
    kind: z.enum(RECORD_KINDS),
    /** kg for loads, e1RM and volume (kg × reps); reps for reps_at_load. */
    value: z.number(),
    /** reps_at_load only: the load, in kg. */
    loadKg: z.number().nullable(),
    setId: z.string(),
    sessionId: z.string(),
    achievedAt: z.string(),
  })
  .meta({ id: 'PersonalRecord' });
export type PersonalRecord = z.infer<typeof PersonalRecordSchema>;

export const SavedSetSchema = z.object({ set: LoggedSetSchema, records: z.array(PersonalRecordSchema) }).meta({ id: 'SavedSet' });
export type SavedSet = z.infer<typeof SavedSetSchema>;

export const StartSessionSchema = z
  .object({
    /** The calendar entry being done; null for an empty workout or a past one logged later. */
    scheduledWorkoutId: z.uuid().nullable().default(null),
    name: z.string().trim().min(1).max(80).nullable().default(null),
    startedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'StartSessionInput' });
export type StartSessionInput = z.input<typeof StartSessionSchema>;

export const FinishSessionSchema = z
  .object({
    finishedAt: z.iso.datetime({ offset: true }),
    /** How it felt, 1 (awful) to 5 (great). */
    rating: z.number().int().min(1).max(5).nullable().default(null),
    /** Goes to the trainer as a message about this workout. */
    comment: z.string().trim().max(2000).default(''),
    notes: z.string().trim().max(2000).default(''),
  })
  .meta({ id: 'FinishSessionInput' });
export type FinishSessionInput = z.input<typeof FinishSessionSchema>;

export const SessionSummarySchema = z
  .object({
    durationSeconds: z.number(),
    /** kg × reps over every set with both. */
    volumeKg: z.number(),
    setsDone: z.number(),
    setsPlanned: z.number(),
    records: z.array(PersonalRecordSchema),
  })
  .meta({ id: 'SessionSummary' });
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

export const SessionSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    scheduledWorkoutId: z.string().nullable(),
    name: z.string(),
    status: z.enum(['in_progress', 'completed']),
    /** The plan as it was when the session started (null for an empty workout). */
    plan: WorkoutSchema.nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    rating: z.number().nullable(),
    comment: z.string(),
    notes: z.string(),
    sets: z.array(LoggedSetSchema),
    summary: SessionSummarySchema.nullable(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof SessionSchema>;

/** Everything the gym screen needs in one answer: the session, its exercises, last time's numbers. */
export const SessionDetailSchema = SessionSchema.extend({
  exercises: z.array(ExerciseSchema),
  /** Per exercise id: the sets of the last completed session that had it. */
  lastTime: z.record(z.string(), z.array(LoggedSetSchema)),
}).meta({ id: 'SessionDetail' });
export type SessionDetail = z.infer<typeof SessionDetailSchema>;

export const SessionListItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.enum(['in_progress', 'completed']),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    rating: z.number().nullable(),
    setsDone: z.number(),
    volumeKg: z.number(),
    recordCount: z.number(),
  })
  .meta({ id: 'SessionListItem' });
export const SessionListSchema = z.object({ items: z.array(SessionListItemSchema) }).meta({ id: 'SessionList' });
export type SessionList = z.infer<typeof SessionListSchema>;

export const ExerciseHistorySchema = z
  .object({
    exercise: ExerciseSchema,
    sets: z.array(LoggedSetSchema.extend({ sessionName: z.string() })),
    records: z.array(PersonalRecordSchema),
  })
  .meta({ id: 'ExerciseHistory' });
export type ExerciseHistory = z.infer<typeof ExerciseHistorySchema>;

/** Epley: e1RM = load × (1 + reps / 30), for 1–12 reps (beyond that it over-estimates). */
export function epley1rm(loadKg: number, reps: number): number | null {
  if (loadKg <= 0 || reps < 1 || reps > 12) return null;
  return reps === 1 ? loadKg : loadKg * (1 + reps / 30);
}

export const LB_IN_KG = 0.45359237;
export const toKg = (value: number, unit: 'kg' | 'lb') => (unit === 'kg' ? value : value * LB_IN_KG);
