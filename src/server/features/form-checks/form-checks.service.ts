import type { FormCheck, FormCheckDetail } from '../../../shared/form-checks';
import { FORM_CHECK_FRAME_MAX_BYTES, FORM_CHECK_MAX_FRAMES, FORM_CHECK_MAX_SECONDS, formatMoment } from '../../../shared/form-checks';
import type { Db } from '../../db/client';
import { actorRef, assertCanSeeClient, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import type { AiSetup } from '../ai/ai-client';
import { aiRefusal } from '../ai/ai-gateway';
import { recordAudit } from '../audit/audit.repo';
import { findTrainer } from '../auth/auth.repo';
import { findClient } from '../clients/clients.repo';
import { findExercise } from '../exercises/exercises.repo';
import { insertJob } from '../jobs/jobs.repo';
import { findSet } from '../logging/logging.repo';
import { sendMessage, toMessage } from '../messages/messages.service';
import { notify } from '../notifications/notifications.service';
import type { Hub } from '../realtime/hub';
import type { Storage } from '../uploads/storage';
import { processUpload, processVideo } from '../uploads/upload-pipeline';
import { findUpload } from '../uploads/uploads.repo';
import { deleteUpload, storeUpload } from '../uploads/uploads.service';
import {
  deleteFormCheckRow,
  formCheckComments,
  insertFormCheck,
  listFormCheckRows,
  updateFormCheck,
  type FormCheckRow,
  type FormCheckWithNames,
} from './form-checks.repo';

export type FormChecksDeps = {
  db: Db;
  clock: Clock;
  hub: Hub;
  storage: Storage;
  logger: Logger;
  ai: AiSetup | null;
  videoMaxBytes: number;
  /** Runs the queued first look now where the server can (Node); otherwise the scheduled job run does. */
  kickJobs?: (() => void) | undefined;
};

export const FIRST_LOOK_JOB = 'ai.form-check-first-look';

export function toFormCheck({ formCheck: row, clientName, videoType, comments }: FormCheckWithNames, viewer: Actor['role']): FormCheck {
  const frameUrl = (id: string) => `/api/uploads/${id}`;
  return {
    id: row.id,
    clientId: row.clientId,
    clientName,
    label: row.label,
    exerciseId: row.exerciseId,
    setLogId: row.setLogId,
    sessionId: row.sessionId,
    durationMs: row.durationMs,
    videoUrl: `/api/uploads/${row.videoUploadId}`,
    videoType,
    posterUrl: row.frameUploadIds[0] ? frameUrl(row.frameUploadIds[0]) : null,
    frames: row.frameUploadIds.map((id, index) => ({ url: frameUrl(id), atMs: row.frameTimesMs[index] ?? 0 })),
    note: row.note,
    status: row.status,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    commentCount: comments,
    ai:
      viewer === 'trainer'
        ? {
            status: row.aiStatus,
            summary: row.aiDraft?.summary ?? null,
            observations: row.aiDraft?.observations ?? [],
            cues: row.aiDraft?.cues ?? [],
            caveat: row.aiDraft?.caveat ?? null,
            error: row.aiError,
          }
        : null,
  };
}

/** "Back squat · set 3 · 100 kg × 5" */
function setLabel(
  exercise: string,
  set: { setNumber: number; weight: number | null; unit: string; reps: number | null; durationSeconds: number | null },
) {
  const load =
    set.weight !== null && set.reps !== null ? `${set.weight} ${set.unit} × ${set.reps}` : set.reps !== null ? `${set.reps} reps` : null;
  const time = set.durationSeconds !== null ? `${set.durationSeconds} s` : null;
  return [exercise, `set ${set.setNumber}`, load ?? time].filter(Boolean).join(' · ');
}

type CreateInput = { video: File; frames: File[]; frameTimesMs: number[]; setLogId: string; note: string };

/**
 * A client sends a short video of a logged set. The video is checked by its content (kind, size,
 * length read from the container); the stills their browser took are images through the usual
 * pipeline. The trainer is told; with AI on (and the client not opted out) a first look from the
 * stills is queued as a draft for the trainer. Nothing holds a transaction while files are stored.
 */
export async function createFormCheck(deps: FormChecksDeps, actor: Extract<Actor, { role: 'client' }>, input: CreateInput) {
  const set = await findSet(deps.db, input.setLogId);
  if (!set || set.clientId !== actor.clientId) throw AppError.field('setLogId', 'That set is not in your log (save the set first).');
  if (input.frames.length > FORM_CHECK_MAX_FRAMES) throw AppError.field('frames', `At most ${FORM_CHECK_MAX_FRAMES} stills.`);
  if (input.frameTimesMs.length !== input.frames.length) throw AppError.field('frameTimesMs', 'One time for each still.');
  for (const frame of input.frames)
    if (frame.size > FORM_CHECK_FRAME_MAX_BYTES) throw AppError.field('frames', 'Each still must be under 1 MB.');
  const client = (await findClient(deps.db, actor.clientId))!;
  const video = await processVideo(new Uint8Array(await input.video.arrayBuffer()), input.video.name || 'form-check', {
    maxBytes: deps.videoMaxBytes,
    maxMs: FORM_CHECK_MAX_SECONDS * 1000,
  });
  if (input.frameTimesMs.some((ms) => ms > video.durationMs + 1000))
    throw AppError.field('frameTimesMs', 'A still is past the end of the video.');
  const frames = [];
  for (const [index, frame] of input.frames.entries()) {
    try {
      frames.push(
        await processUpload(new Uint8Array(await frame.arrayBuffer()), `frame-${index + 1}.jpg`, { images: true, documents: false }),
      );
    } catch (error) {
      if (error instanceof AppError) throw AppError.field(`frames.${index}`, error.message);
      throw error;
    }
  }
  const exercise = await findExercise(deps.db, set.exerciseId);
  const stored = await storeUpload(deps, { clientId: client.id, uploadedBy: actor.userId, purpose: 'form_check', processed: video });
  const frameRows = [];
  for (const frame of frames)
    frameRows.push(
      await storeUpload(deps, { clientId: client.id, uploadedBy: actor.userId, purpose: 'form_check_frame', processed: frame }),
    );
  const aiOn = frameRows.length > 0 && (await aiRefusal(deps, { clientId: client.id })) === null;
  const now = deps.clock.now();
  const row = await insertFormCheck(deps.db, {
    clientId: client.id,
    setLogId: set.id,
    sessionId: set.sessionId,
    exerciseId: set.exerciseId,
    label: setLabel(exercise?.name ?? 'Exercise', set),
    videoUploadId: stored.id,
    frameUploadIds: frameRows.map((frame) => frame.id),
    frameTimesMs: input.frameTimesMs.map((ms) => Math.round(ms)),
    durationMs: video.durationMs,
    note: input.note,
    aiStatus: aiOn ? 'pending' : 'off',
    createdAt: now,
  });
  if (aiOn) {
    await insertJob(deps.db, {
      kind: FIRST_LOOK_JOB,
      payload: { formCheckId: row.id },
      runAt: now,
      dedupeKey: `${FIRST_LOOK_JOB}:${row.id}`,
      maxAttempts: 2,
    });
    deps.kickJobs?.();
  }
  const trainer = await findTrainer(deps.db);
  if (trainer)
    await notify(deps, {
      recipientId: trainer.id,
      clientId: client.id,
      type: 'form_check',
      groupKey: `form_check:${row.id}`,
      title: `${client.name} sent a form check`,
      body: [row.label, row.note].filter(Boolean).join(' — '),
      link: `/form-checks/${row.id}`,
    });
  return toFormCheck({ formCheck: row, clientName: client.name, videoType: stored.contentType, comments: 0 }, 'client');
}

/** The form check if this actor may see it (another client's answers 404 like a missing one). */
async function loadFor(deps: FormChecksDeps, actor: Actor, id: string): Promise<FormCheckWithNames> {
  const [row] = await listFormCheckRows(deps.db, { ids: [id] });
  if (!row || (actor.role === 'client' && row.formCheck.clientId !== actor.clientId)) throw AppError.notFound('That form check');
  assertCanSeeClient(actor, row.formCheck.clientId);
  return row;
}

export async function listFormChecks(
  deps: FormChecksDeps,
  actor: Actor,
  filter: { clientId?: string | undefined; status?: 'waiting' | 'reviewed' | undefined },
) {
  const clientId = actor.role === 'client' ? actor.clientId : filter.clientId;
  if (clientId) assertCanSeeClient(actor, clientId);
  const rows = await listFormCheckRows(deps.db, { clientId, status: filter.status });
  return { items: rows.map((row) => toFormCheck(row, actor.role)) };
}

export async function formCheckDetail(deps: FormChecksDeps, actor: Actor, id: string): Promise<FormCheckDetail> {
  const row = await loadFor(deps, actor, id);
  const comments = await formCheckComments(deps.db, id);
  return {
    ...toFormCheck(row, actor.role),
    comments: comments.filter((message) => !message.deletedAt).map((message) => toMessage(message, null, actor.role)),
  };
}

/** A comment on the video (either side), pinned to a moment: a message about it in the client's conversation. */
export async function commentOnFormCheck(deps: FormChecksDeps, actor: Actor, id: string, input: { body: string; atMs: number | null }) {
  const row = await loadFor(deps, actor, id);
  if (input.atMs !== null && input.atMs > row.formCheck.durationMs + 500)
    throw AppError.field('atMs', `The video is ${formatMoment(row.formCheck.durationMs)} long.`);
  return sendMessage(deps, actor, row.formCheck.clientId, {
    body: input.body,
    subject: { type: 'form_check', id, ...(input.atMs !== null ? { atMs: input.atMs } : {}) },
    attachmentId: null,
  });
}

/** The trainer marks the video reviewed (or back to waiting); the client is told once it is reviewed. */
export async function setFormCheckReviewed(deps: FormChecksDeps, actor: Actor, id: string, reviewed: boolean) {
  const current = await loadFor(deps, actor, id);
  const now = deps.clock.now();
  await updateFormCheck(deps.db, id, { status: reviewed ? 'reviewed' : 'waiting', reviewedAt: reviewed ? now : null });
  const client = await findClient(deps.db, current.formCheck.clientId);
  if (reviewed && current.formCheck.status !== 'reviewed' && client?.userId) {
    const trainer = await findTrainer(deps.db);
    await notify(deps, {
      recipientId: client.userId,
      clientId: client.id,
      type: 'form_check_comment',
      groupKey: `form_check_reviewed:${id}`,
      title: `${trainer?.name ?? 'Your coach'} reviewed your video`,
      body: current.formCheck.label,
      link: `/form-checks/${id}`,
    });
  }
  return formCheckDetail(deps, actor, id);
}

/** The client (or the trainer) removes a video: its bytes, stills and record; comments stay as messages. */
export async function deleteFormCheck(deps: FormChecksDeps, actor: Actor, id: string) {
  const { formCheck } = await loadFor(deps, actor, id);
  await removeFiles(deps, formCheck);
  await deleteFormCheckRow(deps.db, id);
  await recordAudit(deps.db, {
    ...actorRef(actor),
    action: 'form_check.delete',
    subjectType: 'form_check',
    subjectId: id,
    at: deps.clock.now(),
  });
}

async function removeFiles(deps: FormChecksDeps, row: FormCheckRow) {
  for (const uploadId of [row.videoUploadId, ...row.frameUploadIds]) {
    const upload = await findUpload(deps.db, uploadId);
    if (upload) await deleteUpload(deps, upload);
  }
}
