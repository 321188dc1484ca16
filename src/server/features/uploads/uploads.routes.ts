import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema } from '../../../shared/common';
import { AttachmentSchema } from '../../../shared/messages';
import { requireActor } from '../../lib/access';
import { createRouter, errorResponses, json } from '../../lib/validate';
import { FILE_MAX_BYTES, IMAGE_MAX_BYTES } from './upload-pipeline';
import { createUpload, readUpload, type UploadsDeps } from './uploads.service';

const tags = ['Uploads'];
const errors = errorResponses(400, 401, 403, 404, 409);

const UploadFormSchema = z.object({
  file: z
    .custom<File>((value) => value instanceof File, 'Choose a file')
    .openapi({ type: 'string', format: 'binary', description: 'The photo or document' }),
  /** message: a chat file; checkin: a photo answer to a check-in (images only, the client's own). */
  purpose: z.enum(['message', 'checkin']).default('message'),
  /** Whose conversation (the trainer must say; a client's own is the default). */
  clientId: z.uuid('Not a valid id').optional(),
});

/** The largest upload body: an image plus the form around it. */
export const UPLOAD_MAX_BODY_BYTES = Math.max(IMAGE_MAX_BYTES, FILE_MAX_BYTES) + 64 * 1024;

export function uploadsRoutes(deps: UploadsDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        summary:
          'Upload a photo or document (checked by content: a file whose content is not an accepted kind, or not what its name says, is 400 naming `file`; photos re-encoded without metadata)',
        request: { body: { content: { 'multipart/form-data': { schema: UploadFormSchema } }, required: true } },
        responses: {
          201: json(AttachmentSchema, 'Stored'),
          ...errors,
          413: { description: 'Too large (photos 15 MB, documents 10 MB)' },
        },
      }),
      async (c) => {
        const form = c.req.valid('form');
        return c.json(await createUpload(deps, requireActor(c), form), 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}',
        tags,
        summary: 'The file itself, for its client and the trainer only',
        request: { params: IdParamSchema },
        responses: { 200: { description: 'The bytes' }, ...errors },
      }),
      async (c) => {
        const { row, object } = await readUpload(deps, requireActor(c), c.req.valid('param').id, 'full');
        return fileResponse(object, row.kind === 'file' ? 'attachment' : 'inline', row.name, c.req.header('range'));
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/thumbnail',
        tags,
        summary: 'A small preview of a photo',
        request: { params: IdParamSchema },
        responses: { 200: { description: 'The thumbnail' }, ...errors },
      }),
      async (c) => {
        const { object } = await readUpload(deps, requireActor(c), c.req.valid('param').id, 'thumbnail');
        return fileResponse(object, 'inline', null);
      },
    );
}

/** Even a document opened in the browser runs nothing on our origin (set outermost in app.ts). */
export const FILE_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

/**
 * Private caching only (a shared cache must never keep someone's photo) and the stored type. A
 * `Range: bytes=a-b` request gets that part (206): a video player seeks by ranges.
 */
function fileResponse(
  object: { body: Uint8Array; contentType: string },
  disposition: 'inline' | 'attachment',
  name: string | null,
  range?: string,
) {
  const size = object.body.byteLength;
  const headers = new Headers({
    'content-type': object.contentType,
    'accept-ranges': 'bytes',
    'cache-control': 'private, max-age=86400, immutable',
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin',
  });
  headers.set('content-disposition', name ? `${disposition}; filename*=UTF-8''${encodeURIComponent(name)}` : disposition);
  const wanted = range ? parseRange(range, size) : null;
  if (wanted === 'unsatisfiable') {
    headers.set('content-range', `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  const [start, end] = wanted ?? [0, size - 1];
  const part = object.body.subarray(start, end + 1);
  headers.set('content-length', String(part.byteLength));
  if (wanted) headers.set('content-range', `bytes ${start}-${end}/${size}`);
  return new Response(new Blob([new Uint8Array(part)]), { status: wanted ? 206 : 200, headers });
}

/** One byte range ("bytes=0-", "bytes=100-199", "bytes=-500"); anything else is answered whole. */
export function parseRange(header: string, size: number): [number, number] | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (!match[1] && !match[2])) return null;
  let start: number;
  let end: number;
  if (!match[1]) {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return [start, end];
}
