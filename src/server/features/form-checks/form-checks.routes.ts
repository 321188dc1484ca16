import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema } from '../../../shared/common';
import {
  FORM_CHECK_MAX_FRAMES,
  FORM_CHECK_MAX_SECONDS,
  FormCheckCommentSchema,
  FormCheckDetailSchema,
  FormCheckListQuerySchema,
  FormCheckListSchema,
  FormCheckSchema,
} from '../../../shared/form-checks';
import { MessageSchema } from '../../../shared/messages';
import { requireActor, requireClient, requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import { firstLook } from './form-check-ai';
import {
  commentOnFormCheck,
  createFormCheck,
  deleteFormCheck,
  formCheckDetail,
  listFormChecks,
  setFormCheckReviewed,
  type FormChecksDeps,
} from './form-checks.service';

const tags = ['Form checks'];
const errors = errorResponses(400, 401, 403, 404, 409);

const fileField = (description: string) =>
  z.custom<File>((value) => value instanceof File, 'Choose a file').openapi({ type: 'string', format: 'binary', description });

const CreateFormCheckForm = z.object({
  video: fileField(`The video of one set (MP4, MOV or WebM; at most ${FORM_CHECK_MAX_SECONDS} s)`),
  /** Stills the browser took from the video (JPEG/PNG/WebP, each under 1 MB). */
  frames: z
    .union([fileField('A still'), z.array(fileField('A still'))])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.instanceof(File)).max(FORM_CHECK_MAX_FRAMES, `At most ${FORM_CHECK_MAX_FRAMES} stills`)),
  /** Where each still was taken, ms from the start, comma-separated in the stills' order. */
  frameTimesMs: z
    .string()
    .max(200)
    .regex(/^(\d{1,6}(,\d{1,6})*)?$/, 'Whole milliseconds, comma-separated')
    .default('')
    .transform((value) => (value ? value.split(',').map(Number) : [])),
  setLogId: z.uuid('Choose a logged set'),
  note: z.string().trim().max(500, 'At most 500 characters').default(''),
});

const ReviewedSchema = z.object({ reviewed: z.boolean() }).meta({ id: 'FormCheckReviewedInput' });

/** /api/form-checks — videos of logged sets, reviewed by the trainer with comments pinned to moments. */
export function formCheckRoutes(deps: FormChecksDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        summary:
          'A client sends a video of a logged set (checked by content: kind, size and length read from the file; 400 naming `video`, 413 when too large)',
        request: { body: { content: { 'multipart/form-data': { schema: CreateFormCheckForm } }, required: true } },
        responses: { 201: json(FormCheckSchema, 'Sent'), ...errors, 413: { description: 'Too large' } },
      }),
      async (c) => c.json(await createFormCheck(deps, requireClient(c), c.req.valid('form')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'Form checks: the client’s own; the trainer’s all (or one client’s, or waiting ones — oldest first)',
        request: { query: FormCheckListQuerySchema },
        responses: { 200: json(FormCheckListSchema, 'Form checks'), ...errors },
      }),
      async (c) => c.json(await listFormChecks(deps, requireActor(c), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}',
        tags,
        summary: 'One form check with its comments (the AI first look only for the trainer)',
        request: { params: IdParamSchema },
        responses: { 200: json(FormCheckDetailSchema, 'Form check'), ...errors },
      }),
      async (c) => c.json(await formCheckDetail(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/comments',
        tags,
        summary: 'Comment on the video, pinned to a moment (a message about it in the client’s conversation; the other side is told)',
        request: { params: IdParamSchema, ...body(FormCheckCommentSchema) },
        responses: { 201: json(MessageSchema, 'Comment'), ...errors },
      }),
      async (c) => c.json(await commentOnFormCheck(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}/reviewed',
        tags,
        summary: 'The trainer marks the video reviewed (the client is told) or back to waiting',
        request: { params: IdParamSchema, ...body(ReviewedSchema) },
        responses: { 200: json(FormCheckDetailSchema, 'Form check'), ...errors },
      }),
      async (c) => c.json(await setFormCheckReviewed(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json').reviewed), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/first-look',
        tags,
        summary: 'The trainer asks for the AI first look again (from the stills; a draft only the trainer sees)',
        request: { params: IdParamSchema },
        responses: { 200: json(FormCheckDetailSchema, 'Form check'), ...errors },
      }),
      async (c) => {
        const actor = requireTrainer(c);
        const id = c.req.valid('param').id;
        await formCheckDetail(deps, actor, id);
        await firstLook(deps, id);
        return c.json(await formCheckDetail(deps, actor, id), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Delete a form check: the video and its stills (comments stay in the conversation)',
        request: { params: IdParamSchema },
        responses: { 204: { description: 'Deleted' }, ...errors },
      }),
      async (c) => {
        await deleteFormCheck(deps, requireActor(c), c.req.valid('param').id);
        return c.body(null, 204);
      },
    );
}
