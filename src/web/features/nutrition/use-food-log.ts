import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { toast } from 'sonner';
import type { CopyEntriesInput, DayLog, Entry, LogFoodInput, UpdateEntryInput } from '../../../shared/nutrition';
import { errorMessage, isApiError } from '../../lib/api';
import { enqueue, isOutboxFailure, onSynced, pendingOps, useOutbox } from '../../lib/outbox';
import type { OutboxOp } from '../../lib/outbox';
import {
  emptyDay,
  entriesPath,
  FOOD_KIND,
  mergePending,
  NUTRITION_KINDS,
  STEPS_KIND,
  stepsOpId,
  stepsPath,
  WATER_KIND,
  waterOpId,
  waterPath,
  withEntry,
  withoutEntry,
} from './client-day-model';
import type { DayEntry, FoodPreview } from './client-day-model';
import { habitKeys } from '../checkins/queries';
import { forgetPreview, readPreviews, savePreview, storedRecents } from './client-food-memory';
import { foodDayQuery, foodLogChanged, foodSearchQuery, nutritionApi, nutritionKeys } from './queries';

/*
 * The client's food log, written the way workouts are: the id is made on the phone, the write goes
 * into the outbox (sent now, or when the phone is back online), and the day shows it at once.
 * Adding food, water and steps work offline; changing or deleting an entry needs a connection.
 */

const PENDING_KEY = ['nutrition', 'pending'] as const;
const SAVED_OFFLINE = 'Saved on this phone — will sync';

const pendingQuery = () =>
  queryOptions({
    queryKey: PENDING_KEY,
    queryFn: async () => (await pendingOps()).filter((op) => NUTRITION_KINDS.includes(op.kind)),
    networkMode: 'always',
    staleTime: Infinity,
  });

/** Puts an op in the cached outbox list at once, so the day shows it before IndexedDB answers. */
async function write(queryClient: QueryClient, op: Omit<OutboxOp, 'createdAt'>) {
  queryClient.setQueryData<OutboxOp[]>(PENDING_KEY, (ops = []) => [
    ...ops.filter((other) => other.id !== op.id),
    { ...op, createdAt: new Date().toISOString() },
  ]);
  try {
    await enqueue(op);
    if (!navigator.onLine) toast(SAVED_OFFLINE, { id: 'food-log-offline' });
  } catch {
    // The browser refused storage (private mode, disk full): nothing was kept, so say so.
    toast.error('That wasn’t saved', { description: 'This browser wouldn’t store it. Try again, or check your storage settings.' });
  } finally {
    void queryClient.invalidateQueries({ queryKey: PENDING_KEY });
  }
}

/** Reads the recents again and keeps them on the phone, so the add-food sheet opens on them offline too. */
export function refreshRecents(queryClient: QueryClient) {
  queryClient
    .fetchQuery({ ...foodSearchQuery(''), staleTime: 0 })
    .then(storedRecents.write)
    .catch(() => undefined); // offline: the stored list stays as it was
}

const setDay = (queryClient: QueryClient, clientId: string, date: string, change: (day: DayLog) => DayLog) =>
  queryClient.setQueryData<DayLog>(nutritionKeys.day(clientId, date), (day) => (day ? change(day) : day));

/**
 * Answers from the server, applied to the cached day as they arrive (at once, or after a sync), so
 * an entry does not blink out between leaving the outbox and the day being read again.
 * Mount once per screen (the Today card, the nutrition page).
 */
export function useFoodLogSync(clientId: string) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onSynced((op, response) => {
        if (!NUTRITION_KINDS.includes(op.kind)) return;
        void queryClient.invalidateQueries({ queryKey: PENDING_KEY });
        if (op.kind === FOOD_KIND) forgetPreview(op.id);
        if (isOutboxFailure(response)) {
          const what = op.kind === WATER_KIND ? 'Water' : op.kind === STEPS_KIND ? 'Steps' : 'A food';
          toast.error(`${what} wasn't saved`, { description: response.error.message });
          return;
        }
        if (op.kind === FOOD_KIND) {
          const entry = response as Entry;
          setDay(queryClient, clientId, entry.date, (day) => withEntry(day, entry));
          refreshRecents(queryClient);
        } else {
          const saved = response as { date: string; value: number };
          setDay(queryClient, clientId, saved.date, (day) =>
            op.kind === WATER_KIND
              ? { ...day, water: { ...day.water, ml: saved.value } }
              : { ...day, steps: { ...day.steps, count: saved.value } },
          );
          // Water and steps are habit trackers too: the habits card shows the same number.
          void queryClient.invalidateQueries({ queryKey: habitKeys.all });
        }
        foodLogChanged(queryClient, clientId);
      }),
    [queryClient, clientId],
  );
}

