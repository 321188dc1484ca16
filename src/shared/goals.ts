import { z } from 'zod';
import { IsoDateSchema } from './clients';
import { BADGES, GOAL_KINDS, PHOTO_POSES } from './goal-constants';

export { BADGES, BADGE_INFO, GOAL_KINDS, PHOTO_POSES, type Badge, type GoalKind, type PhotoPose } from './goal-constants';

/** Goals, badges, the weekly streak and progress photos (issue 5). */

export const CreateGoalSchema = z
  .object({
    kind: z.enum(GOAL_KINDS),
    /** For a `metric` goal: a built-in circumference key or a custom metric's id. */
    metric: z.string().min(1).max(64).optional(),
    /** For a `lift` goal: the exercise whose estimated 1RM counts. */
    exerciseId: z.string().uuid('Not an exercise').optional(),
    title: z.string().trim().max(80).default(''),
    /** The target as typed, in `unit` (kg/lb for weight and lifts, % for body fat, cm/in…). */
    target: z.number().positive('Must be above zero').max(100_000, 'Too large'),
    unit: z.string().trim().min(1).max(16),
    /** Where the progress bar starts; the latest value when left out. */
    start: z.number().min(0).max(100_000).optional(),
    deadline: IsoDateSchema.nullable().default(null),
  })
  .meta({ id: 'CreateGoalInput' });
export type CreateGoalInput = z.input<typeof CreateGoalSchema>;

export const UpdateGoalSchema = z
  .object({
    title: z.string().trim().max(80),
    target: z.number().positive('Must be above zero').max(100_000, 'Too large'),
    unit: z.string().trim().min(1).max(16),
    deadline: IsoDateSchema.nullable(),
    archived: z.boolean().default(false),
  })
  .meta({ id: 'UpdateGoalInput' });
export type UpdateGoalInput = z.input<typeof UpdateGoalSchema>;

export const GoalSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    kind: z.enum(GOAL_KINDS),
    metric: z.string().nullable(),
    exerciseId: z.string().nullable(),
    title: z.string(),
    /** Base units (kg, %, cm, or the custom metric's unit). */
    startValue: z.number(),
    targetValue: z.number(),
    /** The unit the target was typed in. */
    unit: z.string(),
    /** Base unit of the values. */
    baseUnit: z.string(),
    startDate: z.string(),
    deadline: z.string().nullable(),
    /** The latest value (body goals) or the best e1RM since the goal began (lift goals); null before any data. */
    current: z.number().nullable(),
    currentDate: z.string().nullable(),
    /** From start (0) to target (1), clamped. */
    progress: z.number(),
    status: z.enum(['active', 'achieved', 'archived']),
    achievedAt: z.string().nullable(),
    achievedValue: z.number().nullable(),
  })
  .meta({ id: 'Goal' });
export type Goal = z.infer<typeof GoalSchema>;

export const GoalListSchema = z.object({ items: z.array(GoalSchema) }).meta({ id: 'GoalList' });

export const AchievementsSchema = z
  .object({
    badges: z.array(z.object({ badge: z.enum(BADGES), earned: z.boolean(), earnedAt: z.string().nullable() })),
    streak: z.object({
      /** Weeks in a row with at least one finished workout, up to this week (this week counts once trained). */
      current: z.number().int(),
      best: z.number().int(),
      trainedThisWeek: z.boolean(),
    }),
    workouts: z.number().int(),
  })
  .meta({ id: 'Achievements' });
export type Achievements = z.infer<typeof AchievementsSchema>;

/** The non-file fields of a photo upload (multipart form). */
export const PhotoFieldsSchema = z.object({
  pose: z.enum(PHOTO_POSES, 'Choose front, side or back'),
  date: IsoDateSchema,
  note: z.string().trim().max(280).default(''),
});

export const ProgressPhotoSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    pose: z.enum(PHOTO_POSES),
    date: z.string(),
    note: z.string(),
    url: z.string(),
    thumbnailUrl: z.string().nullable(),
    width: z.number().nullable(),
    height: z.number().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ProgressPhoto' });
export type ProgressPhoto = z.infer<typeof ProgressPhotoSchema>;

export const ProgressPhotoListSchema = z.object({ items: z.array(ProgressPhotoSchema) }).meta({ id: 'ProgressPhotoList' });
export const PhotoQuerySchema = z.object({ pose: z.enum(PHOTO_POSES).optional() });
