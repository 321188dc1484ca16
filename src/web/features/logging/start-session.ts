import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { Session, SessionDetail, StartSessionInput } from '../../../shared/logging';
import type { ScheduledWorkoutDetail } from '../../../shared/programs';
import { onSynced, useOutbox } from '../../lib/outbox';
import { rememberExercises } from '../exercises/queries';
import {
  activeSessionQuery,
  loggingKeys,
  opSessionId,
  pendingOpsQuery,
  seedSession,
  sessionEnded,
  sessionWrites,
  unfinishedSnapshots,
} from './queries';

type StartInput = {
  /** The calendar entry and its workout (null for an empty workout or one logged afterwards). */
  scheduled: ScheduledWorkoutDetail | null;
  name: string | null;
  startedAt: string;
  clientId: string;
};

/**
 * Starts a workout under an id made here. The gym screen gets the plan at once from what Today
 * already loaded, so it opens (and logs) even when the start cannot reach the server yet.
 */
export async function startWorkout(queryClient: QueryClient, { scheduled, name, startedAt, clientId }: StartInput): Promise<string> {
  const id = crypto.randomUUID();
  const input: StartSessionInput = { scheduledWorkoutId: scheduled?.id ?? null, name, startedAt };
  const provisional: SessionDetail = {
    id,
    clientId,
    scheduledWorkoutId: scheduled?.id ?? null,
    name: name ?? scheduled?.workout.name ?? 'Workout',
    status: 'in_progress',
    plan: scheduled?.workout ?? null,
    startedAt,
    finishedAt: null,
    rating: null,
    comment: '',
    notes: '',
    sets: [],
    summary: null,
    exercises: scheduled?.exercises ?? [],
    lastTime: {},
  };
  if (scheduled) rememberExercises(queryClient, scheduled.exercises);
  seedSession(queryClient, provisional);
  await sessionWrites.start(id, input);
  void queryClient.invalidateQueries({ queryKey: loggingKeys.pending });
  // Back on Today, "Resume" asks the server again.
  void queryClient.invalidateQueries({ queryKey: loggingKeys.active });
  return id;
}

export type ActiveWorkout = Pick<Session, 'id' | 'name' | 'scheduledWorkoutId' | 'startedAt'> & { local: boolean };

/**
 * The workout to resume: the server's unfinished one, or one started on this phone that has not
 * reached the server yet; never one whose finish or discard is waiting in the outbox.
 */
export function useActiveWorkout(): { active: ActiveWorkout | null; finishing: Set<string> } {
  const queryClient = useQueryClient();
  const server = useQuery(activeSessionQuery());
  const pending = useQuery(pendingOpsQuery());
  const { pending: waiting, online } = useOutbox();

  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: loggingKeys.pending });
  }, [queryClient, waiting]);
  // A finish that syncs while Today is open: the calendar shows it done.
  useEffect(
    () =>
      onSynced((op) => {
        if (op.kind === 'finish' || op.kind === 'session') sessionEnded(queryClient);
      }),
    [queryClient],
  );

  return useMemo(() => {
    const ops = pending.data ?? [];
    const ended = new Set(
      ops.filter((op) => op.kind === 'finish' || (op.kind === 'session' && op.method === 'DELETE')).map((op) => opSessionId(op) ?? ''),
    );
    // Scheduled workouts whose finish is still on its way.
    const finishing = new Set<string>();
    for (const op of ops) {
      if (op.kind !== 'session' || op.method !== 'PUT') continue;
      const body = op.body as StartSessionInput;
      const id = opSessionId(op);
      if (id && ended.has(id) && body.scheduledWorkoutId) finishing.add(body.scheduledWorkoutId);
    }
    // Offline, the server's last answer may predate a start: the copy kept on this phone knows.
    const kept = unfinishedSnapshots();
    for (const detail of kept) if (ended.has(detail.id) && detail.scheduledWorkoutId) finishing.add(detail.scheduledWorkoutId);
    const session = server.isSuccess && (online || server.data) ? server.data : (kept.find((detail) => !ended.has(detail.id)) ?? null);
    if (session && ended.has(session.id) && session.scheduledWorkoutId) finishing.add(session.scheduledWorkoutId);
    if (session && !ended.has(session.id)) {
      const { id, name, scheduledWorkoutId, startedAt } = session;
      return { active: { id, name, scheduledWorkoutId, startedAt, local: false }, finishing };
    }
    const local = ops
      .filter((op) => op.kind === 'session' && op.method === 'PUT' && !ended.has(opSessionId(op) ?? ''))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (!local) return { active: null, finishing };
    const body = local.body as StartSessionInput;
    return {
      active: {
        id: opSessionId(local) ?? '',
        name: body.name ?? 'Workout',
        scheduledWorkoutId: body.scheduledWorkoutId ?? null,
        startedAt: body.startedAt,
        local: true,
      },
      finishing,
    };
  }, [pending.data, server.data, server.isSuccess, online]);
}
