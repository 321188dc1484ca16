import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ProgramContentSchema, type ProgramContent } from '../../../shared/programs';

/**
 * A program draft as the model writes it (structured output), and its conversion into the
 * builder's own document. The model may only name exercises from the list it was given; anything
 * else makes the draft invalid (retried once, then reported).
 */
export const DraftSchema = z.object({
  name: z.string().min(1).max(100),
  description: z.string().max(1000),
  workouts: z
    .array(
      z.object({
        name: z.string().min(1).max(80),
        exercises: z
          .array(
            z.object({
              exerciseId: z.string(),
              sets: z.number().int().min(1).max(10),
              repsMin: z.number().int().min(1).max(100),
              repsMax: z.number().int().min(1).max(100),
              restSeconds: z.number().int().min(0).max(600),
              note: z.string().max(300),
            }),
          )
          .min(1)
          .max(12),
      }),
    )
    .min(1)
    .max(7),
});
export type Draft = z.infer<typeof DraftSchema>;

/** The JSON schema sent as `response_format` (strict: every field required, nothing extra). */
export const DRAFT_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'description', 'workouts'],
  properties: {
    name: { type: 'string' },
    description: { type: 'string' },
    workouts: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'exercises'],
        properties: {
          name: { type: 'string' },
          exercises: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['exerciseId', 'sets', 'repsMin', 'repsMax', 'restSeconds', 'note'],
              properties: {
                exerciseId: { type: 'string', description: 'An id from the exercise list, exactly' },
                sets: { type: 'integer' },
                repsMin: { type: 'integer' },
                repsMax: { type: 'integer' },
                restSeconds: { type: 'integer' },
                note: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** What is wrong with a draft, in words the model (on a retry) and the trainer (in a report) can use. */
export function draftProblems(raw: string, allowedIds: Set<string>, workoutsPerWeek: number): { draft: Draft | null; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { draft: null, problems: ['The answer was not JSON.'] };
  }
  const parsed = DraftSchema.safeParse(json);
  if (!parsed.success)
    return { draft: null, problems: parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  const problems: string[] = [];
  if (parsed.data.workouts.length !== workoutsPerWeek)
    problems.push(`Write exactly ${workoutsPerWeek} workouts (got ${parsed.data.workouts.length}).`);
  parsed.data.workouts.forEach((workout, w) =>
    workout.exercises.forEach((exercise, e) => {
      if (!allowedIds.has(exercise.exerciseId))
        problems.push(`workouts.${w}.exercises.${e}.exerciseId: "${exercise.exerciseId}" is not in the exercise list`);
      if (exercise.repsMin > exercise.repsMax) problems.push(`workouts.${w}.exercises.${e}: repsMin is above repsMax`);
    }),
  );
  return { draft: problems.length ? null : parsed.data, problems };
}

/** The builder's document: the week's workouts repeated for every week, one exercise per block. */
export function draftToContent(draft: Draft, weeks: number): ProgramContent {
  const workouts = Array.from({ length: weeks }, (_, week) =>
    draft.workouts.map((workout, order) => ({
      id: randomUUID(),
      week: week + 1,
      order: order + 1,
      name: workout.name,
      notes: '',
      blocks: workout.exercises.map((exercise) => ({
        id: randomUUID(),
        kind: 'single' as const,
        section: 'main' as const,
        rounds: 1,
        restSeconds: exercise.restSeconds,
        exercises: [
          {
            id: randomUUID(),
            exerciseId: exercise.exerciseId,
            note: exercise.note,
            progression: null,
            sets: Array.from({ length: exercise.sets }, () => ({
              id: randomUUID(),
              type: 'working' as const,
              target: { kind: 'reps' as const, min: exercise.repsMin, max: exercise.repsMax },
              load: { kind: 'none' as const },
              effort: null,
              tempo: null,
            })),
          },
        ],
      })),
    })),
  ).flat();
  // The same schema as the builder's save: a draft that would not save is not a draft.
  return ProgramContentSchema.parse({ weeks, workouts });
}
