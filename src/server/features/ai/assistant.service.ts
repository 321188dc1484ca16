import type OpenAI from 'openai';
import type { AiMessage, AssistantState } from '../../../shared/ai';
import type { Db } from '../../db/client';
import type { AiAction } from '../../db/schema';
import type { Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import { findTrainer } from '../auth/auth.repo';
import { loadVisibleClient } from '../clients/client-access';
import { findClient } from '../clients/clients.repo';
import { notify } from '../notifications/notifications.service';
import type { Hub } from '../realtime/hub';
import { getSettings } from '../settings/settings.service';
import type { Storage } from '../uploads/storage';
import type { AiSetup } from './ai-client';
import { countQuestionsSince, insertAiMessage, findAiSummary, recentAiMessages, tokensSince, type AiMessageRow } from './ai.repo';
import { featureSetup, monthStart, recordFeatureUsage, withInstructions } from './ai-gateway';
import { ASSISTANT_TOOLS, type ToolContext } from './assistant-tools';
import { currentSummary } from './conversation-summary';
import { escalationReply } from './escalation-reply';
import { screenMessage } from './escalation';

export type AssistantDeps = { db: Db; clock: Clock; hub: Hub; storage: Storage; logger: Logger; ai: AiSetup | null };
type ClientActor = Extract<Actor, { role: 'client' }>;
export type AssistantStream = { delta(text: string): Promise<void> | void };

/** Messages a client may send the assistant in ten minutes (each answer costs tokens). */
export const RATE_LIMIT = { messages: 20, windowMs: 10 * 60_000 };
const HISTORY = 12;
const MAX_TOOL_ROUNDS = 4;
const FAILED = 'Sorry — I can’t answer right now. Try again in a minute, or ask your coach in Messages; your question is saved here.';

export function toAiMessage(row: AiMessageRow): AiMessage {
  return {
    id: row.id,
    role: row.role,
    content: row.content,
    status: row.status,
    escalated: row.escalation !== null,
    tools: row.tools ?? [],
    actions: row.actions ?? [],
    handedOff: row.handedOffAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The conversation and what the client can do now (the assistant on, the month's budget). */
export async function assistantState(deps: AssistantDeps, actor: Actor, clientId: string): Promise<AssistantState> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const settings = await getSettings(deps.db);
  const used = await tokensSince(deps.db, monthStart(deps.clock.now()), clientId);
  const trainer = await findTrainer(deps.db);
  const summary = await findAiSummary(deps.db, clientId);
  return {
    enabled: deps.ai !== null && !client.aiOptOutAt,
    optedOut: client.aiOptOutAt !== null,
    summary: summary ? { text: summary.summary, messages: summary.messages, upTo: summary.upTo.toISOString() } : null,
    coachName: trainer?.name ?? 'Your coach',
    budget: {
      used: used.client,
      limit: settings.aiClientMonthlyTokens,
      reached: used.client >= settings.aiClientMonthlyTokens || used.site >= settings.aiSiteMonthlyTokens,
    },
    messages: (await recentAiMessages(deps.db, clientId, 100)).map(toAiMessage),
  };
}

function systemPrompt(coach: string, clientName: string, today: string, summary: string | null): string {
  return [
    `You are the AI assistant of ${coach}, a personal trainer, answering their client ${clientName}. Today is ${today}.`,
    'Say you are the coach’s AI assistant if asked who you are. Be warm, short (under 120 words) and specific.',
    'Answer from the client’s own data: call the tools instead of guessing, and say so when the data is not there.',
    'Never diagnose, never give medication or doses, never change or override the coach’s program (you may propose a swap for the coach to approve), never discuss other people or other clients.',
    'If the client mentions pain, injury, illness or anything medical, tell them to stop and that their coach will be told.',
    ...(summary ? [`Earlier in this conversation (a summary): ${summary}`] : []),
  ].join('\n');
}

const asModelMessages = (rows: AiMessageRow[]): OpenAI.Chat.ChatCompletionMessageParam[] =>
  rows.filter((row) => row.status === 'ok').map((row) => ({ role: row.role, content: row.content }));

type Answer = { content: string; tools: string[]; actions: AiAction[]; status: 'ok' | 'failed' };

/** The model loop: streamed text to the client, tool calls answered from their own data, usage recorded each round. */
async function modelAnswer(
  deps: AssistantDeps & { ai: AiSetup },
  model: string,
  ctx: ToolContext,
  messages: OpenAI.Chat.ChatCompletionMessageParam[],
  stream: AssistantStream,
): Promise<Answer> {
  const tools = ASSISTANT_TOOLS.map((tool) => ({
    type: 'function' as const,
    function: { name: tool.name, description: tool.description, parameters: tool.parameters },
  }));
  const answer: Answer = { content: '', tools: [], actions: [], status: 'ok' };
  for (let round = 0; round < MAX_TOOL_ROUNDS; round++) {
    const response = await deps.ai.client.chat.completions.create({
      model,
      messages,
      tools,
      stream: true,
      stream_options: { include_usage: true },
    });
    const calls: { id: string; name: string; arguments: string }[] = [];
    let text = '';
    let usage: { prompt_tokens: number; completion_tokens: number } | null = null;
    for await (const chunk of response) {
      if (chunk.usage) usage = chunk.usage;
      const delta = chunk.choices[0]?.delta;
      if (delta?.content) {
        text += delta.content;
        await stream.delta(delta.content);
      }
      for (const call of delta?.tool_calls ?? []) {
        const slot = (calls[call.index] ??= { id: '', name: '', arguments: '' });
        if (call.id) slot.id = call.id;
        if (call.function?.name) slot.name += call.function.name;
        if (call.function?.arguments) slot.arguments += call.function.arguments;
      }
    }
    await recordFeatureUsage(deps, { clientId: ctx.actor.clientId, feature: 'assistant', model, usage });
    answer.content += text;
    if (calls.length === 0) return answer;
    messages.push({
      role: 'assistant',
      content: text || null,
      tool_calls: calls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } })),
    });
    for (const call of calls) {
      const tool = ASSISTANT_TOOLS.find((candidate) => candidate.name === call.name);
      let content = JSON.stringify({ error: `No tool called ${call.name}.` });
      if (tool) {
        let args: Record<string, unknown> = {};
        try {
          args = JSON.parse(call.arguments || '{}') as Record<string, unknown>;
        } catch {
          // A model's malformed arguments are answered as none: the tools ask nothing sensitive of them.
        }
        const result = await tool.run(ctx, args);
        content = result.content;
        if (result.action) answer.actions.push(result.action);
        answer.tools.push(tool.name);
      }
      messages.push({ role: 'tool', tool_call_id: call.id, content });
    }
  }
  return answer;
}

