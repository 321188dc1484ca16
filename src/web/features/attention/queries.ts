import { queryOptions } from '@tanstack/react-query';
import type { AttentionList } from '../../../shared/attention';
import { api } from '../../lib/api';
import { onLiveEvents } from '../../lib/live-events';

export const attentionKeys = { all: ['attention'] as const };

/** Waiting times grow by themselves: refreshed every minute, and whenever a message comes in. */
export const attentionQuery = () =>
  queryOptions({
    queryKey: attentionKeys.all,
    queryFn: ({ signal }) => api<AttentionList>('/api/attention', { signal }),
    refetchInterval: 60_000,
  });

export const attentionApi = {
  dismiss: (key: string, snoozeHours: number | null) =>
    api<AttentionList>('/api/attention/dismiss', { method: 'POST', body: { key, snoozeHours } }),
};

onLiveEvents({
  message: (queryClient) => void queryClient.invalidateQueries({ queryKey: attentionKeys.all }),
  resync: (queryClient) => void queryClient.invalidateQueries({ queryKey: attentionKeys.all }),
});
