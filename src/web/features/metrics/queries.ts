import { queryOptions } from '@tanstack/react-query';
import type { Measurement, MetricChart, MetricDefinition, SaveMeasurementsInput } from '../../../shared/progress';
import { api } from '../../lib/api';

/* Only types from shared/progress: the Progress page (first download) imports this file. */

export type ChartRange = '4w' | '12w' | '6m' | '1y' | 'all';

export const metricKeys = {
  all: ['metrics'] as const,
  client: (clientId: string) => ['metrics', 'client', clientId] as const,
  list: (clientId: string, limit: number) => ['metrics', 'client', clientId, 'list', limit] as const,
  chart: (clientId: string, metric: string, range: ChartRange) => ['metrics', 'client', clientId, 'chart', metric, range] as const,
  definitions: ['metrics', 'definitions'] as const,
};

const client = (id: string) => `/api/clients/${encodeURIComponent(id)}`;

/** Measurements, newest first. */
export const measurementsQuery = (clientId: string, limit: number) =>
  queryOptions({
    queryKey: metricKeys.list(clientId, limit),
    queryFn: ({ signal }) => api<{ items: Measurement[] }>(`${client(clientId)}/measurements`, { query: { limit }, signal }),
    select: (data) => data.items,
    enabled: clientId !== '',
  });

export const metricChartQuery = (clientId: string, metric: string, range: ChartRange) =>
  queryOptions({
    queryKey: metricKeys.chart(clientId, metric, range),
    queryFn: ({ signal }) => api<MetricChart>(`${client(clientId)}/charts/metric`, { query: { metric, range }, signal }),
    enabled: clientId !== '',
  });

/** The trainer's custom metrics (the client sees the ones in use). */
export const metricDefinitionsQuery = () =>
  queryOptions({
    queryKey: metricKeys.definitions,
    queryFn: ({ signal }) => api<{ items: MetricDefinition[] }>('/api/metrics', { signal }),
    select: (data) => data.items.filter((item) => !item.archived),
    staleTime: 5 * 60_000,
  });

export const measurementsApi = {
  save: (clientId: string, input: SaveMeasurementsInput) =>
    api<{ items: Measurement[] }>(`${client(clientId)}/measurements`, { method: 'POST', body: input }),
  update: (id: string, input: { value: number; unit: string; date: string }) =>
    api<Measurement>(`/api/measurements/${encodeURIComponent(id)}`, { method: 'PUT', body: input }),
  remove: (id: string) => api<{ ok: true }>(`/api/measurements/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};
