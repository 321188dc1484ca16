import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ExerciseHistory, PersonalRecord, SessionDetail, SessionList } from '../../../shared/logging';
import type { ConversationPage, Message } from '../../../shared/messages';
import { api } from '../../lib/api';
import { onLiveEvents, pollUnlessLive } from '../../lib/live-events';
import { messageKeys, messagesApi, rememberMessage } from '../messages/queries';

/*
 * Only types come from shared/logging here: the Progress page (first download) imports this file,
 * and the schemas (with zod) stay out of that chunk.
 */

/**
 * Under 'workouts': finishing a workout or changing the calendar already invalidates that prefix,
 * so history is fresh the moment the client leaves the gym screen.
 */
export const historyKeys = {
  all: ['workouts', 'history'] as const,
  sessions: (clientId: string, limit: number) => ['workouts', 'history', 'sessions', clientId, limit] as const,
  session: (id: string) => ['workouts', 'history', 'session', id] as const,
  records: (clientId: string) => ['workouts', 'history', 'records', clientId] as const,
  exercise: (clientId: string, exerciseId: string) => ['workouts', 'history', 'exercise', clientId, exerciseId] as const,
  /** Inside the conversation's key: anything that refreshes the conversation refreshes these too. */
  comments: (clientId: string, sessionId: string) => [...messageKeys.conversation(clientId), 'about', sessionId] as const,
};

/** Progress shows the first few of this page, History all of it: one request serves both. */
export const HISTORY_PAGE = 50;
/** "Show more" asks for this many (the server's most). */
export const HISTORY_MAX = 200;

const client = (id: string) => `/api/clients/${encodeURIComponent(id)}`;

/** Past workouts, newest first (the in-progress one too). */
export const clientSessionsQuery = (clientId: string, limit: number) =>
  queryOptions({
    queryKey: historyKeys.sessions(clientId, limit),
    queryFn: ({ signal }) => api<SessionList>(`${client(clientId)}/sessions`, { query: { limit }, signal }),
    select: (data) => data.items,
    enabled: clientId !== '',
  });

/** One workout: the plan it followed, the sets done, its records. */
export const workoutSessionQuery = (id: string) =>
  queryOptions({
    queryKey: historyKeys.session(id),
    queryFn: ({ signal }) => api<SessionDetail>(`/api/sessions/${encodeURIComponent(id)}`, { signal }),
  });

export const clientRecordsQuery = (clientId: string) =>
  queryOptions({
    queryKey: historyKeys.records(clientId),
    queryFn: ({ signal }) => api<{ items: PersonalRecord[] }>(`${client(clientId)}/records`, { signal }),
    select: (data) => data.items,
    enabled: clientId !== '',
  });

export const exerciseHistoryQuery = (clientId: string, exerciseId: string) =>
  queryOptions({
    queryKey: historyKeys.exercise(clientId, exerciseId),
    queryFn: ({ signal }) => api<ExerciseHistory>(`${client(clientId)}/exercises/${encodeURIComponent(exerciseId)}/history`, { signal }),
    enabled: clientId !== '',
  });

const PAGE = 100;
/** Enough for months of chat; a comment older than that is still in Messages. */
const MAX_PAGES = 10;
const COMMENTS_POLL_MS = 15_000;

/**
 * Messages about one workout. They live in the conversation, so it is read backwards until
 * the workout's start: nothing written before the workout can be about it.
 */
export const workoutCommentsQuery = (clientId: string, session: { id: string; startedAt: string } | undefined) =>
  queryOptions({
    queryKey: historyKeys.comments(clientId, session?.id ?? ''),
    queryFn: async ({ signal }) => {
      const about: Message[] = [];
      let before: string | undefined;
      const since = Date.parse(session?.startedAt ?? '');
      for (let page = 0; page < MAX_PAGES; page++) {
        const answer = await api<ConversationPage>(`${client(clientId)}/messages`, { query: { before, limit: PAGE }, signal });
        about.unshift(...answer.items.filter((message) => isAbout(message, session?.id ?? '')));
        const oldest = answer.items[0];
        if (!answer.hasMore || !oldest || Date.parse(oldest.createdAt) < since) break;
        before = oldest.createdAt;
      }
      return about;
    },
    enabled: clientId !== '' && session !== undefined,
    refetchInterval: pollUnlessLive(COMMENTS_POLL_MS),
  });

const isAbout = (message: Message, sessionId: string) =>
  message.subject?.type === 'workout_session' && message.subject.id === sessionId && message.deletedAt === null;

/** The trainer's comment: a message about the workout (the client is told "your coach commented"). */
export async function sendWorkoutComment(queryClient: QueryClient, input: { clientId: string; sessionId: string; body: string }) {
  const saved = await messagesApi.send(input.clientId, {
    body: input.body,
    subject: { type: 'workout_session', id: input.sessionId },
    attachmentId: null,
  });
  rememberMessage(queryClient, saved);
  queryClient.setQueryData<Message[]>(historyKeys.comments(input.clientId, input.sessionId), (old) =>
    old && !old.some((message) => message.id === saved.id) ? [...old, saved] : old,
  );
  void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(input.clientId) });
  return saved;
}

onLiveEvents({
  // A comment arriving live (the coach's, or the client's finish note) shows on the open workout.
  message: (queryClient, message) => {
    if (message.subject?.type !== 'workout_session') return;
    void queryClient.invalidateQueries({ queryKey: historyKeys.comments(message.clientId, message.subject.id) });
  },
});
