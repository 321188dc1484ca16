import { queryOptions } from '@tanstack/react-query';
import type { Achievements, CreateGoalInput, Goal, UpdateGoalInput } from '../../../shared/goals';
import { api } from '../../lib/api';
import { metricKeys } from '../metrics/queries';

/* Only types from shared/goals: the Progress page (first download) imports this file, zod stays out. */

export const goalKeys = {
  /**
   * Inside the client's metrics key: logging, editing or deleting a measurement already
   * invalidates that prefix, so a weight goal's bar moves the moment a weigh-in is saved.
   */
  goals: (clientId: string) => [...metricKeys.client(clientId), 'goals'] as const,
  /** Under 'workouts': finishing a workout invalidates that prefix, so the streak and badges follow. */
  achievements: (clientId: string) => ['workouts', 'achievements', clientId] as const,
};

const client = (id: string) => `/api/clients/${encodeURIComponent(id)}`;

/** Every goal of the client (active, achieved, archived) with its current value and progress. */
export const goalsQuery = (clientId: string) =>
  queryOptions({
    queryKey: goalKeys.goals(clientId),
    queryFn: ({ signal }) => api<{ items: Goal[] }>(`${client(clientId)}/goals`, { signal }),
    select: (data) => data.items,
    enabled: clientId !== '',
  });

/** Badges (earned or not) and the weekly training streak. */
export const achievementsQuery = (clientId: string) =>
  queryOptions({
    queryKey: goalKeys.achievements(clientId),
    queryFn: ({ signal }) => api<Achievements>(`${client(clientId)}/achievements`, { signal }),
    enabled: clientId !== '',
  });

export const goalsApi = {
  create: (clientId: string, input: CreateGoalInput) => api<Goal>(`${client(clientId)}/goals`, { method: 'POST', body: input }),
  update: (id: string, input: UpdateGoalInput) => api<Goal>(`/api/goals/${encodeURIComponent(id)}`, { method: 'PUT', body: input }),
  remove: (id: string) => api<{ ok: true }>(`/api/goals/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};
