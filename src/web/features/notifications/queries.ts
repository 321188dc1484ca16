import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { Notification, NotificationList, NotificationPreferences } from '../../../shared/notifications';
import { toast } from 'sonner';
import { api, errorMessage } from '../../lib/api';
import { onLiveEvents, pollUnlessLive } from '../../lib/live-events';

// Types only from shared/notifications: its values pull zod, and the bell is in the client's first download.

export const notificationKeys = {
  all: ['notifications'] as const,
  list: ['notifications', 'list'] as const,
  preferences: ['notifications', 'preferences'] as const,
};

/** The panel shows this many; older ones stay on the server (they are folded per conversation anyway). */
const LIST_LIMIT = 30;
/** Live events keep the bell fresh; without them it polls this often. */
const POLL_MS = 30_000;

/** Newest first, with the unread count the bell shows: one request serves both. */
export const notificationsQuery = () =>
  queryOptions({
    queryKey: notificationKeys.list,
    queryFn: ({ signal }) => api<NotificationList>('/api/notifications', { query: { limit: LIST_LIMIT }, signal }),
    refetchInterval: pollUnlessLive(POLL_MS),
  });

export const preferencesQuery = () =>
  queryOptions({
    queryKey: notificationKeys.preferences,
    queryFn: ({ signal }) => api<NotificationPreferences>('/api/notifications/preferences', { signal }),
  });

export const notificationsApi = {
  /** No ids: every notification. */
  markRead: (ids?: string[]) => api<{ unread: number }>('/api/notifications/read', { method: 'POST', body: ids ? { ids } : {} }),
  savePreferences: (input: NotificationPreferences) =>
    api<NotificationPreferences>('/api/notifications/preferences', { method: 'PUT', body: input }),
};

function markedRead(list: NotificationList, ids: string[] | undefined, at: string): NotificationList {
  const hits = (item: Notification) => !item.readAt && (!ids || ids.includes(item.id));
  const changed = list.items.filter(hits).length;
  return {
    items: list.items.map((item) => (hits(item) ? { ...item, readAt: at } : item)),
    unread: Math.max(0, list.unread - changed),
  };
}

/** Marks some (or, without ids, all) read: the bell and the list update at once, the server confirms. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  const key = notificationKeys.list;
  return useMutation({
    mutationFn: (ids: string[] | undefined) => notificationsApi.markRead(ids),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<NotificationList>(key);
      if (previous) queryClient.setQueryData<NotificationList>(key, markedRead(previous, ids, new Date().toISOString()));
      return { previous };
    },
    onError: (error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      toast.error(errorMessage(error));
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
}

const refresh = (queryClient: QueryClient) => void queryClient.invalidateQueries({ queryKey: notificationKeys.list });

onLiveEvents({
  notifications: refresh,
  // A message moves the unread counts the bell mirrors (reading a conversation also sends `notifications`).
  message: refresh,
  resync: refresh,
});
