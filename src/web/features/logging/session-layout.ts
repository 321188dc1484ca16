import { useSyncExternalStore } from 'react';
import type { Exercise } from '../../../shared/exercises';
import type { PersonalRecord } from '../../../shared/logging';

/*
 * What the client changes about a workout in the gym that is not a set: swaps, exercises added or
 * skipped, sets added or removed, the workout's notes, the rest timer, the records celebrated.
 * The server only ever sees sets (and the notes at the finish), so this lives on the device,
 * per session, and survives a reload. Where sets exist they win (see gym-model.ts).
 */
export type RestTimer = { endsAt: number; seconds: number; label: string };

export type SessionLayout = {
  /** Slot key → the exercise done instead of the prescribed one. */
  swaps: Record<string, string>;
  /** Exercises added in the gym, at positions after the plan's. */
  added: Array<{ position: number; exerciseId: string }>;
  skipped: string[];
  /** Slot key → sets added (positive) or removed (negative) compared with the plan. */
  setDelta: Record<string, number>;
  /** Library entries picked in the gym, so their names show offline. */
  exercises: Exercise[];
  /** Records the server reported for this session's sets, by set id. */
  records: Record<string, PersonalRecord[]>;
  notes: string;
  rest: RestTimer | null;
  /** A workout logged afterwards: how long it took (the finish time is start + this). */
  pastMinutes: number | null;
};

const EMPTY: SessionLayout = {
  swaps: {},
  added: [],
  skipped: [],
  setDelta: {},
  exercises: [],
  records: {},
  notes: '',
  rest: null,
  pastMinutes: null,
};

const PREFIX = 'onecoach:gym:';
const cache = new Map<string, SessionLayout>();
const listeners = new Set<() => void>();

export function readLayout(sessionId: string): SessionLayout {
  const cached = cache.get(sessionId);
  if (cached) return cached;
  let layout = EMPTY;
  try {
    const text = localStorage.getItem(PREFIX + sessionId);
    if (text) layout = { ...EMPTY, ...(JSON.parse(text) as Partial<SessionLayout>) };
  } catch {
    // unreadable: start clean
  }
  cache.set(sessionId, layout);
  return layout;
}

export function updateLayout(sessionId: string, change: (layout: SessionLayout) => Partial<SessionLayout>): void {
  const current = readLayout(sessionId);
  const next = { ...current, ...change(current) };
  cache.set(sessionId, next);
  try {
    localStorage.setItem(PREFIX + sessionId, JSON.stringify(next));
  } catch {
    // storage full or blocked: kept in memory for this visit
  }
  for (const listener of listeners) listener();
}

export function forgetLayout(sessionId: string): void {
  cache.delete(sessionId);
  try {
    localStorage.removeItem(PREFIX + sessionId);
  } catch {
    // nothing stored
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionLayout(sessionId: string): SessionLayout {
  return useSyncExternalStore(
    subscribe,
    () => readLayout(sessionId),
    () => EMPTY,
  );
}
