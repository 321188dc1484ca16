import { rememberExercises } from '../exercises/queries';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AddScheduledWorkoutSchema,
  Calendar,
  ProgramSummary,
  ScheduledWorkout,
  ScheduledWorkoutDetail,
  Workout,
} from '../../../shared/programs';
import { api } from '../../lib/api';

export type AddScheduledWorkoutInput = z.input<typeof AddScheduledWorkoutSchema>;
export type MySchedule = { today: string; clientCanMove?: boolean; items: ScheduledWorkout[] };

/** Everything about scheduled training sits under 'workouts', so one invalidation refreshes it all. */
export const workoutKeys = {
  all: ['workouts'] as const,
  clientPrograms: (clientId: string) => ['workouts', 'client-programs', clientId] as const,
  calendars: (clientId: string) => ['workouts', 'calendar', clientId] as const,
  calendar: (clientId: string, from: string, to: string) => ['workouts', 'calendar', clientId, from, to] as const,
  scheduled: (id: string) => ['workouts', 'scheduled', id] as const,
  mySchedule: ['workouts', 'me', 'schedule'] as const,
};

const client = (id: string) => `/api/clients/${encodeURIComponent(id)}`;
const scheduled = (id: string) => `/api/scheduled-workouts/${encodeURIComponent(id)}`;

export const clientProgramsQuery = (clientId: string) =>
  queryOptions({
    queryKey: workoutKeys.clientPrograms(clientId),
    queryFn: ({ signal }) => api<{ items: ProgramSummary[] }>(`${client(clientId)}/programs`, { signal }),
    select: (data) => data.items,
  });

/** At most 62 days per request (the month view asks for its six weeks). */
export const calendarQuery = (clientId: string, from: string, to: string) =>
  queryOptions({
    queryKey: workoutKeys.calendar(clientId, from, to),
    queryFn: ({ signal }) => api<Calendar>(`${client(clientId)}/calendar`, { query: { from, to }, signal }),
    placeholderData: keepPreviousData,
  });

export const scheduledWorkoutQuery = (id: string) =>
  queryOptions({
    queryKey: workoutKeys.scheduled(id),
    queryFn: async ({ signal, client }) => {
      const detail = await api<ScheduledWorkoutDetail>(scheduled(id), { signal });
      rememberExercises(client, detail.exercises);
      return detail;
    },
  });

/** The signed-in client's today and next six days. */
export const myScheduleQuery = () =>
  queryOptions({
    queryKey: workoutKeys.mySchedule,
    queryFn: ({ signal }) => api<MySchedule>('/api/me/schedule', { signal }),
  });

export const scheduleApi = {
  add: (clientId: string, input: AddScheduledWorkoutInput) =>
    api<ScheduledWorkout>(`${client(clientId)}/calendar`, { method: 'POST', body: input }),
  update: (id: string, input: { date?: string; status?: 'scheduled' | 'skipped' }) =>
    api<ScheduledWorkout>(scheduled(id), { method: 'PATCH', body: input }),
  setWorkout: (id: string, workout: Workout) =>
    api<ScheduledWorkoutDetail>(`${scheduled(id)}/workout`, { method: 'PUT', body: { workout } }),
  clearWorkout: (id: string) => api<ScheduledWorkoutDetail>(`${scheduled(id)}/workout`, { method: 'DELETE' }),
  remove: (id: string) => api<unknown>(scheduled(id), { method: 'DELETE' }),
};

/** After any change to a scheduled workout: calendars, the day's detail and Today refetch. */
export function scheduleChanged(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: workoutKeys.all });
}
