import { queryOptions } from '@tanstack/react-query';
import type { Settings } from '../../../shared/settings';
import { api } from '../../lib/api';

export const settingsKeys = { all: ['settings'] as const };

/** The trainer's business settings: name, time zone, week start, units. */
export const settingsQuery = () =>
  queryOptions({
    queryKey: settingsKeys.all,
    queryFn: ({ signal }) => api<Settings>('/api/settings', { signal }),
    staleTime: 5 * 60_000,
  });

export const settingsApi = {
  update: (input: Partial<Settings>) => api<Settings>('/api/settings', { method: 'PUT', body: input }),
};
