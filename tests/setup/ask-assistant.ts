import type { AiMessage } from '../../src/shared/ai';
import type { Agent } from './agent';

export type Asked = { status: number; deltas: string[]; done: { question: AiMessage; answer: AiMessage } | null; error: unknown };

/** Sends a question and reads the whole event stream (delta …, done). */
export async function ask(agent: Agent, text: string): Promise<Asked> {
  const res = await agent.raw('POST', '/api/me/assistant/messages', { text });
  const body = await res.text();
  if (!res.headers.get('content-type')?.startsWith('text/event-stream'))
    return { status: res.status, deltas: [], done: null, error: JSON.parse(body) };
  const events = body
    .split('\n\n')
    .filter(Boolean)
    .map((block) => ({
      event: /^event: (.*)$/m.exec(block)?.[1],
      data: /^data: (.*)$/m.exec(block)?.[1] ?? '',
    }));
  return {
    status: res.status,
    deltas: events.filter((e) => e.event === 'delta').map((e) => (JSON.parse(e.data) as { text: string }).text),
    done: events.filter((e) => e.event === 'done').map((e) => JSON.parse(e.data) as Asked['done'])[0] ?? null,
    error: null,
  };
}
