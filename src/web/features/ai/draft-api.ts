import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CheckinDraft, DraftMealPlanInput, DraftProgramInput, Insight, MealPlanDraft } from '../../../shared/ai';
import type { Program } from '../../../shared/programs';
import { api } from '../../lib/api';
import { aiUsageQuery } from './queries';

const client = (id: string) => `/api/clients/${encodeURIComponent(id)}`;

export const insightKeys = { client: (clientId: string) => ['assistant', 'insight', clientId] as const };

/** Each goal's projection (computed by code) and the model's two sentences when AI is on. */
export const insightQuery = (clientId: string) =>
  queryOptions({
    queryKey: insightKeys.client(clientId),
    queryFn: ({ signal }) => api<Insight>(`${client(clientId)}/ai/insight`, { signal }),
    // The sentences cost tokens: once per visit is plenty.
    staleTime: 10 * 60_000,
    refetchOnWindowFocus: false,
  });

export const draftApi = {
  program: (clientId: string, input: DraftProgramInput) =>
    api<Program>(`${client(clientId)}/ai/program-draft`, { method: 'POST', body: input }),
  /** Not saved: the builder opens it as unsaved work. */
  mealPlan: (clientId: string, input: DraftMealPlanInput) =>
    api<MealPlanDraft>(`${client(clientId)}/ai/meal-plan-draft`, { method: 'POST', body: input }),
  checkin: (checkinId: string) => api<CheckinDraft>(`/api/checkins/${encodeURIComponent(checkinId)}/ai/draft`, { method: 'POST' }),
};

/** Whether the trainer has an AI provider set up (draft buttons show only then). */
export function useAiEnabled(): boolean {
  const usage = useQuery({ ...aiUsageQuery(), staleTime: 5 * 60_000 });
  return usage.data?.enabled ?? false;
}
