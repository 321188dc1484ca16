import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { toast } from 'sonner';
import type { Exercise } from '../../../shared/exercises';
import type { FinishSessionInput, LoggedSet, SavedSet, SaveSetInput, Session } from '../../../shared/logging';
import { isOutboxFailure, onSynced, useOutbox } from '../../lib/outbox';
import type { OutboxOp } from '../../lib/outbox';
import { exerciseName, rememberExercises } from '../exercises/queries';
import { myClientQuery } from '../clients/queries';
import { buildGymModel, nextPosition, type GymModel, type RowModel, type SlotModel } from './gym-model';
import type { SetValues } from './set-values';
import {
  loggingKeys,
  opSessionId,
  opSetId,
  pendingOpsQuery,
  sessionDetailQuery,
  sessionEnded,
  sessionPaths,
  sessionWrites,
  updateSessionDetail,
} from './queries';
import { readLayout, updateLayout, useSessionLayout, type SessionLayout } from './session-layout';
import { formatRecordShort, type Unit } from './units';

/** Puts an op in the cached outbox list at once, so the screen shows it before IndexedDB answers. */
function showPending(queryClient: QueryClient, op: Omit<OutboxOp, 'createdAt'>) {
  queryClient.setQueryData<OutboxOp[]>(loggingKeys.pending, (ops = []) => [
    ...ops.filter((other) => other.id !== op.id),
    { ...op, createdAt: new Date().toISOString() },
  ]);
}

async function write(queryClient: QueryClient, op: Omit<OutboxOp, 'createdAt'>, send: () => Promise<void>) {
  showPending(queryClient, op);
  try {
    await send();
  } finally {
    void queryClient.invalidateQueries({ queryKey: loggingKeys.pending });
  }
}

/** Answers from the server, applied to the cached session as they arrive (online at once, or later after a sync). */
function useSyncedAnswers(sessionId: string, unit: Unit, names: (id: string) => string) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onSynced((op, response) => {
        if (opSessionId(op) !== sessionId) return;
        const setId = opSetId(op);
        if (isOutboxFailure(response)) {
          // Refused and dropped by the outbox: say so plainly; a set's numbers stay in its row to try again.
          const what = op.kind === 'set' ? 'A set' : op.kind === 'finish' ? 'Finishing the workout' : 'This workout';
          toast.error(`${what} wasn't saved`, { description: response.error.message });
        } else if (op.kind === 'set' && setId && op.method === 'PUT') {
          const saved = response as SavedSet;
          updateSessionDetail(queryClient, sessionId, (detail) => ({
            ...detail,
            sets: [...detail.sets.filter((set) => set.id !== setId), saved.set],
          }));
          const before = readLayout(sessionId).records[setId] ?? [];
          updateLayout(sessionId, (layout) => ({ records: { ...layout.records, [setId]: saved.records } }));
          // Celebrate each record once: a set saved again with the same record says nothing new.
          const fresh = saved.records.filter((record) => !before.some((old) => old.kind === record.kind && old.value === record.value));
          if (fresh.length > 0) {
            toast.success(`New PR on ${names(saved.set.exerciseId)}!`, {
              description: fresh.map((record) => formatRecordShort(record, unit)).join(' · '),
            });
          }
        } else if (op.kind === 'set' && setId && op.method === 'DELETE') {
          updateSessionDetail(queryClient, sessionId, (detail) => ({ ...detail, sets: detail.sets.filter((set) => set.id !== setId) }));
          updateLayout(sessionId, (layout) => {
            const records = { ...layout.records };
            delete records[setId];
            return { records };
          });
        } else if (op.kind === 'finish') {
          const session = response as Session;
          updateSessionDetail(queryClient, sessionId, (detail) => ({ ...detail, ...session }));
          sessionEnded(queryClient);
        } else if (op.kind === 'session') {
          // Started on the server: its answer brings last time's numbers.
          void queryClient.invalidateQueries({ queryKey: loggingKeys.session(sessionId) });
        }
        void queryClient.invalidateQueries({ queryKey: loggingKeys.pending });
      }),
    [queryClient, sessionId, unit, names],
  );
}

export type GymSession = ReturnType<typeof useGymSession>;

