import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api';
import { authKeys } from '../features/auth/queries';

/** 4xx answers won't change by asking again; network blips and 5xx get two more tries. */
const shouldRetry = (failureCount: number, error: unknown) => {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
};

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // The session ended (expired, signed out elsewhere, archived): the guards send the person to sign in.
        if (isApiError(error) && error.status === 401 && query.queryKey[0] !== 'auth') {
          queryClient.setQueryData(authKeys.session, { user: null });
        }
      },
    }),
    defaultOptions: {
      // offlineFirst: with no network a read is still tried once, so the service worker's cached copy
      // (Today, the week's workouts) answers instead of the query waiting for the network.
      queries: { retry: shouldRetry, staleTime: 30_000, networkMode: 'offlineFirst' },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