const OFFLINE_EDIT = 'You’re offline. Changing an entry needs a connection — adding food still works and syncs later.';

function failed(what: string, error: unknown) {
  const offline = !navigator.onLine || (isApiError(error) && error.code === 'NETWORK_ERROR');
  toast.error(what, { description: offline ? OFFLINE_EDIT : errorMessage(error) });
}

export type FoodLog = ReturnType<typeof useFoodLog>;

/** One day of one client's log, with this phone's waiting writes on top, and the ways to change it. */
export function useFoodLog(clientId: string, date: string) {
  const queryClient = useQueryClient();
  const day = useQuery(foodDayQuery(clientId, date));
  const pending = useQuery(pendingQuery());
  const outbox = useOutbox();

  // The outbox sent (or queued) something: read its list again.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: PENDING_KEY });
  }, [queryClient, outbox.pending]);

  // Offline and never loaded: an empty day still takes food, which waits in the outbox.
  // (Offline, a failed read waits paused for the network rather than failing.)
  const offlineEmpty =
    Boolean(clientId) &&
    !day.data &&
    (!outbox.online || day.fetchStatus === 'paused' || (day.isError && isApiError(day.error) && day.error.code === 'NETWORK_ERROR'));
  const view = useMemo(() => {
    const base = day.data ?? (offlineEmpty ? emptyDay(clientId, date) : undefined);
    return base ? mergePending(base, { clientId, date, ops: pending.data ?? [], previews: readPreviews() }) : undefined;
  }, [day.data, offlineEmpty, clientId, date, pending.data]);

  const actions = {
    /** Logs a food or a quick-add (offline too); the preview draws it until the server answers. */
    log: async (input: LogFoodInput, preview?: FoodPreview) => {
      if (preview) savePreview(input.clientEntryId, preview);
      await write(queryClient, { id: input.clientEntryId, kind: FOOD_KIND, method: 'POST', path: entriesPath(clientId), body: input });
    },
    /** The day's water total (a PUT of the total: sending it twice is harmless). */
    setWater: async (ml: number) => {
      const op = { id: waterOpId(clientId, date), kind: WATER_KIND, method: 'PUT', path: waterPath(clientId, date), body: { ml } } as const;
      await write(queryClient, op);
    },
    setSteps: async (steps: number) => {
      const op = {
        id: stepsOpId(clientId, date),
        kind: STEPS_KIND,
        method: 'PUT',
        path: stepsPath(clientId, date),
        body: { steps },
      } as const;
      await write(queryClient, op);
    },
    /** Online only: gone at once, back with a toast if the server refuses. */
    remove: async (entry: DayEntry) => {
      const key = nutritionKeys.day(clientId, date);
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<DayLog>(key);
      setDay(queryClient, clientId, date, (current) => withoutEntry(current, entry.id));
      try {
        await nutritionApi.deleteEntry(entry.id);
        foodLogChanged(queryClient, clientId);
        return true;
      } catch (error) {
        if (before) queryClient.setQueryData(key, before);
        failed(`${entry.name} wasn't deleted`, error);
        return false;
      }
    },
    /** Online only: a new amount or meal; the day is read again for the server's figures. */
    update: async (entry: DayEntry, input: UpdateEntryInput) => {
      try {
        await nutritionApi.updateEntry(entry.id, input);
        foodLogChanged(queryClient, clientId);
        return true;
      } catch (error) {
        failed(`${entry.name} wasn't changed`, error);
        return false;
      }
    },
    /** Online only: a meal or the whole day from another day into this one. */
    copy: async (input: Omit<CopyEntriesInput, 'toDate'>) => {
      try {
        const copied = await nutritionApi.copy(clientId, { ...input, toDate: date });
        queryClient.setQueryData(nutritionKeys.day(clientId, date), copied);
        foodLogChanged(queryClient, clientId);
        return true;
      } catch (error) {
        failed(input.meal ? `${input.meal} wasn't copied` : "Yesterday wasn't copied", error);
        return false;
      }
    },
  };

  /** isOfflineBlank: the day never loaded and the phone is offline; `view` is an empty day that still takes food. */
  return { day, view, isOfflineBlank: offlineEmpty, outbox, actions };
}
