import { isApiError } from '../../lib/api';

/** "Sam Rivera" → "Sam"; nothing → "Your coach". */
export function coachFirstName(name: string | null | undefined): string {
  return name?.trim().split(/\s+/)[0] || 'Your coach';
}

/** The label every assistant screen carries: it is the coach's assistant, not the coach. */
export function assistantName(coachName: string | null | undefined): string {
  const first = coachFirstName(coachName);
  return first === 'Your coach' ? "Your coach's AI assistant" : `${first}'s AI assistant`;
}

const TOOL_WORDS: Record<string, string> = {
  get_workouts: 'workouts',
  get_recent_training: 'recent training',
  get_body_progress: 'body progress',
  get_nutrition_today: 'nutrition today',
  get_limitations: 'injuries and limitations',
  explain_exercise: 'exercise library',
  propose_swap: 'exercise swaps',
  log_body_weight: 'body weight',
};

/** "Looked up workouts, nutrition today" — what an answer was based on, each tool once. */
export function toolsSummary(tools: string[]): string | null {
  const words = [...new Set(tools)].map((tool) => TOOL_WORDS[tool] ?? tool.replace(/_/g, ' '));
  return words.length ? `Looked up ${words.join(', ')}` : null;
}

/** Estimated cost in US dollars: cents for whole amounts, up to four decimals for the small ones AI use comes in. */
export function formatUsd(amount: number): string {
  const digits = Math.abs(amount) >= 1 || amount === 0 ? 2 : 4;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: digits,
  }).format(amount);
}

export function formatTokens(tokens: number): string {
  return new Intl.NumberFormat('en-US').format(tokens);
}

/** "2026-12" → "December 2026". */
export function monthLabel(month: string): string {
  const [year, index] = month.split('-').map(Number);
  if (!year || !index) return month;
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, index - 1, 1)),
  );
}

export type AskProblem = { kind: 'off' | 'rate' | 'plan' | 'offline' | 'other'; text: string };

/** Why a question was refused, in the words the client reads under the composer. */
export function askProblem(error: unknown, coach: string): AskProblem {
  if (!isApiError(error)) return { kind: 'other', text: 'Something went wrong on our side. Try again in a moment.' };
  if (error.code === 'NETWORK_ERROR') return { kind: 'offline', text: error.message };
  if (error.status === 409) return { kind: 'off', text: `${coach} hasn't switched the assistant on. Ask ${coach} in Messages instead.` };
  if (error.status === 429)
    return { kind: 'rate', text: `That's a lot of questions at once — give it a few minutes, or ask ${coach} in Messages.` };
  if (error.status === 403 && typeof error.details.area === 'string')
    return { kind: 'plan', text: `The AI assistant isn't part of your plan. See Billing, or ask ${coach}.` };
  const field = error.fields[0]?.message;
  return { kind: 'other', text: field ?? error.message };
}
