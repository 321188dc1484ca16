import { z } from 'zod';
import { CHART_RANGES } from './progress';

/**
 * Training charts (issue 5). Every figure is aggregated in SQL on the server; days and weeks are
 * the client's own (their time zone, the trainer's week start). Loads are in kg: the viewer's
 * kg/lb choice is applied in the browser. `weekStartsOn` here is 0 = Sunday … 6 = Saturday (the
 * settings' ISO 7 for Sunday is sent as 0), so it goes straight into date-fns.
 */
export const TrainingChartQuerySchema = z.object({ range: z.enum(CHART_RANGES).default('12w') });

/** The activity heat-map looks back a year unless asked otherwise. */
export const ActivityChartQuerySchema = z.object({ range: z.enum(CHART_RANGES).default('1y') });

export const ExerciseChartQuerySchema = z.object({
  exerciseId: z.string().uuid('Not an exercise'),
  range: z.enum(CHART_RANGES).default('12w'),
});

/** One point per workout in which the exercise was logged with a load and reps. */
export const ExerciseChartSchema = z
  .object({
    exerciseId: z.string(),
    points: z.array(
      z.object({
        sessionId: z.string(),
        /** The client's calendar day of the workout. */
        date: z.string(),
        /**
         * Best estimated one-rep max of the workout (Epley, as personal records count it: sets of
         * 1–12 reps), kg; null when every set had more than 12 reps.
         */
        e1rmKg: z.number().nullable(),
        /** Heaviest set of the workout: load (kg) and its reps. */
        topSetKg: z.number(),
        topSetReps: z.number().int(),
        /** Sum of load × reps of this exercise in the workout, kg. */
        volumeKg: z.number(),
        sets: z.number().int(),
        /** The workout beat every earlier workout's best e1RM (all time, not only the range). */
        e1rmRecord: z.boolean(),
        /** The workout's top set beat every earlier top set (all time). */
        topSetRecord: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'ExerciseChart' });
export type ExerciseChart = z.infer<typeof ExerciseChartSchema>;

/** Weekly hard sets and tonnage per primary muscle group. */
export const WeeklyVolumeChartSchema = z
  .object({
    weekStartsOn: z.number().int().min(0).max(6),
    weeks: z.array(
      z.object({
        /** First day of the week (client's calendar). */
        week: z.string(),
        sets: z.number().int(),
        tonnageKg: z.number(),
        muscles: z.array(z.object({ muscle: z.string(), sets: z.number().int(), tonnageKg: z.number() })),
      }),
    ),
  })
  .meta({ id: 'WeeklyVolumeChart' });
export type WeeklyVolumeChart = z.infer<typeof WeeklyVolumeChartSchema>;

/** Scheduled workouts per week against those done (paused weeks count nothing as missed). */
export const AdherenceChartSchema = z
  .object({
    weekStartsOn: z.number().int().min(0).max(6),
    weeks: z.array(
      z.object({
        week: z.string(),
        scheduled: z.number().int(),
        completed: z.number().int(),
        skipped: z.number().int(),
        missed: z.number().int(),
        /** Workouts logged that were not on the schedule. */
        extra: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'AdherenceChart' });
export type AdherenceChart = z.infer<typeof AdherenceChartSchema>;

/** Training per calendar day, for the activity heat-map (only days with a finished workout). */
export const ActivityChartSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    weekStartsOn: z.number().int().min(0).max(6),
    days: z.array(
      z.object({
        date: z.string(),
        workouts: z.number().int(),
        sets: z.number().int(),
        volumeKg: z.number(),
        /** The day's first finished workout: a click opens it. */
        sessionId: z.string(),
      }),
    ),
  })
  .meta({ id: 'ActivityChart' });
export type ActivityChart = z.infer<typeof ActivityChartSchema>;
