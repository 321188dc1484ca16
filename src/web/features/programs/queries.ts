import { rememberExercises } from '../exercises/queries';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AssignProgramInput,
  AssignResultSchema,
  CreateProgramInput,
  Program,
  ProgramSummary,
  SaveProgramInput,
} from '../../../shared/programs';
import { api } from '../../lib/api';

export type ProgramListParams = { q?: string; tag?: string; archived?: 'exclude' | 'include' | 'only'; limit?: number; offset?: number };
type ProgramPage = { items: ProgramSummary[]; total: number; limit: number; offset: number };
export type AssignResult = z.infer<typeof AssignResultSchema>;

export const programKeys = {
  all: ['programs'] as const,
  lists: ['programs', 'list'] as const,
  list: (query: ProgramListParams) => ['programs', 'list', query] as const,
  detail: (id: string) => ['programs', 'detail', id] as const,
};

export const programsListQuery = (query: ProgramListParams) =>
  queryOptions({
    queryKey: programKeys.list(query),
    queryFn: ({ signal }) => api<ProgramPage>('/api/programs', { query, signal }),
    placeholderData: keepPreviousData,
  });

export const programQuery = (id: string) =>
  queryOptions({
    queryKey: programKeys.detail(id),
    queryFn: async ({ signal, client }) => {
      const program = await api<Program>(`/api/programs/${encodeURIComponent(id)}`, { signal });
      rememberExercises(client, program.exercises);
      return program;
    },
    // The builder owns the copy it is editing; a background refetch must not replace it.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

const base = (id: string) => `/api/programs/${encodeURIComponent(id)}`;

export const programsApi = {
  create: (input: CreateProgramInput) => api<Program>('/api/programs', { method: 'POST', body: input }),
  save: (id: string, input: SaveProgramInput) => api<Program>(base(id), { method: 'PUT', body: input }),
  duplicate: (id: string) => api<Program>(`${base(id)}/duplicate`, { method: 'POST' }),
  archive: (id: string) => api<ProgramSummary>(`${base(id)}/archive`, { method: 'POST' }),
  restore: (id: string) => api<ProgramSummary>(`${base(id)}/restore`, { method: 'POST' }),
  assign: (id: string, input: AssignProgramInput) => api<AssignResult>(`${base(id)}/assign`, { method: 'POST', body: input }),
};

/** After a program was created, copied, archived or saved: lists (and a client's list of programs) refetch. */
export function programsChanged(queryClient: QueryClient, program?: Program): void {
  if (program) queryClient.setQueryData(programKeys.detail(program.id), program);
  void queryClient.invalidateQueries({ queryKey: programKeys.lists });
  void queryClient.invalidateQueries({ queryKey: ['workouts'] });
}
