import { createRoute } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { requireActor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { createRouter, errorResponses } from '../../lib/validate';
import type { Hub, LiveEvent } from './hub';

const HEARTBEAT_MS = 25_000;

/**
 * GET /api/events: this person's live events as server-sent events. There is no parameter to
 * choose a conversation: the stream carries exactly what the session may see (a client: their own
 * conversation and notifications), so there is no other client's stream to subscribe to.
 */
export function eventsRoutes(deps: { hub: Hub | null; heartbeatMs?: number }) {
  const heartbeatMs = deps.heartbeatMs ?? HEARTBEAT_MS;
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Live events'],
      summary: 'Server-sent events for the signed-in person (message, read, notifications); 503 where only polling works',
      responses: {
        200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
        ...errorResponses(401),
        503: { description: 'Live events are not available on this host: poll instead' },
      },
    }),
    (c) => {
      const actor = requireActor(c);
      const hub = deps.hub;
      if (!hub)
        throw new AppError(
          'UNAVAILABLE',
          'Live updates are not available on this host; the app checks for news every few seconds instead.',
        );
      c.header('cache-control', 'no-cache, no-transform');
      c.header('x-accel-buffering', 'no');
      return streamSSE(c, async (stream) => {
        let sequence = 0;
        let closed = false;
        const unsubscribe = hub.subscribe(actor, (event: LiveEvent) => {
          if (event.type === 'closed') {
            closed = true;
            unsubscribe();
            void stream.close();
            return;
          }
          sequence += 1;
          void stream.writeSSE({ event: event.type, data: JSON.stringify(event), id: String(sequence) });
        });
        stream.onAbort(() => {
          closed = true;
          unsubscribe();
        });
        try {
          // Tells the browser how long to wait before reconnecting, and that the stream is live.
          await stream.writeSSE({ event: 'ready', data: '{}', retry: 3000 });
          while (!closed && !stream.aborted) {
            await stream.sleep(heartbeatMs);
            if (!closed && !stream.aborted) await stream.write(': ping\n\n');
          }
        } finally {
          unsubscribe();
        }
      });
    },
  );
}
