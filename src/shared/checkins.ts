import { z } from 'zod';
import { IsoDateSchema } from './clients';
import { PHOTO_POSES } from './goals';

/**
 * Check-ins and habits (issue 6): the trainer's forms and schedules, the client's answers, the
 * review loop, and daily/weekly habits. Answers are validated against the form's own questions.
 */

export const QUESTION_TYPES = [
  'scale_5',
  'scale_10',
  'yes_no',
  'number',
  'short_text',
  'long_text',
  'single_choice',
  'multi_choice',
  'photo',
  'body_metrics',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  scale_5: 'Scale 1–5',
  scale_10: 'Scale 1–10',
  yes_no: 'Yes / no',
  number: 'Number',
  short_text: 'Short text',
  long_text: 'Long text',
  single_choice: 'One choice',
  multi_choice: 'Several choices',
  photo: 'Photo',
  body_metrics: 'Body measurements',
};

const Id = z.string().min(1).max(64);

export const QuestionSchema = z
  .object({
    id: Id,
    type: z.enum(QUESTION_TYPES),
    prompt: z.string().trim().min(1, 'Write the question').max(300),
    help: z.string().trim().max(500).default(''),
    required: z.boolean().default(false),
    /** Scales: words at the low and high ends, e.g. "Exhausted" … "Full of energy". */
    lowLabel: z.string().trim().max(40).default(''),
    highLabel: z.string().trim().max(40).default(''),
    /** Number: its unit, e.g. "hours", "steps". */
    unit: z.string().trim().max(16).default(''),
    /** Choices. */
    options: z.array(z.string().trim().min(1, 'Name the choice').max(100)).max(20).default([]),
    /** Photo: a pose makes the answer a progress photo too. */
    pose: z.enum(PHOTO_POSES).nullable().default(null),
    /** Body measurements block: which metrics it asks (built-in keys or custom metric ids). */
    metrics: z.array(z.string().min(1).max(64)).max(12).default([]),
  })
  .superRefine((question, ctx) => {
    if ((question.type === 'single_choice' || question.type === 'multi_choice') && question.options.length < 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Give at least two choices' });
    if (question.type === 'body_metrics' && question.metrics.length === 0)
      ctx.addIssue({ code: 'custom', path: ['metrics'], message: 'Pick at least one measurement' });
  });
export type Question = z.output<typeof QuestionSchema>;
export type QuestionInput = z.input<typeof QuestionSchema>;

export const SaveFormSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the check-in').max(100),
    description: z.string().trim().max(1000).default(''),
    questions: z
      .array(QuestionSchema)
      .min(1, 'Add at least one question')
      .max(40)
      .superRefine((questions, ctx) => {
        const seen = new Set<string>();
        questions.forEach((question, index) => {
          if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'Each question needs its own id' });
          seen.add(question.id);
        });
      }),
    archived: z.boolean().default(false),
  })
  .meta({ id: 'SaveCheckinFormInput' });
export type SaveFormInput = z.input<typeof SaveFormSchema>;

export const CheckinFormSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    questions: z.array(z.any()),
    archived: z.boolean(),
    updatedAt: z.string(),
    /** Active schedules using it. */
    schedules: z.number().int(),
  })
  .meta({ id: 'CheckinForm' });
export type CheckinForm = Omit<z.infer<typeof CheckinFormSchema>, 'questions'> & { questions: Question[] };

export const SCHEDULE_KINDS = ['weekly', 'every_n_days', 'once'] as const;

export const SaveScheduleSchema = z
  .object({
    formId: z.string().uuid('Choose a check-in form'),
    /** One client, or null for every active client. */
    clientId: z.string().uuid().nullable(),
    kind: z.enum(SCHEDULE_KINDS),
    /** Weekly: ISO weekday (1 = Monday … 7 = Sunday). */
    weekday: z.number().int().min(1).max(7).nullable().default(null),
    /** Every N days. */
    everyDays: z.number().int().min(1).max(90).nullable().default(null),
    /** First due day (every N days), the day (once), or from when (weekly). */
    startDate: IsoDateSchema,
    /** Hours after the due day begins before it counts as overdue. */
    graceHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 14)
      .default(48),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'weekly' && value.weekday === null) ctx.addIssue({ code: 'custom', path: ['weekday'], message: 'Pick the weekday' });
    if (value.kind === 'every_n_days' && value.everyDays === null)
      ctx.addIssue({ code: 'custom', path: ['everyDays'], message: 'How many days apart?' });
  })
  .meta({ id: 'SaveCheckinScheduleInput' });
export type SaveScheduleInput = z.input<typeof SaveScheduleSchema>;

