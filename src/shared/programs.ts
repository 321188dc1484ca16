import { z } from 'zod';
import { PageQuerySchema, longText, nameText, pageOf } from './common';
import { IsoDateSchema, TagsSchema, UNITS } from './clients';
import { ExerciseSchema } from './exercises';

/*
 * A program is one document: weeks of workouts, each an ordered list of blocks, each block one
 * or more exercise prescriptions with their sets. Ids inside are made by the editor (uuid) and
 * stay stable, so the calendar and logs can point at a workout and an exercise prescription.
 */

export const LIMITS = { weeks: 52, workoutsPerWeek: 7, blocksPerWorkout: 40, exercisesPerBlock: 10, setsPerExercise: 20 } as const;

const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/, 'Not a valid id');
const Weight = z.object({ value: z.number().min(0).max(1000), unit: z.enum(UNITS) });
const SignedWeight = z.object({ value: z.number().min(-500).max(500), unit: z.enum(UNITS) });

export const SET_TYPES = ['warmup', 'working', 'drop', 'amrap'] as const;

export const SetTargetSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('reps'), min: z.number().int().min(1).max(100), max: z.number().int().min(1).max(100) })
    .refine((t) => t.min <= t.max, { message: 'The rep range must go from low to high (e.g. 8–12)', path: ['max'] }),
  z.object({
    kind: z.literal('time'),
    seconds: z
      .number()
      .int()
      .min(1)
      .max(4 * 3600),
  }),
  z.object({ kind: z.literal('distance'), meters: z.number().min(1).max(100_000) }),
]);
export type SetTarget = z.infer<typeof SetTargetSchema>;

export const LoadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('weight'), value: z.number().min(0).max(1000), unit: z.enum(UNITS) }),
  z.object({ kind: z.literal('percent_1rm'), percent: z.number().min(1).max(150) }),
  z.object({ kind: z.literal('bodyweight'), extra: SignedWeight.nullable().default(null) }),
]);
export type Load = z.infer<typeof LoadSchema>;

export const EffortSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rpe'), value: z.number().min(1).max(10).multipleOf(0.5) }),
  z.object({ kind: z.literal('rir'), value: z.number().int().min(0).max(10) }),
]);

export const PrescribedSetSchema = z.object({
  id: Id,
  type: z.enum(SET_TYPES).default('working'),
  target: SetTargetSchema,
  load: LoadSchema.default({ kind: 'none' }),
  effort: EffortSchema.nullable().default(null),
  tempo: z
    .string()
    .regex(/^[0-9xX]{1,2}-[0-9xX]{1,2}-[0-9xX]{1,2}-[0-9xX]{1,2}$/, 'Tempo looks like 3-1-1-0')
    .nullable()
    .default(null),
  restSeconds: z.number().int().min(0).max(900).nullable().default(null),
  note: longText(300).default(''),
});
export type PrescribedSet = z.infer<typeof PrescribedSetSchema>;

/** Progression rules are data, evaluated when the client's next session is prepared. */
export const ProgressionRuleSchema = z.discriminatedUnion('kind', [
  /** Add load when every working set reached the top of its rep range. */
  z.object({ kind: z.literal('load_at_top_of_range'), increment: Weight }),
  /** Add reps each week up to a ceiling, then add load and go back to the starting reps. */
  z.object({
    kind: z.literal('reps_then_load'),
    repsPerWeek: z.number().int().min(1).max(5),
    upTo: z.number().int().min(2).max(50),
    increment: Weight,
  }),
  /** A deload: this week repeats week N's prescription with X % less load. */
  z.object({ kind: z.literal('deload'), repeatWeek: z.number().int().min(1).max(52), reducePercent: z.number().min(1).max(90) }),
]);
export type ProgressionRule = z.infer<typeof ProgressionRuleSchema>;

export const PrescriptionSchema = z.object({
  id: Id,
  exerciseId: z.uuid('Pick an exercise from the library'),
  sets: z.array(PrescribedSetSchema).min(1, 'Add at least one set').max(LIMITS.setsPerExercise, `At most ${LIMITS.setsPerExercise} sets`),
  note: longText(500).default(''),
  progression: ProgressionRuleSchema.nullable().default(null),
});
export type Prescription = z.infer<typeof PrescriptionSchema>;

