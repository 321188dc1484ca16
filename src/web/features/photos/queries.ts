import { queryOptions } from '@tanstack/react-query';
import type { PhotoPose, ProgressPhoto } from '../../../shared/goals';
import { api, upload } from '../../lib/api';

/* Only types from shared/goals: the Progress page (first download) imports this file, zod stays out. */

export const photoKeys = {
  client: (clientId: string) => ['photos', clientId] as const,
};

const client = (id: string) => `/api/clients/${encodeURIComponent(id)}`;

/**
 * Every progress photo of the client, newest first (all poses: the timeline and compare share
 * one request). Their URLs are the authorised /api/uploads ones: used as they are, never public.
 */
export const photosQuery = (clientId: string) =>
  queryOptions({
    queryKey: photoKeys.client(clientId),
    queryFn: ({ signal }) => api<{ items: ProgressPhoto[] }>(`${client(clientId)}/photos`, { signal }),
    select: (data) => data.items,
    enabled: clientId !== '',
  });

export type PhotoUploadInput = { file: File; pose: PhotoPose; date: string; note: string };

export const photosApi = {
  upload: (clientId: string, input: PhotoUploadInput, options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {}) => {
    const form = new FormData();
    form.append('file', input.file);
    form.append('pose', input.pose);
    form.append('date', input.date);
    if (input.note.trim()) form.append('note', input.note.trim());
    return upload<ProgressPhoto>(`${client(clientId)}/photos`, form, options);
  },
  remove: (id: string) => api<{ ok: true }>(`/api/photos/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};