export function useGymSession(sessionId: string) {
  const queryClient = useQueryClient();
  const detail = useQuery(sessionDetailQuery(sessionId));
  const pending = useQuery(pendingOpsQuery());
  const outbox = useOutbox();
  const layout = useSessionLayout(sessionId);
  const me = useQuery(myClientQuery());
  const unit: Unit = me.data?.onboarding?.units ?? 'kg';

  // The outbox sent (or queued) something: read its list again.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: loggingKeys.pending });
  }, [queryClient, outbox.pending]);

  // Opened while the start was still on its way (the server said 404): ask again once it has arrived.
  const startWaiting = (pending.data ?? []).some((op) => op.kind === 'session' && op.method === 'PUT' && opSessionId(op) === sessionId);
  const { isError, refetch } = detail;
  useEffect(() => {
    if (pending.isSuccess && !startWaiting && isError) void refetch();
  }, [pending.isSuccess, startWaiting, isError, refetch]);

  const exercises = useMemo(() => {
    const map = new Map<string, Exercise>();
    for (const exercise of layout.exercises) map.set(exercise.id, exercise);
    for (const exercise of detail.data?.exercises ?? []) map.set(exercise.id, exercise);
    return map;
  }, [detail.data?.exercises, layout.exercises]);
  useEffect(() => rememberExercises(queryClient, [...exercises.values()]), [queryClient, exercises]);

  const names = useMemo(
    () => (id: string) => {
      const exercise = exercises.get(id);
      return exercise ? exerciseName(exercise) : 'Exercise';
    },
    [exercises],
  );
  useSyncedAnswers(sessionId, unit, names);

  const model: GymModel | null = useMemo(
    () => (detail.data ? buildGymModel({ detail: detail.data, ops: pending.data ?? [], layout, exercises }) : null),
    [detail.data, pending.data, layout, exercises],
  );

  const session = detail.data;
  const isPast = layout.pastMinutes !== null;

  const actions = {
    /** Saves a set under its own id (a new one, or the one it already has: the server stores it once). */
    saveSet: async (slot: SlotModel, row: RowModel, values: SetValues, notes: string) => {
      const setId = row.logged?.id ?? crypto.randomUUID();
      const startedAt = session ? Date.parse(session.startedAt) : Date.now();
      // A workout logged afterwards keeps its own time; one done now, the phone's.
      const loggedAt = isPast
        ? new Date(startedAt + row.setNumber * 1000 + slot.position * 60_000).toISOString()
        : new Date().toISOString();
      const input: SaveSetInput = {
        exerciseId: slot.exerciseId,
        prescriptionId: slot.prescription?.id ?? null,
        position: slot.position,
        setNumber: row.setNumber,
        weight: values.weight,
        unit,
        reps: row.measure === 'reps' ? values.reps : null,
        durationSeconds: row.measure === 'time' ? values.seconds : null,
        distanceMeters: row.measure === 'distance' ? values.meters : null,
        rpe: values.rpe,
        notes: notes.trim(),
        loggedAt: row.logged?.loggedAt ?? loggedAt,
      };
      const op = { id: setId, kind: 'set', method: 'PUT', path: sessionPaths.set(sessionId, setId), body: input } as const;
      await write(queryClient, op, () => sessionWrites.saveSet(sessionId, setId, input));
    },
    deleteSet: async (set: LoggedSet) => {
      const op = { id: set.id, kind: 'set', method: 'DELETE', path: sessionPaths.set(sessionId, set.id) } as const;
      await write(queryClient, op, () => sessionWrites.deleteSet(sessionId, set.id));
    },
    finish: async (input: FinishSessionInput) => {
      const op = { id: `finish:${sessionId}`, kind: 'finish', method: 'POST', path: sessionPaths.finish(sessionId), body: input } as const;
      await write(queryClient, op, () => sessionWrites.finish(sessionId, input));
    },
    discard: async () => {
      const op = { id: `discard:${sessionId}`, kind: 'session', method: 'DELETE', path: sessionPaths.session(sessionId) } as const;
      await write(queryClient, op, () => sessionWrites.discard(sessionId));
      sessionEnded(queryClient);
    },
    layout: (change: (layout: SessionLayout) => Partial<SessionLayout>) => updateLayout(sessionId, change),
    addExercise: (exercise: Exercise) => {
      if (!model) return;
      const position = nextPosition(model);
      rememberExercises(queryClient, [exercise]);
      updateLayout(sessionId, (current) => ({
        added: [...current.added, { position, exerciseId: exercise.id }],
        exercises: [...current.exercises.filter((known) => known.id !== exercise.id), exercise],
      }));
    },
    swap: (slot: SlotModel, exercise: Exercise) => {
      rememberExercises(queryClient, [exercise]);
      updateLayout(sessionId, (current) => ({
        swaps: { ...current.swaps, [slot.key]: exercise.id },
        exercises: [...current.exercises.filter((known) => known.id !== exercise.id), exercise],
      }));
    },
  };

  return { sessionId, detail, session, model, layout, unit, outbox, names, exercises, isPast, actions };
}
