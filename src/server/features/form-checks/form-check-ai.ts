import type OpenAI from 'openai';
import { z } from 'zod';
import { formatMoment } from '../../../shared/form-checks';
import type { FormCheckAiDraft } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { aiRefusal, structuredCompletion } from '../ai/ai-gateway';
import { findUpload } from '../uploads/uploads.repo';
import { findFormCheck, updateFormCheck } from './form-checks.repo';
import type { FormChecksDeps } from './form-checks.service';

const SYSTEM = [
  'You help a personal trainer review a client’s exercise form. You see a few still frames taken from the client’s video of one set, in order, each with its time.',
  'Describe only what the frames show: positions of the joints, bar path or torso angle where visible, depth, stance. Tie each observation to a frame’s time.',
  'Be careful and plain: stills miss movement, so say what you cannot judge. Never diagnose pain or injury, never give medical advice. This is a draft for the coach, not for the client.',
  'Give up to three short coaching cues the coach might use.',
].join('\n');

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['summary', 'observations', 'cues', 'caveat'],
  properties: {
    summary: { type: 'string' },
    observations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['atMs', 'text'],
        properties: { atMs: { type: ['number', 'null'] }, text: { type: 'string' } },
      },
    },
    cues: { type: 'array', items: { type: 'string' } },
    caveat: { type: 'string' },
  },
};

const DraftSchema = z.object({
  summary: z.string().min(1).max(1500),
  observations: z.array(z.object({ atMs: z.number().min(0).nullable(), text: z.string().min(1).max(600) })).max(12),
  cues: z.array(z.string().min(1).max(300)).max(5),
  caveat: z.string().max(600),
});

/**
 * The AI's first look at a form check: the stills the client's browser took (never the video),
 * the exercise, the set and the note; stored as a draft only the trainer sees. Safe to run twice
 * (the job retries; the trainer may ask again).
 */
export async function firstLook(deps: FormChecksDeps, formCheckId: string): Promise<void> {
  const row = await findFormCheck(deps.db, formCheckId);
  if (!row) return;
  const refusal = await aiRefusal(deps, { clientId: row.clientId });
  if (refusal) {
    await updateFormCheck(deps.db, row.id, { aiStatus: refusal.code === 'budget' ? 'failed' : 'off', aiError: refusal.message });
    return;
  }
  const parts: OpenAI.Chat.ChatCompletionContentPart[] = [
    { type: 'text', text: JSON.stringify({ set: row.label, clientNote: row.note || null, videoLength: formatMoment(row.durationMs) }) },
  ];
  for (const [index, uploadId] of row.frameUploadIds.entries()) {
    const upload = await findUpload(deps.db, uploadId);
    const object = upload && (await deps.storage.get(upload.storageKey));
    if (!object) continue;
    parts.push({ type: 'text', text: `Frame at ${formatMoment(row.frameTimesMs[index] ?? 0)} (${row.frameTimesMs[index] ?? 0} ms):` });
    parts.push({
      type: 'image_url',
      image_url: { url: `data:${object.contentType};base64,${Buffer.from(object.body).toString('base64')}`, detail: 'low' },
    });
  }
  try {
    const answer = await structuredCompletion(deps, {
      clientId: row.clientId,
      feature: 'form_check',
      system: SYSTEM,
      messages: [{ role: 'user', content: parts }],
      schema: SCHEMA,
    });
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(answer);
    } catch {
      // reported below as not usable
    }
    const draft = DraftSchema.safeParse(parsed);
    if (!draft.success) throw new AppError('UPSTREAM_FAILED', 'The AI’s answer was not usable.');
    const value: FormCheckAiDraft = draft.data;
    await updateFormCheck(deps.db, row.id, { aiStatus: 'ready', aiDraft: value, aiError: null });
  } catch (error) {
    const message = error instanceof Error ? error.message : 'The AI provider did not answer.';
    deps.logger.warn('form-check first look failed', { formCheckId, error: message });
    await updateFormCheck(deps.db, row.id, { aiStatus: 'failed', aiError: message });
  }
}
