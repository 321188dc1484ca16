import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { CreateExerciseInput, Exercise, ExercisePage, ListExercisesParams, UpdateExerciseInput } from '../../../shared/exercises';
import { api } from '../../lib/api';

/** The list query as we send it (limit/offset are numbers here; the shared schema coerces strings). */
export type ExerciseListParams = Omit<ListExercisesParams, 'limit' | 'offset'> & { limit?: number };

export const exerciseKeys = {
  all: ['exercises'] as const,
  lists: ['exercises', 'list'] as const,
  list: (query: ExerciseListParams) => ['exercises', 'list', query] as const,
  search: (q: string) => ['exercises', 'search', q] as const,
  detail: (id: string) => ['exercises', 'detail', id] as const,
};

const PAGE = 30;

/** The library, page by page ("Show more" fetches the next page). */
export const exercisesListQuery = (query: ExerciseListParams) =>
  infiniteQueryOptions({
    queryKey: exerciseKeys.list(query),
    queryFn: ({ signal, pageParam }) =>
      api<ExercisePage>('/api/exercises', { query: { ...query, limit: query.limit ?? PAGE, offset: pageParam }, signal }),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
    placeholderData: keepPreviousData,
  });

/** A few best matches for an inline picker (the builder's "Add exercise"). */
export const exerciseSearchQuery = (q: string) =>
  queryOptions({
    queryKey: exerciseKeys.search(q),
    queryFn: ({ signal }) => api<ExercisePage>('/api/exercises', { query: { q, limit: 8 }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

/** One exercise; programs hold only ids, so names come from here (and stay cached). */
export const exerciseQuery = (id: string) =>
  queryOptions({
    queryKey: exerciseKeys.detail(id),
    queryFn: ({ signal }) => api<Exercise>(`/api/exercises/${encodeURIComponent(id)}`, { signal }),
    staleTime: 10 * 60_000,
  });

const base = (id: string) => `/api/exercises/${encodeURIComponent(id)}`;

export const exercisesApi = {
  create: (input: CreateExerciseInput) => api<Exercise>('/api/exercises', { method: 'POST', body: input }),
  update: (id: string, input: UpdateExerciseInput) => api<Exercise>(base(id), { method: 'PATCH', body: input }),
  archive: (id: string) => api<Exercise>(`${base(id)}/archive`, { method: 'POST' }),
  restore: (id: string) => api<Exercise>(`${base(id)}/restore`, { method: 'POST' }),
};

/** Seeds the detail cache from a list, so opening an exercise (or naming it in a program) needs no request. */
export function rememberExercises(queryClient: QueryClient, exercises: Exercise[]): void {
  for (const exercise of exercises) queryClient.setQueryData(exerciseKeys.detail(exercise.id), exercise);
}

export function exerciseChanged(queryClient: QueryClient, exercise: Exercise): void {
  queryClient.setQueryData(exerciseKeys.detail(exercise.id), exercise);
  void queryClient.invalidateQueries({ queryKey: exerciseKeys.lists });
  void queryClient.invalidateQueries({ queryKey: ['exercises', 'search'] });
}

/** The name a trainer sees: their alias when they gave one. */
export const exerciseName = (exercise: Pick<Exercise, 'name' | 'alias'>) => exercise.alias ?? exercise.name;
