import { queryOptions } from '@tanstack/react-query';
import type { ActivityChart, AdherenceChart, ExerciseChart, WeeklyVolumeChart } from '../../../shared/training-charts';
import { api } from '../../lib/api';
import type { ChartRange } from '../metrics/queries';

/*
 * Only types from shared/training-charts, like metrics/queries.ts: the Progress page (first
 * download) imports this file, and zod stays out of it.
 *
 * Under 'workouts': finishing a workout or changing the calendar already invalidates that prefix,
 * so the charts are fresh when the client leaves the gym screen.
 */
export const trainingChartKeys = {
  all: ['workouts', 'charts'] as const,
  client: (clientId: string) => ['workouts', 'charts', clientId] as const,
  exercise: (clientId: string, exerciseId: string, range: ChartRange) =>
    ['workouts', 'charts', clientId, 'exercise', exerciseId, range] as const,
  volume: (clientId: string, range: ChartRange) => ['workouts', 'charts', clientId, 'volume', range] as const,
  adherence: (clientId: string, range: ChartRange) => ['workouts', 'charts', clientId, 'adherence', range] as const,
  activity: (clientId: string, range: ChartRange) => ['workouts', 'charts', clientId, 'activity', range] as const,
};

const charts = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/charts`;

/** One point per workout with the exercise: best e1RM, top set, volume, and which were records. */
export const exerciseChartQuery = (clientId: string, exerciseId: string, range: ChartRange) =>
  queryOptions({
    queryKey: trainingChartKeys.exercise(clientId, exerciseId, range),
    queryFn: ({ signal }) => api<ExerciseChart>(`${charts(clientId)}/exercise`, { query: { exerciseId, range }, signal }),
    enabled: clientId !== '' && exerciseId !== '',
  });

/** Hard sets and tonnage per week and muscle (weeks without training are zero). */
export const weeklyVolumeQuery = (clientId: string, range: ChartRange) =>
  queryOptions({
    queryKey: trainingChartKeys.volume(clientId, range),
    queryFn: ({ signal }) => api<WeeklyVolumeChart>(`${charts(clientId)}/volume`, { query: { range }, signal }),
    enabled: clientId !== '',
  });

/** Scheduled workouts per week: completed, skipped, missed, and extra ones. */
export const adherenceQuery = (clientId: string, range: ChartRange) =>
  queryOptions({
    queryKey: trainingChartKeys.adherence(clientId, range),
    queryFn: ({ signal }) => api<AdherenceChart>(`${charts(clientId)}/adherence`, { query: { range }, signal }),
    enabled: clientId !== '',
  });

/** Finished workouts per day, for the heat-map. */
export const activityQuery = (clientId: string, range: ChartRange) =>
  queryOptions({
    queryKey: trainingChartKeys.activity(clientId, range),
    queryFn: ({ signal }) => api<ActivityChart>(`${charts(clientId)}/activity`, { query: { range }, signal }),
    enabled: clientId !== '',
  });
