import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Attachment, BroadcastInput, ConversationPage, Inbox, Message, SendMessageInput } from '../../../shared/messages';
import { api, upload } from '../../lib/api';
import { onLiveEvents, pollUnlessLive } from '../../lib/live-events';

export type Unread = { total: number; byClient: Array<{ clientId: string; count: number }> };
type Ok = { ok: true };

/** Everything about messaging sits under 'messages', so one invalidation refreshes it all. */
export const messageKeys = {
  all: ['messages'] as const,
  conversation: (clientId: string) => ['messages', 'conversation', clientId] as const,
  unread: ['messages', 'unread'] as const,
  inbox: ['messages', 'inbox'] as const,
};

const PAGE_SIZE = 50;
/** Live events keep these fresh; without them an open conversation polls, unread counts poll slower. */
const CONVERSATION_POLL_MS = 3_000;
const UNREAD_POLL_MS = 20_000;

const conversation = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
const message = (id: string) => `/api/messages/${encodeURIComponent(id)}`;

/** Newest page first; each page is oldest-first inside. "Load earlier" fetches the next page back in time. */
export const conversationQuery = (clientId: string) =>
  infiniteQueryOptions({
    queryKey: messageKeys.conversation(clientId),
    queryFn: ({ signal, pageParam }) =>
      api<ConversationPage>(`${conversation(clientId)}/messages`, { query: { before: pageParam, limit: PAGE_SIZE }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.hasMore ? last.items[0]?.createdAt : undefined),
    refetchInterval: pollUnlessLive(CONVERSATION_POLL_MS),
  });

export const unreadQuery = () =>
  queryOptions({
    queryKey: messageKeys.unread,
    queryFn: ({ signal }) => api<Unread>('/api/messages/unread', { signal }),
    refetchInterval: pollUnlessLive(UNREAD_POLL_MS),
  });

export const messagesApi = {
  send: (clientId: string, input: SendMessageInput) => api<Message>(`${conversation(clientId)}/messages`, { method: 'POST', body: input }),
  /** Uploaded first, then sent with the message by its id. The trainer must say whose conversation. */
  upload: (clientId: string, file: File, options: { signal?: AbortSignal; onProgress?: (fraction: number) => void }) => {
    const form = new FormData();
    form.append('file', file);
    form.append('clientId', clientId);
    return upload<Attachment>('/api/uploads', form, options);
  },
  markRead: (clientId: string) => api<Ok>(`${conversation(clientId)}/messages/read`, { method: 'POST' }),
  edit: (id: string, body: string) => api<Message>(message(id), { method: 'PATCH', body: { body } }),
  remove: (id: string) => api<Message>(message(id), { method: 'DELETE' }),
  setNeedsReply: (clientId: string, needsReply: boolean) =>
    api<unknown>(`${conversation(clientId)}/conversation`, { method: 'PUT', body: { needsReply } }),
};

type Pages = InfiniteData<ConversationPage, unknown>;

/** Puts a sent or changed message into the cached conversation straight away (the poll confirms it). */
export function rememberMessage(queryClient: QueryClient, saved: Message): void {
  queryClient.setQueryData<Pages>(messageKeys.conversation(saved.clientId), (old) => {
    if (!old) return old;
    const exists = old.pages.some((page) => page.items.some((item) => item.id === saved.id));
    const pages = old.pages.map((page, index) => {
      if (exists) return { ...page, items: page.items.map((item) => (item.id === saved.id ? saved : item)) };
      return index === 0 ? { ...page, items: [...page.items, saved] } : page;
    });
    return { ...old, pages };
  });
}

/** Oldest first across all loaded pages, without duplicates where pages overlap. */
export function flattenConversation(data: Pages | undefined): Message[] {
  if (!data) return [];
  const seen = new Set<string>();
  const out: Message[] = [];
  for (const page of [...data.pages].reverse()) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}

onLiveEvents({
  message: (queryClient, message) => {
    rememberMessage(queryClient, message);
    void queryClient.invalidateQueries({ queryKey: messageKeys.unread });
    void queryClient.invalidateQueries({ queryKey: messageKeys.inbox });
  },
  // The other side read the conversation: its receipts ("Read") come with a refetch.
  read: (queryClient, clientId) => void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(clientId) }),
  resync: (queryClient) => void queryClient.invalidateQueries({ queryKey: messageKeys.all }),
});

const INBOX_POLL_MS = 15_000;

/** The trainer's inbox: one row per conversation, newest first (live events invalidate it). */
export const inboxQuery = () =>
  queryOptions({
    queryKey: messageKeys.inbox,
    queryFn: ({ signal }) => api<Inbox>('/api/messages/conversations', { signal }),
    refetchInterval: pollUnlessLive(INBOX_POLL_MS),
  });

/** Every conversation searched at once (the server wants at least 2 characters). */
export const messageSearchQuery = (q: string) =>
  queryOptions({
    queryKey: [...messageKeys.all, 'search', q] as const,
    queryFn: ({ signal }) => api<{ items: Message[] }>('/api/messages/search', { query: { q }, signal }),
    enabled: q.length >= 2,
  });

/** One message to every active client, or to those with a tag; each gets it in their own conversation. */
export const broadcastMessage = (input: BroadcastInput) =>
  api<{ sent: number }>('/api/messages/broadcast', { method: 'POST', body: input });
