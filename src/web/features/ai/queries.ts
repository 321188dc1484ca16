import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { AiMessage, AiUsage, AssistantState } from '../../../shared/ai';
import type { Message } from '../../../shared/messages';
import { api } from '../../lib/api';
import type { AskResult } from './assistant-stream';

/* Only types from shared/: the Today card (first download) imports this file. */

export const assistantKeys = {
  all: ['assistant'] as const,
  mine: ['assistant', 'me'] as const,
  client: (clientId: string) => ['assistant', 'client', clientId] as const,
  usage: ['assistant', 'usage'] as const,
};

/** The client's own conversation, whether the assistant is on, and this month's budget. */
export const myAssistantQuery = () =>
  queryOptions({
    queryKey: assistantKeys.mine,
    queryFn: ({ signal }) => api<AssistantState>('/api/me/assistant', { signal }),
  });

/** A client's conversation as the trainer reads it. */
export const clientAssistantQuery = (clientId: string) =>
  queryOptions({
    queryKey: assistantKeys.client(clientId),
    queryFn: ({ signal }) => api<AssistantState>(`/api/clients/${encodeURIComponent(clientId)}/assistant`, { signal }),
    refetchInterval: 30_000,
  });

/** This month's AI use per client and feature, with the budgets (trainer). */
export const aiUsageQuery = () =>
  queryOptions({
    queryKey: assistantKeys.usage,
    queryFn: ({ signal }) => api<AiUsage>('/api/ai/usage', { signal }),
  });

export const assistantApi = {
  handOff: (messageId: string) => api<Message>('/api/me/assistant/handoff', { method: 'POST', body: { messageId } }),
  /** Confirms a proposal of an answer (logs its weight, once); the answer comes back with it marked done. */
  confirm: (messageId: string, index: number) =>
    api<AiMessage>(`/api/me/assistant/messages/${encodeURIComponent(messageId)}/confirm`, { method: 'POST', body: { index } }),
};

/** Puts an updated answer (a proposal confirmed) into the cached conversation. */
export function rememberMessage(queryClient: QueryClient, message: AiMessage) {
  queryClient.setQueryData<AssistantState>(assistantKeys.mine, (state) =>
    state ? { ...state, messages: state.messages.map((m) => (m.id === message.id ? message : m)) } : state,
  );
}

/** Puts a finished exchange into the cached conversation, so it shows without another fetch. */
export function rememberExchange(queryClient: QueryClient, result: AskResult) {
  queryClient.setQueryData<AssistantState>(assistantKeys.mine, (state) =>
    state
      ? {
          ...state,
          messages: [
            ...state.messages.filter((m) => m.id !== result.question.id && m.id !== result.answer.id),
            result.question,
            result.answer,
          ],
        }
      : state,
  );
}
