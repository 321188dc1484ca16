import { queryOptions } from '@tanstack/react-query';
import type { Plan } from '../../../shared/billing';
import type { PublicProfile } from '../../../shared/settings';
import { api } from '../../lib/api';

// Types and fetchers for the public plans page and the page after paying (no session needed).

export type PublicPlans = { items: Plan[]; stripe: boolean };
export type Welcome = { state: 'pending' | 'ready' | 'joined'; inviteUrl: string | null };

export const publicKeys = {
  profile: ['public', 'profile'] as const,
  plans: ['public', 'plans'] as const,
  welcome: (sessionId: string) => ['public', 'welcome', sessionId] as const,
};

/** The trainer's name, business, bio and photo (also what Settings → Profile shows as the photo). */
export const publicProfileQuery = () =>
  queryOptions({
    queryKey: publicKeys.profile,
    queryFn: ({ signal }) => api<PublicProfile>('/api/public/profile', { signal }),
    staleTime: 60_000,
  });

export const publicPlansQuery = () =>
  queryOptions({
    queryKey: publicKeys.plans,
    queryFn: ({ signal }) => api<PublicPlans>('/api/plans/public', { signal }),
    staleTime: 60_000,
  });

export const welcomeQuery = (sessionId: string) =>
  queryOptions({
    queryKey: publicKeys.welcome(sessionId),
    queryFn: ({ signal }) => api<Welcome>(`/api/plans/welcome/${encodeURIComponent(sessionId)}`, { signal }),
    retry: 1,
  });

export const publicPlansApi = {
  checkout: (planId: string, input: { name: string; email: string }) =>
    api<{ url: string }>(`/api/plans/${encodeURIComponent(planId)}/checkout`, { method: 'POST', body: input }),
};