export const BLOCK_KINDS = ['single', 'superset', 'circuit'] as const;
export const BLOCK_SECTIONS = ['warmup', 'main', 'cooldown'] as const;

export const BlockSchema = z
  .object({
    id: Id,
    kind: z.enum(BLOCK_KINDS),
    section: z.enum(BLOCK_SECTIONS).default('main'),
    /** Circuits repeat; a single exercise or superset has rounds = 1. */
    rounds: z.number().int().min(1).max(20).default(1),
    restSeconds: z.number().int().min(0).max(900).nullable().default(null),
    exercises: z
      .array(PrescriptionSchema)
      .min(1, 'A block needs an exercise')
      .max(LIMITS.exercisesPerBlock, `At most ${LIMITS.exercisesPerBlock} exercises in a block`),
  })
  .superRefine((block, ctx) => {
    if (block.kind === 'single' && block.exercises.length !== 1)
      ctx.addIssue({ code: 'custom', path: ['exercises'], message: 'A single block has exactly one exercise' });
    if (block.kind !== 'single' && block.exercises.length < 2)
      ctx.addIssue({ code: 'custom', path: ['exercises'], message: `A ${block.kind} needs at least two exercises` });
  });
export type Block = z.infer<typeof BlockSchema>;

export const WorkoutSchema = z.object({
  id: Id,
  /** 1-based week of the program, and the workout's order within that week. */
  week: z.number().int().min(1).max(LIMITS.weeks),
  order: z.number().int().min(1).max(LIMITS.workoutsPerWeek),
  name: nameText(80),
  notes: longText(2000).default(''),
  blocks: z.array(BlockSchema).max(LIMITS.blocksPerWorkout, `At most ${LIMITS.blocksPerWorkout} blocks`),
});
export type Workout = z.infer<typeof WorkoutSchema>;

export const ProgramContentSchema = z
  .object({
    weeks: z.number().int().min(1).max(LIMITS.weeks),
    workouts: z.array(WorkoutSchema).max(LIMITS.weeks * LIMITS.workoutsPerWeek),
  })
  .superRefine((content, ctx) => {
    const seen = new Set<string>();
    content.workouts.forEach((workout, index) => {
      if (workout.week > content.weeks)
        ctx.addIssue({ code: 'custom', path: ['workouts', index, 'week'], message: `Week ${workout.week} is past the program's end` });
      const slot = `${workout.week}:${workout.order}`;
      if (seen.has(slot)) ctx.addIssue({ code: 'custom', path: ['workouts', index, 'order'], message: 'Two workouts share this slot' });
      seen.add(slot);
    });
  });
export type ProgramContent = z.infer<typeof ProgramContentSchema>;

export const CreateProgramSchema = z
  .object({
    name: nameText(100),
    description: longText(2000).default(''),
    tags: TagsSchema.default([]),
    weeks: z.number().int().min(1).max(LIMITS.weeks).default(4),
  })
  .meta({ id: 'CreateProgramInput' });
export type CreateProgramInput = z.input<typeof CreateProgramSchema>;

/** Autosave sends the whole program; `version` is the one it was loaded at (409 if someone saved since). */
export const SaveProgramSchema = z
  .object({
    name: nameText(100),
    description: longText(2000),
    tags: TagsSchema,
    content: ProgramContentSchema,
    version: z.number().int().min(1),
  })
  .meta({ id: 'SaveProgramInput' });
export type SaveProgramInput = z.input<typeof SaveProgramSchema>;

export const ProgramSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    tags: z.array(z.string()),
    weeks: z.number(),
    workoutCount: z.number(),
    clientId: z.string().nullable(),
    sourceProgramId: z.string().nullable(),
    archived: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProgramSummary' });
export type ProgramSummary = z.infer<typeof ProgramSummarySchema>;

