import type { Settings } from '../../../shared/settings';
import type { Actor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { listAttention } from '../attention/attention.service';
import { loadVisibleClient } from '../clients/client-access';
import { listMessageRows } from '../messages/messages.repo';
import { getSettings } from '../settings/settings.service';
import { structuredCompletion } from './ai-gateway';
import type { AssistantDeps } from './assistant.service';

type TrainerActor = Extract<Actor, { role: 'trainer' }>;

/** The trainer's voice for every draft: their own description and a few of their messages as examples. */
export function voiceInstructions(settings: Pick<Settings, 'aiVoice' | 'aiVoiceExamples'>): string {
  const parts = [];
  if (settings.aiVoice) parts.push(`Write the way the coach describes their voice: ${settings.aiVoice}`);
  if (settings.aiVoiceExamples.length)
    parts.push(`Messages the coach wrote, to sound like:\n${settings.aiVoiceExamples.map((example) => `- “${example}”`).join('\n')}`);
  return parts.join('\n');
}

const TEXTS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['texts'],
  properties: { texts: { type: 'array', items: { type: 'string' } } },
};

/** A structured call for a few short texts in the trainer's voice (through the gateway: checks, model, usage). */
async function draftTexts(
  deps: AssistantDeps,
  p: { clientId: string; feature: 'reply_suggestions' | 'follow_up'; task: string; context: unknown; count: number },
): Promise<string[]> {
  const settings = await getSettings(deps.db);
  const system = [
    `You draft short messages (under 70 words each) for a personal trainer to their client. ${p.task} The coach edits before sending; never diagnose, never give medication advice.`,
    voiceInstructions(settings),
  ]
    .filter(Boolean)
    .join('\n');
  const answer = await structuredCompletion(deps, {
    clientId: p.clientId,
    feature: p.feature,
    system,
    messages: [{ role: 'user', content: JSON.stringify(p.context) }],
    schema: TEXTS_SCHEMA,
  });
  let texts: string[] = [];
  try {
    const parsed = JSON.parse(answer || '{}') as { texts?: unknown };
    texts = Array.isArray(parsed.texts)
      ? parsed.texts.filter((text): text is string => typeof text === 'string' && text.trim() !== '')
      : [];
  } catch {
    // an unparseable answer counts as empty
  }
  if (texts.length === 0) throw new AppError('UPSTREAM_FAILED', 'The AI draft came back empty. Try again, or write it yourself.');
  return texts.slice(0, p.count).map((text) => text.trim().slice(0, 1000));
}

/** Three replies to the latest messages of a client's conversation, to insert with one click and edit. */
export async function replySuggestions(deps: AssistantDeps, actor: TrainerActor, clientId: string): Promise<{ suggestions: string[] }> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const rows = (await listMessageRows(deps.db, clientId, { limit: 10 })).slice(0, 10).reverse();
  const thread = rows
    .filter((row) => row.message.body && !row.message.deletedAt)
    .map((row) => ({ from: row.message.senderRole === 'trainer' ? 'coach' : 'client', text: row.message.body }));
  if (!thread.some((message) => message.from === 'client'))
    throw new AppError('CONFLICT', `${client.name} has not written anything to reply to yet.`);
  const suggestions = await draftTexts(deps, {
    clientId,
    feature: 'reply_suggestions',
    task: 'Suggest three different replies to the conversation (answer the client’s last message; vary length and tone).',
    context: { client: client.name.split(' ')[0], conversation: thread },
    count: 3,
  });
  return { suggestions };
}

/** A follow-up message for a client on the needs-attention list, from why they were flagged. */
export async function followUpDraft(
  deps: AssistantDeps,
  actor: TrainerActor,
  key: string,
): Promise<{ clientId: string; reason: string; text: string }> {
  const item = (await listAttention(deps)).items.find((candidate) => candidate.key === key);
  if (!item) throw AppError.notFound('That needs-attention item');
  const client = await loadVisibleClient(deps.db, actor, item.clientId);
  const [text] = await draftTexts(deps, {
    clientId: client.id,
    feature: 'follow_up',
    task: 'Write one caring, specific follow-up about why the client was flagged (do not mention any "list" or "flag"; ask one open question).',
    context: { client: client.name.split(' ')[0], reason: item.reason },
    count: 1,
  });
  return { clientId: client.id, reason: item.reason, text: text! };
}
