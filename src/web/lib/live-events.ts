import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { Message } from '../../shared/messages';

/**
 * One event stream per signed-in tab (GET /api/events, server-sent events). While it is live the
 * app does not poll; when it cannot connect (Netlify Functions answer 503, a proxy cuts it, the
 * network drops) everything falls back to polling until the stream is back.
 */
export type LiveState = 'connecting' | 'live' | 'polling';

let state: LiveState = 'connecting';
const listeners = new Set<() => void>();
function setState(next: LiveState) {
  if (state === next) return;
  state = next;
  for (const listener of listeners) listener();
}

export const liveState = () => state;
export const isLive = () => state === 'live';

export function useLiveState(): LiveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    liveState,
    () => 'connecting' as const,
  );
}

/** How often a query polls: never while live, `fallbackMs` otherwise. */
export const pollUnlessLive = (fallbackMs: number) => () => (isLive() ? false : fallbackMs);

type Handlers = {
  message?: (queryClient: QueryClient, message: Message) => void;
  read?: (queryClient: QueryClient, clientId: string) => void;
  notifications?: (queryClient: QueryClient) => void;
  /** A check-in was sent or reviewed (the trainer's inbox, the client's Today and history). */
  checkins?: (queryClient: QueryClient, clientId: string) => void;
  /** After (re)connecting: whatever happened while away is fetched once. */
  resync?: (queryClient: QueryClient) => void;
};
const handlers: Handlers[] = [];

/** Features register what they do with events (messages, notifications), so this file knows none of them. */
export function onLiveEvents(handler: Handlers): void {
  handlers.push(handler);
}

const RETRY_AFTER_CLOSE_MS = 30_000;

export function useLiveEvents(enabled = true): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') {
      setState('polling');
      return;
    }
    let source: EventSource | null = null;
    let retry: number | undefined;
    let stopped = false;

    const open = () => {
      source = new EventSource('/api/events');
      source.addEventListener('ready', () => {
        setState('live');
        for (const handler of handlers) handler.resync?.(queryClient);
      });
      source.addEventListener('message', (event: MessageEvent<string>) => {
        const data = JSON.parse(event.data) as { message: Message };
        for (const handler of handlers) handler.message?.(queryClient, data.message);
      });
      source.addEventListener('read', (event: MessageEvent<string>) => {
        const data = JSON.parse(event.data) as { clientId: string };
        for (const handler of handlers) handler.read?.(queryClient, data.clientId);
      });
      source.addEventListener('notifications', () => {
        for (const handler of handlers) handler.notifications?.(queryClient);
      });
      source.addEventListener('checkins', (event: MessageEvent<string>) => {
        const data = JSON.parse(event.data) as { clientId: string };
        for (const handler of handlers) handler.checkins?.(queryClient, data.clientId);
      });
      source.onerror = () => {
        setState('polling');
        // The browser reconnects by itself unless the server refused (503 on Netlify, 401): then try later.
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          retry = window.setTimeout(open, RETRY_AFTER_CLOSE_MS);
        }
      };
    };
    open();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      source?.close();
      setState('connecting');
    };
  }, [enabled, queryClient]);
}
