import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { EmailMessage, EmailPage } from '../../../shared/emails';
import { api } from '../../lib/api';

export const emailKeys = {
  list: (page: { limit: number; offset: number }) => ['emails', 'list', page] as const,
  detail: (id: string) => ['emails', 'detail', id] as const,
};

export const emailsListQuery = (page: { limit: number; offset: number }) =>
  queryOptions({
    queryKey: emailKeys.list(page),
    queryFn: ({ signal }) => api<EmailPage>('/api/emails', { query: page, signal }),
    placeholderData: keepPreviousData,
  });

export const emailQuery = (id: string) =>
  queryOptions({
    queryKey: emailKeys.detail(id),
    queryFn: ({ signal }) => api<EmailMessage>(`/api/emails/${encodeURIComponent(id)}`, { signal }),
    staleTime: Infinity,
  });
