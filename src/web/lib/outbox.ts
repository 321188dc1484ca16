import { openDB, type IDBPDatabase } from 'idb';
import { useSyncExternalStore } from 'react';

/*
 * The outbox: API writes made in the gym wait here (IndexedDB, so they survive a reload, a closed
 * tab or a flat battery) until the server has them. Ops go out oldest first, one at a time, so a
 * session is created before its sets. Replaying an op is safe because ids are made on the device
 * and the server stores a PUT to the same id once: docs/decisions/008-offline-outbox.md.
 *
 * Test hook: when localStorage 'onecoach:test-hooks' is '1' (only browser tests set it),
 * window.__onecoachOutbox = { enqueue, pendingOps, flush, onSynced }. The tests drive the production build,
 * so the hook cannot hang on the build mode; it gives a page nothing fetch() does not already.
 */

export type OutboxOp = {
  id: string;
  method: 'PUT' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
  createdAt: string;
  /** What the op is about ('set', 'session', …): lets a screen count its own waiting writes. */
  kind: string;
};

/** useOutbox's answer: the four documented fields, plus what the banner needs to word itself. */
export type OutboxStatus = {
  online: boolean;
  pending: number;
  syncing: boolean;
  /** The server's message for the last op it refused (that op was dropped). */
  lastError: string | null;
  pendingByKind: Record<string, number>;
  /** True for a few seconds after the queue emptied by sending: "All changes saved". */
  justSaved: boolean;
};

/** For a dropped op, onSynced listeners get this envelope (the server's, or one made up like it). */
export type OutboxFailure = { error: { code: string; message: string } };
export const isOutboxFailure = (response: unknown): response is OutboxFailure =>
  typeof response === 'object' && response !== null && 'error' in response;

type StoredOp = OutboxOp & { seq: number; attempts: number };
type OutboxDb = { ops: { key: string; value: StoredOp; indexes: { 'by-seq': number } } };

const DB_NAME = 'onecoach-outbox';
const RETRY_EVERY_MS = 15_000;
/** A request that hangs this long on a bad gym connection counts as a network failure. */
const SEND_TIMEOUT_MS = 20_000;
/** A 500 may be a passing fault or a request the server will never take: give up after this many. */
const MAX_SERVER_ERRORS = 3;
const SAVED_NOTICE_MS = 3_000;
/** Answers that mean "not now": keep the op and try later (timeouts, rate limit, gateways, sign in again). */
const TRY_LATER = new Set([401, 408, 429, 502, 503, 504]);

let database: Promise<IDBPDatabase<OutboxDb>> | undefined;
function db(): Promise<IDBPDatabase<OutboxDb>> {
  database ??= openDB<OutboxDb>(DB_NAME, 1, {
    upgrade(upgrade) {
      upgrade.createObjectStore('ops', { keyPath: 'id' }).createIndex('by-seq', 'seq');
    },
    terminated: () => {
      database = undefined;
    },
  });
  return database;
}

// ---- state for React (useSyncExternalStore) ----

let status: OutboxStatus = {
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  pending: 0,
  syncing: false,
  lastError: null,
  pendingByKind: {},
  justSaved: false,
};
const watchers = new Set<() => void>();
function update(patch: Partial<OutboxStatus>) {
  status = { ...status, ...patch };
  for (const watcher of watchers) watcher();
}

type SyncedListener = (op: OutboxOp, response: unknown) => void;
const syncedListeners = new Set<SyncedListener>();

let retryTimer: number | undefined;
let savedTimer: number | undefined;
let channel: BroadcastChannel | undefined;

/** Re-reads what is waiting (this tab or another changed it) and keeps the retry timer in step. */
async function refresh(): Promise<void> {
  const ops = await (await db()).getAll('ops');
  const pendingByKind: Record<string, number> = {};
  for (const op of ops) pendingByKind[op.kind] = (pendingByKind[op.kind] ?? 0) + 1;
  update({ pending: ops.length, pendingByKind });
  if (ops.length > 0 && retryTimer === undefined) retryTimer = window.setInterval(() => void flush(), RETRY_EVERY_MS);
  if (ops.length === 0 && retryTimer !== undefined) {
    window.clearInterval(retryTimer);
    retryTimer = undefined;
  }
}

function changed() {
  channel?.postMessage('changed');
  return refresh();
}

let started = false;
function start() {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => {
    update({ online: true });
    void flush();
  });
  window.addEventListener('offline', () => update({ online: false }));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void flush();
  });
  // Other tabs of the app share the queue: keep every tab's count right.
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(DB_NAME);
    channel.onmessage = () => void refresh();
  }
  void refresh().then(flush);
}

// ---- the queue ----

const toOp = ({ seq: _seq, attempts: _attempts, ...op }: StoredOp): OutboxOp => op;

export async function enqueue(op: Omit<OutboxOp, 'createdAt'>): Promise<void> {
  start();
  const tx = (await db()).transaction('ops', 'readwrite');
  const last = await tx.store.index('by-seq').openCursor(null, 'prev');
  // A newer edit of the same thing replaces the waiting one and takes its place at the back.
  await tx.store.put({ ...op, createdAt: new Date().toISOString(), seq: (last?.value.seq ?? 0) + 1, attempts: 0 });
  await tx.done;
  await changed();
  void flush();
}

