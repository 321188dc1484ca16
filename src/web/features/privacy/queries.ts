import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { AiConsentState } from '../../../shared/ai';
import { api } from '../../lib/api';
import { assistantKeys } from '../ai/queries';

/* Only types from shared/: the Profile page imports this file. */

export const consentKeys = { mine: [...assistantKeys.all, 'consent'] as const };

/** Whether AI is on at all, and whether this client opted out of sending their data to the AI provider. */
export const myAiConsentQuery = () =>
  queryOptions({
    queryKey: consentKeys.mine,
    queryFn: ({ signal }) => api<AiConsentState>('/api/me/ai-consent', { signal }),
  });

export const consentApi = {
  set: (optOut: boolean) => api<AiConsentState>('/api/me/ai-consent', { method: 'PUT', body: { optOut } }),
};

/** The choice changed: the assistant page and the Today card follow it. */
export function consentChanged(queryClient: QueryClient, state: AiConsentState) {
  queryClient.setQueryData(consentKeys.mine, state);
  void queryClient.invalidateQueries({ queryKey: assistantKeys.mine });
}