/**
 * What refuses a question before any answer streams (the status code must come first): the
 * assistant off (unless the message is a red flag, which is always answered) or the rate limit.
 */
export async function assertCanAsk(deps: AssistantDeps, actor: ClientActor, text: string): Promise<void> {
  if (screenMessage(text).flagged) return;
  if (!deps.ai) throw new AppError('CONFLICT', 'Your coach has not switched the AI assistant on. Ask them in Messages instead.');
  const client = await findClient(deps.db, actor.clientId);
  if (client?.aiOptOutAt)
    throw new AppError(
      'CONFLICT',
      'You turned the AI assistant off (Profile → Privacy). Turn it back on there, or ask your coach in Messages.',
      {
        reason: 'opted_out',
      },
    );
  const since = new Date(deps.clock.now().getTime() - RATE_LIMIT.windowMs);
  if ((await countQuestionsSince(deps.db, actor.clientId, since)) >= RATE_LIMIT.messages)
    throw new AppError('RATE_LIMITED', 'That’s a lot of questions at once — give it a few minutes, or ask your coach in Messages.');
}

/**
 * A client's message to the assistant. The escalation screen runs first, before anything else: a
 * red flag gets the fixed safe reply, a high-priority needs-attention item and a notification to
 * the coach, with or without a model. Otherwise (AI on, under the rate limit and the budgets) the
 * model answers, streamed, from the client's own data.
 */
