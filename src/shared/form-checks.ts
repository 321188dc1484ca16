import { z } from 'zod';
import { MessageSchema } from './messages';

/** A form-check video may be at most this long (one set) … */
export const FORM_CHECK_MAX_SECONDS = 60;
/** … and the browser sends this many stills from it (the poster and, with AI on, what the provider sees). */
export const FORM_CHECK_MAX_FRAMES = 6;
/** Each still is a small JPEG the browser made; larger ones are refused. */
export const FORM_CHECK_FRAME_MAX_BYTES = 1024 * 1024;

/** The AI's first look at the stills: for the trainer only, never shown to the client. */
export const FormCheckAiSchema = z.object({
  status: z.enum(['off', 'pending', 'ready', 'failed']),
  summary: z.string().nullable(),
  observations: z.array(z.object({ atMs: z.number().nullable(), text: z.string() })),
  cues: z.array(z.string()),
  caveat: z.string().nullable(),
  error: z.string().nullable(),
});
export type FormCheckAi = z.infer<typeof FormCheckAiSchema>;

export const FormCheckSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    /** "Back squat · set 3 · 100 kg × 5" */
    label: z.string(),
    exerciseId: z.string().nullable(),
    setLogId: z.string().nullable(),
    sessionId: z.string().nullable(),
    durationMs: z.number(),
    videoUrl: z.string(),
    videoType: z.string(),
    posterUrl: z.string().nullable(),
    frames: z.array(z.object({ url: z.string(), atMs: z.number() })),
    note: z.string(),
    status: z.enum(['waiting', 'reviewed']),
    reviewedAt: z.string().nullable(),
    createdAt: z.string(),
    /** Comments (from either side) pinned to moments; messages of the conversation about this video. */
    commentCount: z.number(),
    /** Only for the trainer; null for the client. */
    ai: FormCheckAiSchema.nullable(),
  })
  .meta({ id: 'FormCheck' });
export type FormCheck = z.infer<typeof FormCheckSchema>;

export const FormCheckDetailSchema = FormCheckSchema.extend({ comments: z.array(MessageSchema) }).meta({ id: 'FormCheckDetail' });
export type FormCheckDetail = z.infer<typeof FormCheckDetailSchema>;

export const FormCheckListSchema = z.object({ items: z.array(FormCheckSchema) }).meta({ id: 'FormCheckList' });

export const FormCheckListQuerySchema = z.object({
  /** The trainer may narrow to one client (a client always sees their own). */
  clientId: z.uuid('Not a valid id').optional(),
  status: z.enum(['waiting', 'reviewed']).optional(),
});

export const FormCheckCommentSchema = z
  .object({
    body: z.string().trim().min(1, 'Write something first').max(2000, 'At most 2,000 characters'),
    /** The moment the comment is about, in milliseconds from the start (none: the whole video). */
    atMs: z
      .number()
      .int('Whole milliseconds')
      .min(0, 'Not before the start')
      .max(FORM_CHECK_MAX_SECONDS * 1000, 'Past the end')
      .nullable()
      .default(null),
  })
  .meta({ id: 'FormCheckCommentInput' });
export type FormCheckCommentInput = z.input<typeof FormCheckCommentSchema>;

/** "0:07" */
export const formatMoment = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};
