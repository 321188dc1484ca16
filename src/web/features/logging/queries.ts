import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { Exercise } from '../../../shared/exercises';
import type { FinishSessionInput, SaveSetInput, Session, SessionDetail, StartSessionInput } from '../../../shared/logging';
import { api } from '../../lib/api';
import { enqueue, isOutboxFailure, onSynced, pendingOps } from '../../lib/outbox';
import type { OutboxOp } from '../../lib/outbox';
import { workoutKeys } from '../workouts/queries';
import { forgetLayout } from './session-layout';

/*
 * Only types come from shared/logging here: Today imports this file, and the schemas (with zod)
 * belong to the gym screen's own chunk.
 */

export const loggingKeys = {
  all: ['logging'] as const,
  session: (id: string) => ['logging', 'session', id] as const,
  active: ['logging', 'active'] as const,
  pending: ['logging', 'pending'] as const,
  alternatives: (exerciseId: string) => ['logging', 'alternatives', exerciseId] as const,
};

export const sessionPaths = {
  session: (id: string) => `/api/me/sessions/${encodeURIComponent(id)}`,
  set: (id: string, setId: string) => `/api/me/sessions/${encodeURIComponent(id)}/sets/${encodeURIComponent(setId)}`,
  finish: (id: string) => `/api/me/sessions/${encodeURIComponent(id)}/finish`,
  detail: (id: string) => `/api/sessions/${encodeURIComponent(id)}`,
};

