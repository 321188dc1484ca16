import type { Attachment } from '../../../shared/messages';
import type { Db } from '../../db/client';
import { assertCanSeeClient, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import { findClient } from '../clients/clients.repo';
import type { Storage } from './storage';
import { processUpload, type ProcessedUpload } from './upload-pipeline';
import { findOrphanUploads, findUpload, insertUpload, markUploadDeleted, type UploadRow } from './uploads.repo';

export type UploadsDeps = { db: Db; clock: Clock; storage: Storage; logger?: Logger };

export function toAttachment(row: UploadRow): Attachment {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    contentType: row.contentType,
    size: row.sizeBytes,
    width: row.width,
    height: row.height,
    url: `/api/uploads/${row.id}`,
    thumbnailUrl: row.thumbnailKey ? `/api/uploads/${row.id}/thumbnail` : null,
  };
}

/**
 * Runs the file through the pipeline, stores it, and records it. A chat upload belongs to one
 * client's conversation: a client uploads into their own, the trainer into any joined client's.
 * Nothing here holds a transaction while sharp or the storage works.
 */
export async function createUpload(
  deps: UploadsDeps,
  actor: Actor,
  input: { file: File; purpose: 'message' | 'checkin'; clientId?: string | undefined },
): Promise<Attachment> {
  const clientId = actor.role === 'client' ? (input.clientId ?? actor.clientId) : input.clientId;
  if (!clientId) throw AppError.field('clientId', 'Choose whose conversation this file is for.');
  assertCanSeeClient(actor, clientId);
  const client = await findClient(deps.db, clientId);
  if (!client) throw AppError.notFound('That client');
  if (client.status === 'archived') throw new AppError('CONFLICT', 'This client is archived: restore them to message again.');

  if (input.purpose === 'checkin' && actor.role !== 'client') throw AppError.field('purpose', 'Only the client answers a check-in.');
  const processed = await processUpload(new Uint8Array(await input.file.arrayBuffer()), input.file.name, {
    images: true,
    documents: input.purpose === 'message',
  });
  const row = await storeUpload(deps, { clientId, uploadedBy: actor.userId, purpose: input.purpose, processed });
  return toAttachment(row);
}

/** Puts a processed file (and its thumbnail) in storage and records it under the client. */
export async function storeUpload(
  deps: UploadsDeps,
  input: { clientId: string; uploadedBy: string; purpose: UploadRow['purpose']; processed: ProcessedUpload },
): Promise<UploadRow> {
  const { processed, clientId } = input;
  const id = crypto.randomUUID();
  const storageKey = `clients/${clientId}/${id}`;
  const thumbnailKey = processed.thumbnail ? `${storageKey}-thumb` : null;
  await deps.storage.put(storageKey, processed.body, processed.contentType);
  if (processed.thumbnail && thumbnailKey) await deps.storage.put(thumbnailKey, processed.thumbnail.body, processed.thumbnail.contentType);
  return insertUpload(deps.db, {
    id,
    clientId,
    uploadedBy: input.uploadedBy,
    purpose: input.purpose,
    kind: processed.kind,
    name: processed.name,
    contentType: processed.contentType,
    sizeBytes: processed.body.byteLength,
    width: processed.width,
    height: processed.height,
    storageKey,
    thumbnailKey,
    createdAt: deps.clock.now(),
  });
}

/** The upload if this actor may read it; another client's file answers 404 like a missing one. */
export async function loadUploadFor(deps: UploadsDeps, actor: Actor, id: string): Promise<UploadRow> {
  const row = await findUpload(deps.db, id);
  if (!row || (actor.role === 'client' && row.clientId !== actor.clientId)) throw AppError.notFound('That file');
  return row;
}

export async function readUpload(deps: UploadsDeps, actor: Actor, id: string, variant: 'full' | 'thumbnail') {
  const row = await loadUploadFor(deps, actor, id);
  const key = variant === 'thumbnail' ? row.thumbnailKey : row.storageKey;
  if (!key) throw AppError.notFound('That thumbnail');
  const object = await deps.storage.get(key);
  if (!object) throw AppError.notFound('That file');
  return { row, object };
}

/** Removes the bytes first, then marks the record; safe to call twice. */
export async function deleteUpload(deps: UploadsDeps, row: UploadRow): Promise<void> {
  await deps.storage.delete(row.storageKey);
  if (row.thumbnailKey) await deps.storage.delete(row.thumbnailKey);
  await markUploadDeleted(deps.db, row.id, deps.clock.now());
}

/** Job: uploads nothing points at a day later (unsent chat files, unrecorded photos) are deleted, bytes included. */
export async function sweepOrphanUploads(deps: UploadsDeps): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - 24 * 60 * 60 * 1000);
  const rows = await findOrphanUploads(deps.db, before, 200);
  for (const row of rows) await deleteUpload(deps, row);
  return rows.length;
}
