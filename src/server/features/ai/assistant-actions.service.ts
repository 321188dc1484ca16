import type { AiMessage } from '../../../shared/ai';
import type { Actor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { findClient } from '../clients/clients.repo';
import { sendMessage } from '../messages/messages.service';
import { localDate } from '../programs/schedule-rules';
import { saveMeasurements } from '../progress/progress.service';
import { findAiMessage, recentAiMessages, updateAiMessage } from './ai.repo';
import { toAiMessage, type AssistantDeps } from './assistant.service';

type ClientActor = Extract<Actor, { role: 'client' }>;

/** "A real answer from my coach": the question and the assistant's answer go to the coach as a message. */
export async function handOff(deps: AssistantDeps, actor: ClientActor, messageId: string) {
  const row = await findAiMessage(deps.db, messageId);
  if (!row || row.clientId !== actor.clientId) throw AppError.notFound('That message');
  const thread = await recentAiMessages(deps.db, actor.clientId, 100);
  const index = thread.findIndex((candidate) => candidate.id === row.id);
  const question =
    row.role === 'user'
      ? row
      : thread
          .slice(0, index)
          .reverse()
          .find((candidate) => candidate.role === 'user');
  const answer = row.role === 'assistant' ? row : thread.slice(index + 1).find((candidate) => candidate.role === 'assistant');
  const body = [
    'I asked the AI assistant and would like your answer:',
    `“${(question?.content ?? row.content).slice(0, 1500)}”`,
    answer ? `The assistant said: “${answer.content.slice(0, 1500)}”` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const message = await sendMessage(deps, actor, actor.clientId, { body, subject: null, attachmentId: null });
  await updateAiMessage(deps.db, row.id, { handedOffAt: deps.clock.now() });
  return message;
}

/**
 * The client confirms a proposal of the assistant's: a weight is logged on their own calendar day
 * and the proposal marked done (it is not offered again). Confirming twice logs once.
 */
export async function confirmAction(deps: AssistantDeps, actor: ClientActor, messageId: string, index: number): Promise<AiMessage> {
  const row = await findAiMessage(deps.db, messageId);
  if (!row || row.clientId !== actor.clientId || row.role !== 'assistant') throw AppError.notFound('That answer');
  const action = row.actions?.[index];
  if (!action || action.type !== 'log_weight') throw AppError.field('index', 'That answer proposed no weight to log.');
  if (action.doneAt) return toAiMessage(row);
  const client = (await findClient(deps.db, actor.clientId))!;
  await saveMeasurements(deps, actor, client.id, {
    date: localDate(deps.clock.now(), client.timeZone),
    entries: [{ metric: 'weight', value: action.value, unit: action.unit }],
  });
  const actions = row.actions!.map((candidate, at) => (at === index ? { ...action, doneAt: deps.clock.now().toISOString() } : candidate));
  return toAiMessage((await updateAiMessage(deps.db, row.id, { actions }))!);
}
