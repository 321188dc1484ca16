import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Automation, AutomationKind, UpdateAutomationInput } from '../../../shared/notifications';
import { api } from '../../lib/api';

export type AutomationPreview = { text: string; unknownVariables: string[] };
type PreviewInput = { template: string; params: Record<string, number> };

export const automationKeys = {
  all: ['automations'] as const,
  list: ['automations', 'list'] as const,
  preview: (kind: AutomationKind, input: PreviewInput) => ['automations', 'preview', kind, input] as const,
};

const base = (kind: AutomationKind) => `/api/automations/${encodeURIComponent(kind)}`;

export const automationsQuery = () =>
  queryOptions({
    queryKey: automationKeys.list,
    queryFn: ({ signal }) => api<{ items: Automation[] }>('/api/automations', { signal }),
    select: (data) => data.items,
  });

/** The text as a client reads it, with sample values (a made-up client called Alex). */
export const automationPreviewQuery = (kind: AutomationKind, input: PreviewInput) =>
  queryOptions({
    queryKey: automationKeys.preview(kind, input),
    queryFn: ({ signal }) =>
      api<AutomationPreview>(`${base(kind)}/preview`, { method: 'POST', body: { ...input, clientId: null }, signal }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });

export const automationsApi = {
  update: (kind: AutomationKind, input: UpdateAutomationInput) => api<Automation>(base(kind), { method: 'PUT', body: input }),
};
