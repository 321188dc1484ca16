import type { AiMessage } from '../../../shared/ai';
import type { ErrorCode, FieldIssue } from '../../../shared/errors';
import { ApiError } from '../../lib/api';
import { createSseParser } from './sse';

export type AskResult = { question: AiMessage; answer: AiMessage };

const OFFLINE = "We couldn't reach OneCoach. Check your connection and try again.";
const CUT_OFF = 'The answer was cut off. Try again in a moment.';

/** The error envelope as ApiError, like `api()` does (it cannot stream, so this request is made here). */
async function envelopeError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not our envelope (a proxy's page): the generic message below
  }
  const envelope = (body as { error?: { code?: unknown; message?: unknown; details?: Record<string, unknown> } } | null)?.error;
  if (envelope && typeof envelope.code === 'string' && typeof envelope.message === 'string') {
    const details = envelope.details ?? {};
    const fields = Array.isArray(details.fields) ? (details.fields as FieldIssue[]) : [];
    return new ApiError({ code: envelope.code as ErrorCode, status: response.status, message: envelope.message, fields, details });
  }
  return new ApiError({
    code: response.status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED',
    status: response.status,
    message: 'Something went wrong on our side. Try again in a moment.',
  });
}

/**
 * Asks the client's assistant. The answer streams: `onDelta` gets each piece as it arrives, and the
 * promise ends with both saved messages. Refusals (off, rate limit, not in plan) come before any
 * piece, as ApiError. EventSource cannot POST, so this reads the body with fetch.
 */
export async function askAssistant(text: string, options: { onDelta: (piece: string) => void; signal?: AbortSignal }): Promise<AskResult> {
  let response: Response;
  try {
    response = await fetch('/api/me/assistant/messages', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'text/event-stream', 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0, message: OFFLINE });
  }
  if (!response.ok) throw await envelopeError(response);
  if (!response.body) throw new ApiError({ code: 'UPSTREAM_FAILED', status: 502, message: CUT_OFF });

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parser = createSseParser();
  // A holder, not a `let`: it is filled inside the callback, out of the type checker's sight.
  const outcome: { result?: AskResult } = {};
  const handle = (events: ReturnType<typeof parser.push>) => {
    for (const event of events) {
      const data = JSON.parse(event.data) as unknown;
      if (event.event === 'delta') options.onDelta((data as { text: string }).text);
      else if (event.event === 'done') outcome.result = data as AskResult;
    }
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      handle(parser.push(decoder.decode(value, { stream: true })));
    }
    handle(parser.push(decoder.decode()));
    handle(parser.flush());
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0, message: CUT_OFF });
  }
  if (!outcome.result) throw new ApiError({ code: 'UPSTREAM_FAILED', status: 502, message: CUT_OFF });
  return outcome.result;
}
