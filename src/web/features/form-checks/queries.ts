import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { FormCheck, FormCheckCommentInput, FormCheckDetail } from '../../../shared/form-checks';
import type { Message } from '../../../shared/messages';
import { api, upload } from '../../lib/api';
import { isLive, onLiveEvents } from '../../lib/live-events';
import { sessionQuery } from '../auth/queries';
import { messageKeys, rememberMessage } from '../messages/queries';

/*
 * Only types come from shared/form-checks here: the gym screen and the history pages import this
 * file for their small video badges.
 */

export const formCheckKeys = {
  all: ['form-checks'] as const,
  lists: ['form-checks', 'list'] as const,
  /** null: the signed-in client's own. */
  list: (clientId: string | null) => ['form-checks', 'list', clientId ?? 'mine'] as const,
  detail: (id: string) => ['form-checks', 'detail', id] as const,
};

type List = { items: FormCheck[] };

const path = (id: string) => `/api/form-checks/${encodeURIComponent(id)}`;
/** Live events bring new comments; without them an open video polls. */
const DETAIL_POLL_MS = 15_000;
/** While the AI first look is being prepared (a background job), look again now and then. */
const FIRST_LOOK_POLL_MS = 5_000;

/** The client's own videos (clientId null) or, for the trainer, one client's; newest first. */
export const formChecksQuery = (clientId: string | null) =>
  queryOptions({
    queryKey: formCheckKeys.list(clientId),
    queryFn: ({ signal }) => api<List>('/api/form-checks', { query: { clientId }, signal }),
    select: (data) => data.items,
  });

export const formCheckQuery = (id: string) =>
  queryOptions({
    queryKey: formCheckKeys.detail(id),
    queryFn: ({ signal }) => api<FormCheckDetail>(path(id), { signal }),
    refetchInterval: (query) =>
      query.state.data?.ai?.status === 'pending' ? FIRST_LOOK_POLL_MS : isLive() || query.state.status === 'error' ? false : DETAIL_POLL_MS,
  });

/** The list a viewer's own badges read: the client's videos, or one client's for the trainer. */
export function useVideosOf(clientId: string | null, enabled = true) {
  const viewer = useQuery(sessionQuery());
  const role = viewer.data?.user?.role;
  return useQuery({ ...formChecksQuery(role === 'trainer' ? clientId : null), enabled: enabled && role !== undefined });
}

export type NewFormCheck = { video: File; stills: { blob: Blob; atMs: number }[]; setLogId: string; note: string };

export const formCheckApi = {
  /** One multipart request: the video, its stills (in order, with their times), the set and the note. */
  create: (input: NewFormCheck, options: { signal?: AbortSignal; onProgress?: (fraction: number) => void }) => {
    const form = new FormData();
    form.append('video', input.video, input.video.name || 'form-check.mp4');
    input.stills.forEach((still, index) => form.append('frames', still.blob, `still-${index + 1}.jpg`));
    if (input.stills.length > 0) form.append('frameTimesMs', input.stills.map((still) => Math.round(still.atMs)).join(','));
    form.append('setLogId', input.setLogId);
    if (input.note.trim()) form.append('note', input.note.trim());
    return upload<FormCheck>('/api/form-checks', form, options);
  },
  comment: (id: string, input: FormCheckCommentInput) => api<Message>(`${path(id)}/comments`, { method: 'POST', body: input }),
  setReviewed: (id: string, reviewed: boolean) => api<FormCheckDetail>(`${path(id)}/reviewed`, { method: 'PUT', body: { reviewed } }),
  firstLook: (id: string) => api<FormCheckDetail>(`${path(id)}/first-look`, { method: 'POST' }),
  remove: (id: string) => api<null>(path(id), { method: 'DELETE' }),
};

/** A sent video shows on its set at once (the list is fetched again behind it). */
export function rememberSent(queryClient: QueryClient, sent: FormCheck): void {
  queryClient.setQueryData<List>(formCheckKeys.list(null), (old) => (old ? { items: [sent, ...old.items] } : old));
  void queryClient.invalidateQueries({ queryKey: formCheckKeys.lists });
}

/** A detail answer (after marking reviewed, or a first look) replaces the cached one; lists follow. */
export function rememberDetail(queryClient: QueryClient, detail: FormCheckDetail): void {
  queryClient.setQueryData(formCheckKeys.detail(detail.id), detail);
  void queryClient.invalidateQueries({ queryKey: formCheckKeys.lists });
}

/** A comment is also a message in the client's conversation: both places show it straight away. */
export async function postComment(queryClient: QueryClient, formCheck: FormCheck, input: FormCheckCommentInput) {
  const saved = await formCheckApi.comment(formCheck.id, input);
  queryClient.setQueryData<FormCheckDetail>(formCheckKeys.detail(formCheck.id), (old) =>
    old && !old.comments.some((comment) => comment.id === saved.id)
      ? { ...old, comments: [...old.comments, saved], commentCount: old.commentCount + 1 }
      : old,
  );
  rememberMessage(queryClient, saved);
  void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(formCheck.clientId) });
  void queryClient.invalidateQueries({ queryKey: formCheckKeys.all });
  return saved;
}

onLiveEvents({
  // A comment from the other side arrives on the open video (and its count on the lists).
  message: (queryClient, message) => {
    if (message.subject?.type !== 'form_check') return;
    void queryClient.invalidateQueries({ queryKey: formCheckKeys.detail(message.subject.id) });
    void queryClient.invalidateQueries({ queryKey: formCheckKeys.lists });
  },
  // "Your coach reviewed your video" (and a new video for the trainer) comes as a notification.
  notifications: (queryClient) => void queryClient.invalidateQueries({ queryKey: formCheckKeys.all }),
  resync: (queryClient) => void queryClient.invalidateQueries({ queryKey: formCheckKeys.all }),
});

/** The client's video of one logged set, if they sent one (the gym's badge). */
export function useSetVideo(setLogId: string | null): FormCheck | undefined {
  const list = useQuery({ ...formChecksQuery(null), enabled: setLogId !== null });
  return setLogId ? list.data?.find((item) => item.setLogId === setLogId) : undefined;
}
