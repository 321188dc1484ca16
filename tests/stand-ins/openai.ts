import { createServer, type ServerResponse } from 'node:http';
import { failureSwitch, type StandIn } from './stand-in';

/**
 * A small OpenAI for tests, spoken to by the real `openai` SDK (baseURL): the chat-completions
 * wire format with streaming (server-sent chunks, a usage chunk when asked), tool calls and
 * structured output (`response_format: json_schema`). Like the real API it wants a bearer key,
 * answers unknown endpoints and missing parameters with `invalid_request_error`, and can be told to
 * fail or to be slow. What it answers is a script: by default it calls the first tool offered
 * whose name the user's words suggest, then answers from what the tool returned.
 */
export type ContentPart = { type: string; text?: string; image_url?: { url?: string; detail?: string } };
export type ChatMessage = {
  role: string;
  content?: string | ContentPart[] | null;
  tool_calls?: { id: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
};
export type ChatRequest = {
  model: string;
  messages: ChatMessage[];
  tools?: { type: 'function'; function: { name: string } }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
};
export type ScriptedReply = { content?: string; toolCalls?: { name: string; arguments: Record<string, unknown> }[] };
export type Script = (request: ChatRequest) => ScriptedReply;

/** The text of a message's content (parts joined; images left out). */
export const textOf = (content: ChatMessage['content']): string =>
  Array.isArray(content) ? content.map((part) => part.text ?? '').join('\n') : (content ?? '');

/** Default: a tool the user's last words point at, then an answer quoting the tool's result. */
export const defaultScript: Script = (request) => {
  const last = request.messages.at(-1)!;
  if (last.role === 'tool') return { content: `Here is what I found: ${textOf(last.content).slice(0, 400)}` };
  const text = textOf(last.content).toLowerCase();
  // The tool whose name shares the most words with the question (ties: the first offered).
  const score = (name: string) => name.split('_').filter((word) => word.length > 3 && text.includes(word.replace(/s$/, ''))).length;
  const wanted = (request.tools ?? [])
    .map((tool) => tool.function.name)
    .reduce<string | null>((best, name) => (score(name) > (best ? score(best) : 0) ? name : best), null);
  if (wanted) return { toolCalls: [{ name: wanted, arguments: {} }] };
  return { content: 'I can help with your training, nutrition and progress. What would you like to know?' };
};

const tokens = (text: string) => Math.max(1, Math.ceil(text.length / 4));

export async function startOpenAiStandIn(options: { apiKey?: string } = {}) {
  const received: ChatRequest[] = [];
  const failures = failureSwitch();
  let script: Script = defaultScript;
  let delayMs = 0;
  let counter = 0;

  const error = (response: ServerResponse, status: number, message: string, param: string | null = null) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { message, type: status >= 500 ? 'server_error' : 'invalid_request_error', param, code: null } }));
  };

  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      void (async () => {
        if (request.headers.authorization !== `Bearer ${options.apiKey ?? 'sk-test-standin'}`)
          return error(response, 401, 'Incorrect API key provided.');
        if (request.method !== 'POST' || request.url !== '/v1/chat/completions')
          return error(response, 404, `Unknown request URL: ${request.method} ${request.url}`);
        let parsed: ChatRequest;
        try {
          parsed = JSON.parse(body) as ChatRequest;
        } catch {
          return error(response, 400, 'We could not parse the JSON body of your request.');
        }
        if (!parsed.model) return error(response, 400, 'you must provide a model parameter', 'model');
        if (!Array.isArray(parsed.messages) || parsed.messages.length === 0)
          return error(response, 400, "'messages' must contain at least one message", 'messages');
        // Content may be parts (text and images), as vision models take it; anything else is refused like the real API.
        for (const [index, message] of parsed.messages.entries()) {
          if (!Array.isArray(message.content)) continue;
          for (const part of message.content) {
            if (part.type === 'text' && typeof part.text === 'string') continue;
            if (part.type === 'image_url' && /^(data:image\/(jpeg|png|webp|gif);base64,|https?:\/\/)/.test(part.image_url?.url ?? ''))
              continue;
            return error(response, 400, `Invalid content part in messages[${index}].`, `messages.[${index}].content`);
          }
        }
        received.push(parsed);
        const failure = failures.take();
        if (failure) return error(response, 500, failure);
        if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
        const reply = script(parsed);
        const id = `chatcmpl-${++counter}`;
        const created = Math.floor(Date.now() / 1000);
        // An image at detail "low" costs 85 tokens, as OpenAI counts it; the base64 text itself is not counted.
        const images = parsed.messages
          .flatMap((m) => (Array.isArray(m.content) ? m.content : []))
          .filter((p) => p.type === 'image_url').length;
        const promptTokens = tokens(JSON.stringify(parsed.messages, (key, value: unknown) => (key === 'url' ? '' : value))) + images * 85;
        const toolCalls = (reply.toolCalls ?? []).map((call, index) => ({
          index,
          id: `call_${counter}_${index}`,
          type: 'function' as const,
          function: { name: call.name, arguments: JSON.stringify(call.arguments) },
        }));
        const content = reply.content ?? null;
        const usage = { prompt_tokens: promptTokens, completion_tokens: tokens(content ?? JSON.stringify(toolCalls)), total_tokens: 0 };
        usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
        const finish = toolCalls.length ? 'tool_calls' : 'stop';
        if (!parsed.stream) {
          response.writeHead(200, { 'content-type': 'application/json' });
          return response.end(
            JSON.stringify({
              id,
              object: 'chat.completion',
              created,
              model: parsed.model,
              choices: [
                {
                  index: 0,
                  finish_reason: finish,
                  message: {
                    role: 'assistant',
                    content,
                    tool_calls: toolCalls.length ? toolCalls.map(({ index: _i, ...call }) => call) : undefined,
                  },
                },
              ],
              usage,
            }),
          );
        }
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        const send = (delta: Record<string, unknown>, finishReason: string | null = null) =>
          response.write(
            `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: parsed.model, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`,
          );
        send({ role: 'assistant', content: '' });
        if (content) for (const piece of content.match(/.{1,12}/gs) ?? []) send({ content: piece });
        for (const call of toolCalls) {
          send({
            tool_calls: [{ index: call.index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }],
          });
          send({ tool_calls: [{ index: call.index, function: { arguments: call.function.arguments } }] });
        }
        send({}, finish);
        if (parsed.stream_options?.include_usage)
          response.write(
            `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: parsed.model, choices: [], usage })}\n\n`,
          );
        response.end('data: [DONE]\n\n');
      })();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address() as { port: number };
  const standIn: StandIn<ChatRequest> & { apiKey: string; respond(next: Script): void; slow(ms: number): void; reset(): void } = {
    url: `http://127.0.0.1:${address.port}/v1`,
    apiKey: options.apiKey ?? 'sk-test-standin',
    received,
    failNext: (count, reason) => failures.arm(count, reason),
    respond: (next) => (script = next),
    slow: (ms) => (delayMs = ms),
    reset: () => {
      script = defaultScript;
      delayMs = 0;
      received.length = 0;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  return standIn;
}
