import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type {
  Client,
  ClientPage,
  CreateClientInput,
  InvitationLink,
  ListClientsQuery,
  OnboardingInput,
  PauseClientInput,
  UpdateClientInput,
} from '../../../shared/clients';
import { api } from '../../lib/api';

/** The list query as we send it (the shared schema's input type leaves limit/offset as unknown because it coerces). */
export type ClientListParams = Omit<ListClientsQuery, 'limit' | 'offset'> & { limit?: number; offset?: number };

export const clientKeys = {
  all: ['clients'] as const,
  lists: ['clients', 'list'] as const,
  list: (query: ClientListParams) => ['clients', 'list', query] as const,
  tags: ['clients', 'tags'] as const,
  detail: (id: string) => ['clients', 'detail', id] as const,
  me: ['me', 'client'] as const,
};

export const clientsListQuery = (query: ClientListParams) =>
  queryOptions({
    queryKey: clientKeys.list(query),
    queryFn: ({ signal }) => api<ClientPage>('/api/clients', { query, signal }),
    placeholderData: keepPreviousData,
  });

export const clientTagsQuery = () =>
  queryOptions({
    queryKey: clientKeys.tags,
    queryFn: ({ signal }) => api<{ tags: string[] }>('/api/clients/tags', { signal }),
    select: (data) => data.tags,
  });

export const clientQuery = (id: string) =>
  queryOptions({
    queryKey: clientKeys.detail(id),
    queryFn: ({ signal }) => api<Client>(`/api/clients/${encodeURIComponent(id)}`, { signal }),
  });

export const myClientQuery = () =>
  queryOptions({
    queryKey: clientKeys.me,
    queryFn: ({ signal }) => api<Client>('/api/me/client', { signal }),
  });

const base = (id: string) => `/api/clients/${encodeURIComponent(id)}`;

export const clientsApi = {
  create: (input: CreateClientInput) =>
    api<{ client: Client; invitation: InvitationLink }>('/api/clients', { method: 'POST', body: input }),
  update: (id: string, input: UpdateClientInput) => api<Client>(base(id), { method: 'PATCH', body: input }),
  pause: (id: string, input: PauseClientInput) => api<Client>(`${base(id)}/pause`, { method: 'POST', body: input }),
  resume: (id: string) => api<Client>(`${base(id)}/resume`, { method: 'POST' }),
  archive: (id: string) => api<Client>(`${base(id)}/archive`, { method: 'POST' }),
  restore: (id: string) => api<Client>(`${base(id)}/restore`, { method: 'POST' }),
  resendInvitation: (id: string) => api<InvitationLink>(`${base(id)}/invitation`, { method: 'POST' }),
  revokeInvitation: (id: string) => api<Client>(`${base(id)}/invitation`, { method: 'DELETE' }),
  saveOnboarding: (input: OnboardingInput) => api<Client>('/api/me/onboarding', { method: 'PUT', body: input }),
};

/** After any change to one client: the detail shows it now, lists and tags refetch. */
export function clientChanged(queryClient: QueryClient, client: Client): void {
  queryClient.setQueryData(clientKeys.detail(client.id), client);
  void queryClient.invalidateQueries({ queryKey: clientKeys.lists });
  void queryClient.invalidateQueries({ queryKey: clientKeys.tags });
}
