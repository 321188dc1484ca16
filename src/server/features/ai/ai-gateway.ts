import type OpenAI from 'openai';
import type { AiFeatureId } from '../../../shared/ai-features';
import type { DbOrTx } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { findClient } from '../clients/clients.repo';
import { getSettings } from '../settings/settings.service';
import type { AiSetup } from './ai-client';
import { recordUsage, tokensSince } from './ai.repo';

/**
 * The one way to the AI provider for every feature: the checks that come before a call (AI
 * switched on, the client has not opted out, the month's budgets), the feature's model and extra
 * instructions from Settings → AI, and the usage recorded after it under the feature's name.
 */
export type AiDeps = { db: DbOrTx; clock: Clock; ai: AiSetup | null };

export const monthStart = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));

export const AI_OFF_MESSAGE = 'AI is not switched on (set OPENAI_API_KEY or OPENAI_BASE_URL).';

/**
 * Why an AI call about this client may not happen now, or null. `clientBudget`: the call spends the
 * client's own monthly budget (their assistant), besides the site's.
 */
export async function aiRefusal(
  deps: AiDeps,
  p: { clientId: string | null; clientBudget?: boolean },
): Promise<{ code: 'off' | 'opted_out' | 'budget'; message: string } | null> {
  if (!deps.ai) return { code: 'off', message: AI_OFF_MESSAGE };
  if (p.clientId) {
    const client = await findClient(deps.db, p.clientId);
    if (client?.aiOptOutAt)
      return { code: 'opted_out', message: `${client.name} has asked that their data is not sent to the AI provider.` };
  }
  const settings = await getSettings(deps.db);
  const used = await tokensSince(deps.db, monthStart(deps.clock.now()), p.clientId);
  if (used.site >= settings.aiSiteMonthlyTokens) return { code: 'budget', message: 'This month’s AI budget is spent (Settings → AI).' };
  if (p.clientBudget && used.client >= settings.aiClientMonthlyTokens)
    return { code: 'budget', message: 'This client’s AI budget for the month is spent (Settings → AI).' };
  return null;
}

/** Throws the refusal as a 409 the page can show; returns the provider when the call may go ahead. */
export async function assertAiAllowed(deps: AiDeps, p: { clientId: string | null; clientBudget?: boolean }): Promise<AiSetup> {
  const refusal = await aiRefusal(deps, p);
  if (refusal || !deps.ai) throw new AppError('CONFLICT', refusal?.message ?? AI_OFF_MESSAGE, { reason: refusal?.code ?? 'off' });
  return deps.ai;
}

/** The model and the trainer's extra instructions for one feature. */
export async function featureSetup(deps: AiDeps & { ai: AiSetup }, feature: AiFeatureId): Promise<{ model: string; instructions: string }> {
  const settings = await getSettings(deps.db);
  const own = settings.aiFeatures[feature];
  return { model: own?.model || deps.ai.model, instructions: own?.instructions ?? '' };
}

/** The feature's system prompt with the trainer's extra instructions for it. */
export const withInstructions = (system: string, instructions: string) =>
  instructions ? `${system}\n\nThe coach’s own instructions for this: ${instructions}` : system;

export async function recordFeatureUsage(
  deps: AiDeps,
  p: {
    clientId: string | null;
    feature: AiFeatureId;
    model: string;
    usage: { prompt_tokens: number; completion_tokens: number } | null | undefined;
  },
) {
  await recordUsage(deps.db, {
    clientId: p.clientId,
    feature: p.feature,
    model: p.model,
    inputTokens: p.usage?.prompt_tokens ?? 0,
    outputTokens: p.usage?.completion_tokens ?? 0,
    createdAt: deps.clock.now(),
  });
}

/**
 * One structured-output call (JSON schema, strict) for a feature, after the checks; returns the
 * answer's text (JSON) for the caller to validate. A provider failure is a 502 saying so.
 */
export async function structuredCompletion(
  deps: AiDeps,
  p: {
    clientId: string | null;
    feature: AiFeatureId;
    system: string;
    messages: OpenAI.Chat.ChatCompletionMessageParam[];
    schema: Record<string, unknown>;
    clientBudget?: boolean;
  },
): Promise<string> {
  const ai = await assertAiAllowed(deps, p);
  const setup = await featureSetup({ ...deps, ai }, p.feature);
  let response: OpenAI.Chat.ChatCompletion;
  try {
    response = await ai.client.chat.completions.create({
      model: setup.model,
      messages: [{ role: 'system', content: withInstructions(p.system, setup.instructions) }, ...p.messages],
      response_format: { type: 'json_schema', json_schema: { name: p.feature, strict: true, schema: p.schema } },
    });
  } catch (error) {
    throw new AppError(
      'UPSTREAM_FAILED',
      `The AI provider did not answer (${error instanceof Error ? error.message : 'no answer'}). Try again.`,
    );
  }
  await recordFeatureUsage(deps, { clientId: p.clientId, feature: p.feature, model: setup.model, usage: response.usage });
  return response.choices[0]?.message.content ?? '';
}
