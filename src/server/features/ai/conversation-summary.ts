import type { AiSummaryRow } from './ai.repo';
import { aiMessagesAfter, findAiSummary, upsertAiSummary } from './ai.repo';
import { aiRefusal, structuredCompletion, type AiDeps } from './ai-gateway';
import type { Logger } from '../../lib/logger';

/** The model sees the newest messages as they are (the assistant's HISTORY); older ones as a summary. */
export const SUMMARY_KEEPS = 12;
/** A summary is (re)written once this many messages have fallen out of the window since the last one. */
export const SUMMARY_EVERY = 20;

const SCHEMA = { type: 'object', additionalProperties: false, required: ['summary'], properties: { summary: { type: 'string' } } };

/**
 * The summary of a client's older assistant messages, brought up to date when enough have fallen
 * out of the window the model sees. A failure keeps the previous summary: the answer still comes.
 */
export async function currentSummary(deps: AiDeps & { logger: Logger }, clientId: string): Promise<AiSummaryRow | null> {
  const existing = await findAiSummary(deps.db, clientId);
  const after = await aiMessagesAfter(deps.db, clientId, existing?.upTo ?? null, 500);
  const falling = after.slice(0, Math.max(0, after.length - SUMMARY_KEEPS)).filter((row) => row.status !== 'budget');
  if (falling.length < SUMMARY_EVERY || (await aiRefusal(deps, { clientId, clientBudget: true }))) return existing;
  try {
    const answer = await structuredCompletion(deps, {
      clientId,
      feature: 'summary',
      clientBudget: true,
      system:
        'Summarise a client’s earlier conversation with their coach’s AI assistant in at most 120 words, for the assistant to remember: what they asked about, facts they told (goals, preferences, niggles, schedule), what was proposed or agreed, anything flagged to the coach. Plain sentences; no advice of your own.',
      messages: [
        {
          role: 'user',
          content: JSON.stringify({
            earlierSummary: existing?.summary ?? null,
            messages: falling.map((row) => ({
              from: row.role === 'user' ? 'client' : 'assistant',
              at: row.createdAt.toISOString(),
              text: row.content.slice(0, 1500),
            })),
          }),
        },
      ],
      schema: SCHEMA,
    });
    const summary = (JSON.parse(answer) as { summary?: unknown }).summary;
    if (typeof summary !== 'string' || !summary.trim()) return existing;
    const row = {
      clientId,
      summary: summary.trim().slice(0, 2000),
      upTo: falling.at(-1)!.createdAt,
      messages: (existing?.messages ?? 0) + falling.length,
      updatedAt: deps.clock.now(),
    };
    await upsertAiSummary(deps.db, row);
    return row;
  } catch (error) {
    deps.logger.warn('conversation summary failed', { clientId, error: error instanceof Error ? error.message : String(error) });
    return existing;
  }
}