export const CheckinScheduleSchema = z
  .object({
    id: z.string(),
    formId: z.string(),
    formName: z.string(),
    clientId: z.string().nullable(),
    kind: z.enum(SCHEDULE_KINDS),
    weekday: z.number().nullable(),
    everyDays: z.number().nullable(),
    startDate: z.string(),
    graceHours: z.number(),
    createdAt: z.string(),
  })
  .meta({ id: 'CheckinSchedule' });
export type CheckinSchedule = z.infer<typeof CheckinScheduleSchema>;

/** An answer as sent: its shape depends on the question's type (checked against the form). */
export const AnswerValueSchema = z.union([
  z.number(),
  z.boolean(),
  z.string().max(5000),
  z.array(z.string().max(100)).max(20),
  /** body_metrics: metric → value in `unit`. */
  z.record(z.string(), z.object({ value: z.number(), unit: z.string().max(16) })),
  z.null(),
]);

export const SubmitCheckinSchema = z
  .object({
    scheduleId: z.string().uuid(),
    /** The occurrence being answered (its due day). */
    dueDate: IsoDateSchema,
    /** questionId → value; a photo answer is the id of an upload made first (POST /api/uploads, purpose checkin). */
    answers: z.record(z.string(), AnswerValueSchema),
  })
  .meta({ id: 'SubmitCheckinInput' });
export type SubmitCheckinInput = z.input<typeof SubmitCheckinSchema>;

export const CHECKIN_STATES = ['upcoming', 'due', 'overdue', 'submitted', 'reviewed'] as const;
export type CheckinState = (typeof CHECKIN_STATES)[number];

export const CheckinAnswerSchema = z.object({
  questionId: z.string(),
  value: AnswerValueSchema,
  /** For photo answers: where the photo is served (authorised). */
  photoUrl: z.string().nullable().default(null),
});

export const CheckinSchema = z
  .object({
    id: z.string().nullable(),
    clientId: z.string(),
    clientName: z.string(),
    scheduleId: z.string(),
    formId: z.string(),
    formName: z.string(),
    dueDate: z.string(),
    state: z.enum(CHECKIN_STATES),
    /** When it turns overdue. */
    overdueAt: z.string(),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    /** The form as it was answered (or as it is, before). */
    questions: z.array(z.any()),
    answers: z.array(CheckinAnswerSchema),
    /** The coach's reply (a message about this check-in). */
    reply: z.object({ body: z.string(), at: z.string() }).nullable(),
  })
  .meta({ id: 'Checkin' });
export type Checkin = Omit<z.infer<typeof CheckinSchema>, 'questions'> & { questions: Question[] };

export const ReviewCheckinSchema = z.object({ reply: z.string().trim().max(4000).default('') }).meta({ id: 'ReviewCheckinInput' });

export const HABIT_KINDS = ['yes_no', 'numeric'] as const;
export const HABIT_FREQUENCIES = ['daily', 'weekly'] as const;

export const SaveHabitSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the habit').max(80),
    kind: z.enum(HABIT_KINDS),
    frequency: z.enum(HABIT_FREQUENCIES).default('daily'),
    /** Numeric habits: the target per day (daily) or per week (weekly), e.g. 2.5 litres, 8000 steps. */
    target: z.number().positive('Above zero').max(1_000_000).nullable().default(null),
    unit: z.string().trim().max(16).default(''),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.nullable().default(null),
    archived: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'numeric' && value.target === null) ctx.addIssue({ code: 'custom', path: ['target'], message: 'Set a target' });
    if (value.endDate && value.endDate < value.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end comes after the start' });
  })
  .meta({ id: 'SaveHabitInput' });
export type SaveHabitInput = z.input<typeof SaveHabitSchema>;

export const HabitSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    name: z.string(),
    kind: z.enum(HABIT_KINDS),
    frequency: z.enum(HABIT_FREQUENCIES),
    target: z.number().nullable(),
    unit: z.string(),
    /** A daily tracker another screen owns (nutrition's water and steps), or null. */
    tracker: z.enum(['water', 'steps']).nullable(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    archived: z.boolean(),
    /** Today's (daily) or this week's (weekly) logged value; null when nothing is logged. */
    current: z.number().nullable(),
    /** Consecutive days (or weeks) the habit was met, up to today (today counts once met). */
    streak: z.number().int(),
    /** Share of days (weeks) met in the last 7 and 30 days, 0–100; null before the habit started. */
    compliance7: z.number().nullable(),
    compliance30: z.number().nullable(),
    /** The last 14 days: date and value logged (for a one-row history). */
    recent: z.array(z.object({ date: z.string(), value: z.number() })),
  })
  .meta({ id: 'Habit' });
export type Habit = z.infer<typeof HabitSchema>;

export const LogHabitSchema = z.object({ value: z.number().min(0).max(1_000_000) }).meta({ id: 'LogHabitInput' });
