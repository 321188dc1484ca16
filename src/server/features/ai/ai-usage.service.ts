import type { AiUsage } from '../../../shared/ai';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { getSettings } from '../settings/settings.service';
import { estimateCost, type AiSetup } from './ai-client';
import { usageBreakdown } from './ai.repo';

/** This month's AI usage per client and feature with estimated cost (the trainer's AI settings page). */
export async function aiUsage(deps: { db: Db; clock: Clock; ai: AiSetup | null }): Promise<AiUsage> {
  const now = deps.clock.now();
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const settings = await getSettings(deps.db);
  const prices = deps.ai ?? { pricePerMillion: { input: 0, output: 0 } };
  const rows = (await usageBreakdown(deps.db, since)).map((row) => ({
    ...row,
    estimatedCostUsd: estimateCost(prices, row.inputTokens, row.outputTokens),
  }));
  return {
    enabled: deps.ai !== null,
    model: deps.ai?.model ?? null,
    month: since.toISOString().slice(0, 7),
    budgets: { clientMonthlyTokens: settings.aiClientMonthlyTokens, siteMonthlyTokens: settings.aiSiteMonthlyTokens },
    totals: {
      tokens: rows.reduce((sum, row) => sum + row.inputTokens + row.outputTokens, 0),
      estimatedCostUsd: rows.reduce((sum, row) => sum + row.estimatedCostUsd, 0),
    },
    rows,
  };
}