export const ProgramSchema = ProgramSummarySchema.extend({
  content: ProgramContentSchema,
  version: z.number(),
  /** Every exercise the program uses, so a screen can name them without asking one by one. */
  exercises: z.array(ExerciseSchema),
}).meta({ id: 'Program' });
export type Program = z.infer<typeof ProgramSchema>;

export const ProgramPageSchema = pageOf(ProgramSummarySchema).meta({ id: 'ProgramPage' });

export const ListProgramsQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  tag: z.string().trim().max(32).optional(),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
});

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z.number().int().min(1).max(7);

export const AssignProgramSchema = z
  .object({
    clientIds: z.array(z.uuid()).min(1, 'Pick at least one client').max(200),
    startDate: IsoDateSchema,
    /** weekdays[k] is the weekday of each week's workout k+1 (in the workouts' order). */
    weekdays: z.array(WeekdaySchema).min(1).max(7),
  })
  .refine((input) => new Set(input.weekdays).size === input.weekdays.length, {
    message: 'Pick a different day for each workout',
    path: ['weekdays'],
  })
  .meta({ id: 'AssignProgramInput' });
export type AssignProgramInput = z.input<typeof AssignProgramSchema>;

export const AssignResultSchema = z
  .object({ assigned: z.array(z.object({ clientId: z.string(), programId: z.string(), scheduled: z.number() })) })
  .meta({ id: 'AssignResult' });

/* ---------- calendar ---------- */

export const SCHEDULE_STATUSES = ['scheduled', 'completed', 'missed', 'skipped'] as const;

export const ScheduledWorkoutSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    date: z.string(),
    /** The date the program first put it on, when it was moved. */
    originalDate: z.string().nullable(),
    status: z.enum(SCHEDULE_STATUSES),
    name: z.string(),
    programId: z.string().nullable(),
    programName: z.string().nullable(),
    workoutId: z.string().nullable(),
    week: z.number().nullable(),
    /** True when this date's workout was edited on its own. */
    customised: z.boolean(),
    exerciseCount: z.number(),
    estimatedMinutes: z.number(),
  })
  .meta({ id: 'ScheduledWorkout' });
export type ScheduledWorkout = z.infer<typeof ScheduledWorkoutSchema>;

export const CalendarQuerySchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((q) => q.from <= q.to, { message: '`from` must not be after `to`', path: ['to'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= 62, { message: 'At most 62 days at a time', path: ['to'] });

export const CalendarSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    /** Today in the client's time zone. */
    today: z.string(),
    weekStartsOn: WeekdaySchema,
    clientCanMove: z.boolean(),
    items: z.array(ScheduledWorkoutSchema),
  })
  .meta({ id: 'Calendar' });
export type Calendar = z.infer<typeof CalendarSchema>;

export const UpdateScheduledWorkoutSchema = z
  .object({ date: IsoDateSchema.optional(), status: z.enum(['scheduled', 'skipped']).optional() })
  .refine((input) => input.date !== undefined || input.status !== undefined, { message: 'Nothing to change' })
  .meta({ id: 'UpdateScheduledWorkoutInput' });

export const AddScheduledWorkoutSchema = z
  .object({
    date: IsoDateSchema,
    /** Either a workout from one of the client's programs… */
    programId: z.uuid().optional(),
    workoutId: Id.optional(),
    /** …or a one-off workout for that day. */
    workout: WorkoutSchema.optional(),
  })
  .refine((input) => Boolean(input.workout) !== Boolean(input.programId && input.workoutId), {
    message: 'Give either a program workout or a one-off workout',
  })
  .meta({ id: 'AddScheduledWorkoutInput' });

export const ScheduledWorkoutDetailSchema = ScheduledWorkoutSchema.extend({
  workout: WorkoutSchema,
  exercises: z.array(ExerciseSchema),
}).meta({
  id: 'ScheduledWorkoutDetail',
});
export type ScheduledWorkoutDetail = z.infer<typeof ScheduledWorkoutDetailSchema>;

export const SetWorkoutOverrideSchema = z.object({ workout: WorkoutSchema }).meta({ id: 'SetWorkoutOverrideInput' });