export async function askAssistant(
  deps: AssistantDeps,
  actor: ClientActor,
  text: string,
  stream: AssistantStream,
): Promise<{ question: AiMessage; answer: AiMessage }> {
  const client = (await findClient(deps.db, actor.clientId))!;
  const now = deps.clock.now();
  const trainer = await findTrainer(deps.db);
  const screening = screenMessage(text);
  if (screening.flagged) {
    const escalation = { categories: screening.categories, phrases: screening.matches.map((match) => match.phrase) };
    const question = await insertAiMessage(deps.db, {
      clientId: client.id,
      role: 'user',
      content: text,
      status: 'escalated',
      escalation,
      createdAt: now,
    });
    const reply = escalationReply(screening.categories, trainer?.name ?? 'Your coach');
    await stream.delta(reply);
    const answer = await insertAiMessage(deps.db, {
      clientId: client.id,
      role: 'assistant',
      content: reply,
      status: 'escalated',
      createdAt: new Date(now.getTime() + 1),
    });
    if (trainer)
      await notify(deps, {
        recipientId: trainer.id,
        clientId: client.id,
        type: 'ai_escalation',
        groupKey: `ai_escalation:${question.id}`,
        title: `${client.name} told the assistant something you should see`,
        body: text.length > 140 ? `${text.slice(0, 139)}…` : text,
        link: `/clients/${client.id}/assistant`,
      });
    return { question: toAiMessage(question), answer: toAiMessage(answer) };
  }
  await assertCanAsk(deps, actor, text);
  if (!deps.ai) throw new AppError('CONFLICT', 'Your coach has not switched the AI assistant on.');
  const summary = await currentSummary(deps, client.id);
  const recent = (await recentAiMessages(deps.db, client.id, HISTORY)).filter((row) => !summary || row.createdAt > summary.upTo);
  const settings = await getSettings(deps.db);
  const used = await tokensSince(deps.db, monthStart(now), client.id);
  const question = await insertAiMessage(deps.db, { clientId: client.id, role: 'user', content: text, createdAt: now });
  if (used.client >= settings.aiClientMonthlyTokens || used.site >= settings.aiSiteMonthlyTokens) {
    const content = 'The assistant has reached this month’s limit your coach set. Your coach can still answer you in Messages.';
    await stream.delta(content);
    const answer = await insertAiMessage(deps.db, {
      clientId: client.id,
      role: 'assistant',
      content,
      status: 'budget',
      createdAt: new Date(now.getTime() + 1),
    });
    return { question: toAiMessage(question), answer: toAiMessage(answer) };
  }
  const setup = await featureSetup({ ...deps, ai: deps.ai }, 'assistant');
  const system = systemPrompt(
    trainer?.name ?? 'your coach',
    client.name.split(' ')[0] ?? client.name,
    now.toISOString().slice(0, 10),
    summary?.summary ?? null,
  );
  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
    { role: 'system', content: withInstructions(system, setup.instructions) },
    ...asModelMessages(recent),
    { role: 'user', content: text },
  ];
  let result: Answer;
  try {
    result = await modelAnswer({ ...deps, ai: deps.ai }, setup.model, { db: deps.db, clock: deps.clock, actor }, messages, stream);
    if (!result.content.trim()) result = { ...result, content: FAILED, status: 'failed' };
  } catch (error) {
    deps.logger.warn('assistant model call failed', { error: error instanceof Error ? error.message : String(error) });
    await stream.delta(FAILED);
    result = { content: FAILED, tools: [], actions: [], status: 'failed' };
  }
  const answer = await insertAiMessage(deps.db, {
    clientId: client.id,
    role: 'assistant',
    content: result.content,
    status: result.status,
    tools: result.tools,
    actions: result.actions.length ? result.actions : null,
    createdAt: new Date(deps.clock.now().getTime() + 1),
  });
  return { question: toAiMessage(question), answer: toAiMessage(answer) };
}
