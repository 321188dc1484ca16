import { createRoute, z } from '@hono/zod-openapi';
import { OkSchema } from '../../../shared/common';
import { PublicProfileSchema } from '../../../shared/settings';
import type { Db } from '../../db/client';
import { actorRef, requireTrainer } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { createRouter, errorResponses, json } from '../../lib/validate';
import { recordAudit } from '../audit/audit.repo';
import { findTrainer } from '../auth/auth.repo';
import type { Storage } from '../uploads/storage';
import { processUpload } from '../uploads/upload-pipeline';
import { findUpload, insertUpload } from '../uploads/uploads.repo';
import { deleteUpload } from '../uploads/uploads.service';
import { findSettings, upsertSettings } from './settings.repo';
import { getSettings } from './settings.service';

type ProfileDeps = { db: Db; clock: Clock; storage: Storage };

const PhotoFormSchema = z.object({
  file: z
    .custom<File>((value) => value instanceof File, 'Choose a photo')
    .openapi({ type: 'string', format: 'binary', description: 'JPEG, PNG, WebP or HEIC, up to 15 MB' }),
});

/** The trainer's public face for the plans page: name, bio, photo (public on purpose, nothing else is). */
export function publicProfileRoutes(deps: ProfileDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/profile',
        tags: ['Public'],
        summary: "The trainer's name, business, bio and photo (anyone: the plans page)",
        responses: { 200: json(PublicProfileSchema, 'Profile') },
      }),
      async (c) => {
        const [settings, row, trainer] = await Promise.all([getSettings(deps.db), findSettings(deps.db), findTrainer(deps.db)]);
        return c.json(
          {
            businessName: settings.businessName,
            trainerName: trainer?.name ?? '',
            bio: settings.bio,
            photoUrl: row?.photoUploadId ? `/api/public/trainer-photo?v=${row.photoUploadId.slice(0, 8)}` : null,
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/trainer-photo',
        tags: ['Public'],
        summary: "The trainer's photo (anyone)",
        responses: { 200: { description: 'The image' }, ...errorResponses(404) },
      }),
      async () => {
        const row = await findSettings(deps.db);
        const upload = row?.photoUploadId ? await findUpload(deps.db, row.photoUploadId) : null;
        const object = upload ? await deps.storage.get(upload.storageKey) : null;
        if (!upload || !object) throw AppError.notFound('The photo');
        return new Response(new Blob([new Uint8Array(object.body)]), {
          status: 200,
          headers: { 'content-type': object.contentType, 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' },
        });
      },
    );
}

/** /api/settings/photo — the trainer sets or removes their photo (through the one upload pipeline). */
export function trainerPhotoRoutes(deps: ProfileDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/photo',
        tags: ['Settings'],
        summary: 'Set the trainer photo shown on the plans page (checked by content, re-encoded without metadata) (trainer)',
        request: { body: { content: { 'multipart/form-data': { schema: PhotoFormSchema } }, required: true } },
        responses: { 200: json(PublicProfileSchema.pick({ photoUrl: true }), 'Saved'), ...errorResponses(400, 401, 403) },
      }),
      async (c) => {
        const actor = requireTrainer(c);
        const { file } = c.req.valid('form');
        const processed = await processUpload(new Uint8Array(await file.arrayBuffer()), file.name, { images: true, documents: false });
        const id = crypto.randomUUID();
        const storageKey = `trainer/${id}`;
        await deps.storage.put(storageKey, processed.body, processed.contentType);
        const now = deps.clock.now();
        await insertUpload(deps.db, {
          id,
          clientId: null,
          uploadedBy: actor.userId,
          purpose: 'trainer_photo',
          kind: 'image',
          name: processed.name,
          contentType: processed.contentType,
          sizeBytes: processed.body.byteLength,
          width: processed.width,
          height: processed.height,
          storageKey,
          thumbnailKey: null,
          createdAt: now,
        });
        const previous = (await findSettings(deps.db))?.photoUploadId;
        await upsertSettings(deps.db, { photoUploadId: id, updatedAt: now });
        const old = previous ? await findUpload(deps.db, previous) : null;
        if (old) await deleteUpload(deps, old);
        await recordAudit(deps.db, { ...actorRef(actor), action: 'settings.photo', subjectType: 'settings', subjectId: '1', at: now });
        return c.json({ photoUrl: `/api/public/trainer-photo?v=${id.slice(0, 8)}` }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/photo',
        tags: ['Settings'],
        summary: 'Remove the trainer photo (trainer)',
        responses: { 200: json(OkSchema, 'Removed'), ...errorResponses(401, 403) },
      }),
      async (c) => {
        const actor = requireTrainer(c);
        const previous = (await findSettings(deps.db))?.photoUploadId;
        const now = deps.clock.now();
        await upsertSettings(deps.db, { photoUploadId: null, updatedAt: now });
        const old = previous ? await findUpload(deps.db, previous) : null;
        if (old) await deleteUpload(deps, old);
        await recordAudit(deps.db, {
          ...actorRef(actor),
          action: 'settings.photo.remove',
          subjectType: 'settings',
          subjectId: '1',
          at: now,
        });
        return c.json({ ok: true as const }, 200);
      },
    );
}