export async function pendingOps(kind?: string): Promise<OutboxOp[]> {
  const ops = await (await db()).getAllFromIndex('ops', 'by-seq');
  return ops.filter((op) => kind === undefined || op.kind === kind).map(toOp);
}

export function onSynced(listener: SyncedListener): () => void {
  syncedListeners.add(listener);
  return () => syncedListeners.delete(listener);
}

let running: Promise<void> | undefined;
let again = false;

/** Sends what is waiting, in order, one at a time; stops at the first network failure. */
export function flush(): Promise<void> {
  start();
  if (running) {
    // Something was queued while sending: go round once more rather than leave it to the timer.
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await withTabLock(sendWaiting);
    } while (again);
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** One tab sends at a time (the others wait their turn), so an op is not sent twice at once. */
function withTabLock(work: () => Promise<void>): Promise<void> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) return navigator.locks.request(`${DB_NAME}-flush`, work);
  return work();
}

type Outcome = { kind: 'sent'; data: unknown } | { kind: 'later' } | { kind: 'refused'; failure: OutboxFailure } | { kind: 'server-error' };

async function sendWaiting(): Promise<void> {
  let sent = 0;
  try {
    for (;;) {
      if (!navigator.onLine) return;
      const next = (await (await db()).getAllFromIndex('ops', 'by-seq', null, 1))[0];
      if (!next) break;
      update({ syncing: true });
      const outcome = await send(next);
      if (outcome.kind === 'later') return;
      if (outcome.kind === 'server-error') {
        if (next.attempts + 1 < MAX_SERVER_ERRORS) {
          await settle(next, { ...next, attempts: next.attempts + 1 });
          return;
        }
        await settle(next, null);
        refused(next, { error: { code: 'INTERNAL', message: SERVER_FAULT } });
        continue;
      }
      await settle(next, null);
      if (outcome.kind === 'refused') refused(next, outcome.failure);
      else {
        sent += 1;
        notify(next, outcome.data);
      }
    }
    if (sent > 0) savedNotice();
  } finally {
    update({ syncing: false });
    await changed();
  }
}

const SERVER_FAULT = 'Something went wrong on our side while saving a change. It could not be saved.';
const REFUSED = 'The server refused a change, so it was not saved.';

async function send(op: StoredOp): Promise<Outcome> {
  let response: Response;
  let text: string;
  try {
    // The same conventions as lib/api.ts: same origin, the session cookie, JSON both ways.
    response = await fetch(op.path, {
      method: op.method,
      credentials: 'same-origin',
      headers: op.body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: op.body === undefined ? undefined : JSON.stringify(op.body),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    text = await response.text();
  } catch {
    return { kind: 'later' };
  }
  const data = parseJson(text);
  if (response.ok) return { kind: 'sent', data };
  if (TRY_LATER.has(response.status)) return { kind: 'later' };
  if (response.status >= 500) return { kind: 'server-error' };
  const envelope = (data as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const message = typeof envelope?.message === 'string' ? envelope.message : REFUSED;
  const code = typeof envelope?.code === 'string' ? envelope.code : 'VALIDATION_FAILED';
  return { kind: 'refused', failure: { error: { code, message } } };
}

/** Removes (or rewrites) the op just sent, unless a newer edit replaced it meanwhile: that one still has to go. */
async function settle(sent: StoredOp, replacement: StoredOp | null): Promise<void> {
  const tx = (await db()).transaction('ops', 'readwrite');
  const current = await tx.store.get(sent.id);
  if (current?.seq === sent.seq) await (replacement ? tx.store.put(replacement) : tx.store.delete(sent.id));
  await tx.done;
}

function refused(op: StoredOp, failure: OutboxFailure) {
  update({ lastError: failure.error.message });
  notify(op, failure);
}

function notify(op: StoredOp, response: unknown) {
  for (const listener of syncedListeners) {
    try {
      listener(toOp(op), response);
    } catch (error) {
      // One screen's bug must not stop the queue.
      console.error(error);
    }
  }
}

function savedNotice() {
  update({ justSaved: true });
  window.clearTimeout(savedTimer);
  savedTimer = window.setTimeout(() => update({ justSaved: false }), SAVED_NOTICE_MS);
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Forgets the last refusal (the person has read it). */
export function dismissOutboxError(): void {
  update({ lastError: null });
}

// ---- React ----

const subscribe = (watcher: () => void) => {
  start();
  watchers.add(watcher);
  return () => watchers.delete(watcher);
};

export function useOutbox(): OutboxStatus {
  return useSyncExternalStore(subscribe, () => status);
}

function testHooksOn(): boolean {
  try {
    return window.localStorage.getItem('onecoach:test-hooks') === '1';
  } catch {
    return false; // storage switched off: no hooks
  }
}

if (typeof window !== 'undefined' && testHooksOn()) Object.assign(window, { __onecoachOutbox: { enqueue, pendingOps, flush, onSynced } });
