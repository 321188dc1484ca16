import type { DraftAnswers, DraftValue } from './client-answers';

/*
 * A half-filled check-in kept on the device (localStorage: small, synchronous, so the page opens
 * with the answers already in place). One draft per client, schedule and due day; it goes once
 * the check-in is sent or discarded, and any left behind go after a few weeks.
 */

export type CheckinDraft = { answers: DraftAnswers; savedAt: string };
export type DraftTarget = { clientId: string; scheduleId: string; dueDate: string };

const PREFIX = 'onecoach:checkin-draft:';
/** A check-in can be sent up to two weeks after it was due; its draft is kept a little longer. */
const KEEP_DAYS = 21;

/** Storage as far as drafts need it (localStorage in the browser, a Map in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const draftKey = ({ clientId, scheduleId, dueDate }: DraftTarget): string => `${PREFIX}${clientId}:${scheduleId}:${dueDate}`;

function browserStorage(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage switched off (some private modes): the page works, without a draft.
    return null;
  }
}

const isDraftValue = (value: unknown): value is DraftValue =>
  value === null ||
  typeof value === 'number' ||
  typeof value === 'boolean' ||
  typeof value === 'string' ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string')) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string'));

/** Reads a stored draft; anything unreadable counts as no draft. */
export function parseDraft(text: string | null): CheckinDraft | null {
  if (!text) return null;
  try {
    const data = JSON.parse(text) as { answers?: unknown; savedAt?: unknown };
    if (typeof data.savedAt !== 'string' || typeof data.answers !== 'object' || data.answers === null || Array.isArray(data.answers))
      return null;
    const answers: DraftAnswers = Object.fromEntries(Object.entries(data.answers).filter(([, value]) => isDraftValue(value)));
    return { answers, savedAt: data.savedAt };
  } catch {
    return null;
  }
}

export function loadDraft(target: DraftTarget, storage = browserStorage()): CheckinDraft | null {
  try {
    return parseDraft(storage?.getItem(draftKey(target)) ?? null);
  } catch {
    return null;
  }
}

/** Keeps the answers on the device; an empty check-in leaves nothing behind. */
export function saveDraft(target: DraftTarget, answers: DraftAnswers, now = new Date(), storage = browserStorage()): CheckinDraft | null {
  const hasSomething = Object.values(answers).some(
    (value) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0),
  );
  if (!hasSomething) {
    clearDraft(target, storage);
    return null;
  }
  const draft: CheckinDraft = { answers, savedAt: now.toISOString() };
  try {
    storage?.setItem(draftKey(target), JSON.stringify(draft));
  } catch {
    // Full storage: the answers stay on screen, only the safety copy is missing.
  }
  return draft;
}

export function clearDraft(target: DraftTarget, storage = browserStorage()): void {
  try {
    storage?.removeItem(draftKey(target));
  } catch {
    // nothing to clear
  }
}

/** Whether a draft waits for this check-in (Today says "Continue" instead of "Fill in"). */
export const hasDraft = (target: DraftTarget, storage = browserStorage()): boolean => loadDraft(target, storage) !== null;

/** Drafts for check-ins too old to send any more are let go. */
export function pruneDrafts(now = new Date(), storage = browserStorage()): void {
  if (!storage) return;
  const cutoff = now.getTime() - KEEP_DAYS * 86_400_000;
  const stale: string[] = [];
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (!key?.startsWith(PREFIX)) continue;
      const draft = parseDraft(storage.getItem(key));
      if (!draft || Date.parse(draft.savedAt) < cutoff) stale.push(key);
    }
    for (const key of stale) storage.removeItem(key);
  } catch {
    // storage unavailable
  }
}