/** Which session an outbox op belongs to (null for ops that are not ours). */
export function opSessionId(op: Pick<OutboxOp, 'path'>): string | null {
  const match = /^\/api\/me\/sessions\/([^/]+)/.exec(op.path);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** The set id of a set op, from its path. */
export function opSetId(op: Pick<OutboxOp, 'path'>): string | null {
  const match = /\/sets\/([^/]+)$/.exec(op.path);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/*
 * The last answer for each open session is also kept on the device, so the gym screen opens at
 * once (and offline) after a reload, and a session started offline has its plan before the server
 * has ever seen it. Only a few are kept.
 */
const SNAPSHOT_PREFIX = 'onecoach:session:';
const SNAPSHOTS_KEPT = 3;

export function readSnapshot(id: string): SessionDetail | undefined {
  try {
    const text = localStorage.getItem(SNAPSHOT_PREFIX + id);
    return text ? (JSON.parse(text) as SessionDetail) : undefined;
  } catch {
    return undefined;
  }
}

function writeSnapshot(detail: SessionDetail): void {
  try {
    localStorage.setItem(SNAPSHOT_PREFIX + detail.id, JSON.stringify(detail));
    const keys = Object.keys(localStorage).filter((key) => key.startsWith(SNAPSHOT_PREFIX));
    if (keys.length > SNAPSHOTS_KEPT) {
      const byAge = keys
        .map((key) => ({ key, startedAt: readSnapshot(key.slice(SNAPSHOT_PREFIX.length))?.startedAt ?? '' }))
        .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
      for (const { key } of byAge.slice(0, keys.length - SNAPSHOTS_KEPT)) localStorage.removeItem(key);
    }
  } catch {
    // storage full or blocked (private mode): the screen still works from memory
  }
}

/** Sessions kept on this device that were not finished, newest first (Today offers to resume them offline). */
export function unfinishedSnapshots(): SessionDetail[] {
  try {
    return Object.keys(localStorage)
      .filter((key) => key.startsWith(SNAPSHOT_PREFIX))
      .map((key) => readSnapshot(key.slice(SNAPSHOT_PREFIX.length)))
      .filter((detail): detail is SessionDetail => detail?.status === 'in_progress')
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  } catch {
    return [];
  }
}

/** Puts a session in the cache and on the device before the server has it (a start, maybe offline). */
export function seedSession(queryClient: QueryClient, detail: SessionDetail): void {
  // Stale from the start: the gym screen asks the server as soon as it opens (for last time's numbers).
  queryClient.setQueryData(loggingKeys.session(detail.id), detail, { updatedAt: 0 });
  writeSnapshot(detail);
}

export function forgetSnapshot(id: string): void {
  try {
    localStorage.removeItem(SNAPSHOT_PREFIX + id);
  } catch {
    // nothing to forget
  }
}

/** One workout as the server knows it; a copy kept on the device stands in until it answers. */
export const sessionDetailQuery = (id: string) =>
  queryOptions({
    queryKey: loggingKeys.session(id),
    queryFn: async ({ signal }) => {
      const detail = await api<SessionDetail>(sessionPaths.detail(id), { signal });
      writeSnapshot(detail);
      return detail;
    },
    initialData: () => readSnapshot(id),
    // The device copy is only a stand-in: ask the server as soon as the screen opens.
    initialDataUpdatedAt: 0,
    // A 404 just after starting offline is normal: the start is still in the outbox.
    retry: false,
    // Offline, still ask: the service worker answers from its copy.
    networkMode: 'offlineFirst',
  });

/** Changes the cached session (and its device copy) in place, e.g. when a save comes back. */
export function updateSessionDetail(queryClient: QueryClient, id: string, change: (detail: SessionDetail) => SessionDetail): void {
  const current = queryClient.getQueryData<SessionDetail>(loggingKeys.session(id));
  if (!current) return;
  const next = change(current);
  queryClient.setQueryData(loggingKeys.session(id), next);
  writeSnapshot(next);
}

export const activeSessionQuery = () =>
  queryOptions({
    queryKey: loggingKeys.active,
    queryFn: ({ signal }) => api<{ session: Session | null }>('/api/me/sessions/active', { signal }),
    select: (data) => data.session,
    // Offline it fails at once (useActiveWorkout then falls back on the phone's copy) instead of waiting.
    networkMode: 'offlineFirst',
  });

/** What is still waiting in the outbox (read from IndexedDB: works offline). */
export const pendingOpsQuery = () =>
  queryOptions({
    queryKey: loggingKeys.pending,
    queryFn: () => pendingOps(),
    networkMode: 'always',
    staleTime: Infinity,
  });

export const alternativesQuery = (exerciseId: string) =>
  queryOptions({
    queryKey: loggingKeys.alternatives(exerciseId),
    queryFn: ({ signal }) => api<{ items: Exercise[] }>(`/api/exercises/${encodeURIComponent(exerciseId)}/alternatives`, { signal }),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
    networkMode: 'offlineFirst',
  });

/** Every write of the gym screen goes through the outbox: saved on the device first, sent when it can be. */
export const sessionWrites = {
  start: (id: string, input: StartSessionInput) =>
    enqueue({ id, kind: 'session', method: 'PUT', path: sessionPaths.session(id), body: input }),
  /** The op id is the set id: editing a set that has not gone out yet replaces the queued save. */
  saveSet: (id: string, setId: string, input: SaveSetInput) =>
    enqueue({ id: setId, kind: 'set', method: 'PUT', path: sessionPaths.set(id, setId), body: input }),
  deleteSet: (id: string, setId: string) => enqueue({ id: setId, kind: 'set', method: 'DELETE', path: sessionPaths.set(id, setId) }),
  finish: (id: string, input: FinishSessionInput) =>
    enqueue({ id: `finish:${id}`, kind: 'finish', method: 'POST', path: sessionPaths.finish(id), body: input }),
  /** Its own op id, after the start and any sets: the server sees them arrive, then the discard. */
  discard: (id: string) => enqueue({ id: `discard:${id}`, kind: 'session', method: 'DELETE', path: sessionPaths.session(id) }),
};

/** After a workout is finished or thrown away: Today, the calendar and the resume banner refetch. */
export function sessionEnded(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: workoutKeys.all });
  void queryClient.invalidateQueries({ queryKey: loggingKeys.active });
  void queryClient.invalidateQueries({ queryKey: loggingKeys.pending });
}

/*
 * Whatever screen is open when a finish (or a discard) reaches the server, the phone's copy of
 * that workout goes: offline, Today must not offer to resume a workout that is done.
 */
if (typeof window !== 'undefined') {
  onSynced((op, response) => {
    if (isOutboxFailure(response) || !(op.kind === 'finish' || (op.kind === 'session' && op.method === 'DELETE'))) return;
    const id = opSessionId(op);
    if (!id) return;
    forgetSnapshot(id);
    forgetLayout(id);
  });
}
