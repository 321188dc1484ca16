import { z } from 'zod';
import { PageQuerySchema, longText, nameText, pageOf } from './common';

/** Values as they appear in the shipped Free Exercise DB data set. */
export const EXERCISE_CATEGORIES = [
  'strength',
  'stretching',
  'plyometrics',
  'powerlifting',
  'olympic weightlifting',
  'strongman',
  'cardio',
] as const;
export const EXERCISE_LEVELS = ['beginner', 'intermediate', 'expert'] as const;
export const EXERCISE_FORCES = ['pull', 'push', 'static'] as const;
export const EXERCISE_MECHANICS = ['compound', 'isolation'] as const;
export const EXERCISE_EQUIPMENT = [
  'barbell',
  'dumbbell',
  'body only',
  'cable',
  'machine',
  'kettlebells',
  'bands',
  'medicine ball',
  'exercise ball',
  'foam roll',
  'e-z curl bar',
  'other',
] as const;
export const MUSCLES = [
  'abdominals',
  'abductors',
  'adductors',
  'biceps',
  'calves',
  'chest',
  'forearms',
  'glutes',
  'hamstrings',
  'lats',
  'lower back',
  'middle back',
  'neck',
  'quadriceps',
  'shoulders',
  'traps',
  'triceps',
] as const;
export type Muscle = (typeof MUSCLES)[number];

const VideoUrlSchema = z
  .url({ protocol: /^https?$/, error: 'Use a full link starting with https://' })
  .max(500)
  .nullable();

export const ExerciseSchema = z
  .object({
    id: z.string(),
    /** The shipped data set's id; null for the trainer's own exercises. */
    sourceId: z.string().nullable(),
    name: z.string(),
    /** The trainer's own name for a built-in exercise (shown first, searchable). */
    alias: z.string().nullable(),
    category: z.enum(EXERCISE_CATEGORIES),
    level: z.enum(EXERCISE_LEVELS).nullable(),
    force: z.enum(EXERCISE_FORCES).nullable(),
    mechanic: z.enum(EXERCISE_MECHANICS).nullable(),
    equipment: z.enum(EXERCISE_EQUIPMENT).nullable(),
    primaryMuscles: z.array(z.enum(MUSCLES)),
    secondaryMuscles: z.array(z.enum(MUSCLES)),
    instructions: z.array(z.string()),
    cues: z.string(),
    videoUrl: z.string().nullable(),
    isCustom: z.boolean(),
    archived: z.boolean(),
  })
  .meta({ id: 'Exercise' });
export type Exercise = z.infer<typeof ExerciseSchema>;

export const ExercisePageSchema = pageOf(ExerciseSchema).meta({ id: 'ExercisePage' });
export type ExercisePage = z.infer<typeof ExercisePageSchema>;

export const ListExercisesQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  muscle: z.enum(MUSCLES).optional(),
  /** `primary` (default): the muscle is a main mover; `any`: a main or a secondary mover. */
  muscleScope: z.enum(['primary', 'any']).default('primary'),
  equipment: z.enum(EXERCISE_EQUIPMENT).optional(),
  category: z.enum(EXERCISE_CATEGORIES).optional(),
  level: z.enum(EXERCISE_LEVELS).optional(),
  source: z.enum(['all', 'builtin', 'custom']).default('all'),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type ListExercisesParams = z.input<typeof ListExercisesQuerySchema>;

/** The fields of an exercise a trainer can write, without defaults (an update sends only what changed). */
const exerciseFields = {
  name: nameText(120),
  category: z.enum(EXERCISE_CATEGORIES),
  level: z.enum(EXERCISE_LEVELS).nullable(),
  force: z.enum(EXERCISE_FORCES).nullable(),
  mechanic: z.enum(EXERCISE_MECHANICS).nullable(),
  equipment: z.enum(EXERCISE_EQUIPMENT).nullable(),
  primaryMuscles: z.array(z.enum(MUSCLES)).min(1, 'Pick the main muscle worked').max(5),
  secondaryMuscles: z.array(z.enum(MUSCLES)).max(10),
  instructions: z.array(longText(1000).min(1)).max(20),
  cues: longText(2000),
  videoUrl: VideoUrlSchema,
};

export const CreateExerciseSchema = z
  .object({
    ...exerciseFields,
    category: exerciseFields.category.default('strength'),
    level: exerciseFields.level.default(null),
    force: exerciseFields.force.default(null),
    mechanic: exerciseFields.mechanic.default(null),
    equipment: exerciseFields.equipment.default(null),
    secondaryMuscles: exerciseFields.secondaryMuscles.default([]),
    instructions: exerciseFields.instructions.default([]),
    cues: exerciseFields.cues.default(''),
    videoUrl: exerciseFields.videoUrl.default(null),
  })
  .meta({ id: 'CreateExerciseInput' });
export type CreateExerciseInput = z.input<typeof CreateExerciseSchema>;

/** Built-in exercises accept only alias, cues and video; custom ones accept every field. */
export const UpdateExerciseSchema = z
  .object(exerciseFields)
  .partial()
  .extend({ alias: nameText(120).nullable().optional() })
  .meta({ id: 'UpdateExerciseInput' });
export type UpdateExerciseInput = z.input<typeof UpdateExerciseSchema>;
export const BUILTIN_EDITABLE_FIELDS = ['alias', 'cues', 'videoUrl'] as const;

/** YouTube/Vimeo links become an embeddable player URL; anything else opens as a link. */
export function videoEmbedUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\.|^m\./, '');
    if (host === 'youtu.be') return `https://www.youtube-nocookie.com/embed/${parsed.pathname.slice(1)}`;
    if (host === 'youtube.com') {
      const id = parsed.searchParams.get('v') ?? parsed.pathname.match(/^\/(?:shorts|embed)\/([\w-]+)/)?.[1];
      return id ? `https://www.youtube-nocookie.com/embed/${id}` : null;
    }
    if (host === 'vimeo.com') {
      const id = parsed.pathname.match(/^\/(\d+)/)?.[1];
      return id ? `https://player.vimeo.com/video/${id}` : null;
    }
    return null;
  } catch {
    return null;
  }
}
