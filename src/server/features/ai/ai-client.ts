import OpenAI from 'openai';
import type { Env } from '../../lib/env';

/** The AI provider (null: not configured, and every AI feature says so). OpenAI, or any compatible endpoint by base URL. */
export type AiSetup = { client: OpenAI; model: string; pricePerMillion: { input: number; output: number } };

export function createAi(env: Pick<Env, 'ai'>): AiSetup | null {
  if (!env.ai) return null;
  const client = new OpenAI({
    apiKey: env.ai.apiKey,
    ...(env.ai.baseUrl ? { baseURL: env.ai.baseUrl } : {}),
    // One quick retry; a slow model answers "try again" rather than holding the client forever.
    maxRetries: 1,
    timeout: 30_000,
  });
  return { client, model: env.ai.model, pricePerMillion: env.ai.pricePerMillion };
}

/** Estimated US dollars for tokens at the configured prices. */
export const estimateCost = (setup: Pick<AiSetup, 'pricePerMillion'>, input: number, output: number) =>
  (input * setup.pricePerMillion.input + output * setup.pricePerMillion.output) / 1_000_000;
