import type { z } from 'zod';
import type { PhotoFieldsSchema, PhotoQuerySchema, ProgressPhoto } from '../../../shared/goals';
import type { Db } from '../../db/client';
import { actorRef, assertCanSeeClient, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { findClient } from '../clients/clients.repo';
import { localDate } from '../programs/schedule-rules';
import type { Storage } from '../uploads/storage';
import { processUpload } from '../uploads/upload-pipeline';
import { deleteUpload, storeUpload } from '../uploads/uploads.service';
import { deletePhotoRow, findPhoto, findPhotoAt, insertPhoto, listPhotos, type PhotoRow } from './goals.repo';

export type PhotosDeps = { db: Db; clock: Clock; storage: Storage };

function toPhoto(row: PhotoRow): ProgressPhoto {
  return {
    id: row.id,
    clientId: row.clientId,
    pose: row.pose,
    date: row.date,
    note: row.note,
    url: `/api/uploads/${row.uploadId}`,
    thumbnailUrl: row.upload.thumbnailKey ? `/api/uploads/${row.uploadId}/thumbnail` : null,
    width: row.upload.width,
    height: row.upload.height,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A progress photo through the one upload pipeline (type from the bytes, re-encoded by sharp, all
 * metadata and GPS gone, thumbnail). One photo per pose and day: a new one replaces the old, whose
 * files are deleted. Stored before any database write, so no transaction waits on sharp or storage.
 */
export async function addPhoto(
  deps: PhotosDeps,
  actor: Actor,
  clientId: string,
  input: z.output<typeof PhotoFieldsSchema> & { file: File },
): Promise<ProgressPhoto> {
  assertCanSeeClient(actor, clientId);
  const client = await findClient(deps.db, clientId);
  if (!client) throw AppError.notFound('That client');
  if (input.date > localDate(deps.clock.now(), client.timeZone)) throw AppError.field('date', 'Photos cannot be dated in the future.');
  const processed = await processUpload(new Uint8Array(await input.file.arrayBuffer()), input.file.name, {
    images: true,
    documents: false,
  });
  const upload = await storeUpload(deps, { clientId, uploadedBy: actor.userId, purpose: 'progress_photo', processed });
  const previous = await findPhotoAt(deps.db, clientId, input.pose, input.date);
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    if (previous) await deletePhotoRow(tx, previous.id);
    return insertPhoto(tx, {
      clientId,
      uploadId: upload.id,
      pose: input.pose,
      date: input.date,
      note: input.note,
      createdBy: actor.userId,
      createdAt: now,
    });
  });
  if (previous) await deleteUpload(deps, previous.upload);
  return toPhoto({ ...row, upload });
}

export async function clientPhotos(deps: PhotosDeps, actor: Actor, clientId: string, query: z.output<typeof PhotoQuerySchema>) {
  assertCanSeeClient(actor, clientId);
  if (!(await findClient(deps.db, clientId))) throw AppError.notFound('That client');
  return { items: (await listPhotos(deps.db, clientId, query.pose)).map(toPhoto) };
}

/** Deletes the photo and its files (full size and thumbnail). Another client's photo is 404. */
export async function removePhoto(deps: PhotosDeps, actor: Actor, id: string): Promise<void> {
  const row = await findPhoto(deps.db, id);
  if (!row || (actor.role === 'client' && row.clientId !== actor.clientId)) throw AppError.notFound('That photo');
  await deletePhotoRow(deps.db, row.id);
  await deleteUpload(deps, row.upload);
  await recordAudit(deps.db, {
    ...actorRef(actor),
    action: 'photo.delete',
    subjectType: 'progress_photo',
    subjectId: row.id,
    at: deps.clock.now(),
  });
}
