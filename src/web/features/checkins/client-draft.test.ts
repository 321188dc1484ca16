import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, hasDraft, loadDraft, parseDraft, pruneDrafts, saveDraft, type DraftStorage } from './client-draft';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

const target = { clientId: 'c1', scheduleId: 's1', dueDate: '2026-03-29' };

describe('check-in drafts on the device', () => {
  it('keys a draft by client, schedule and due day', () => {
    expect(draftKey(target)).toBe('onecoach:checkin-draft:c1:s1:2026-03-29');
    expect(draftKey({ ...target, dueDate: '2026-04-05' })).not.toBe(draftKey(target));
    expect(draftKey({ ...target, clientId: 'c2' })).not.toBe(draftKey(target));
  });

  it('keeps answers, gives them back, and forgets them once cleared', () => {
    const storage = memoryStorage();
    const now = new Date('2026-03-29T18:00:00Z');
    saveDraft(target, { energy: 7, wins: 'Half written', body: { weight: '81,4' } }, now, storage);
    expect(loadDraft(target, storage)).toEqual({
      answers: { energy: 7, wins: 'Half written', body: { weight: '81,4' } },
      savedAt: '2026-03-29T18:00:00.000Z',
    });
    expect(hasDraft(target, storage)).toBe(true);
    expect(loadDraft({ ...target, dueDate: '2026-04-05' }, storage)).toBeNull();
    clearDraft(target, storage);
    expect(loadDraft(target, storage)).toBeNull();
  });

  it('leaves nothing behind for an empty check-in', () => {
    const storage = memoryStorage();
    saveDraft(target, { energy: 7 }, new Date(), storage);
    saveDraft(target, { energy: null, wins: '', food: [] }, new Date(), storage);
    expect(storage.map.size).toBe(0);
  });

  it('treats anything unreadable as no draft, and drops values of a strange shape', () => {
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft(JSON.stringify({ answers: [], savedAt: 'x' }))).toBeNull();
    expect(parseDraft(JSON.stringify({ answers: { a: 1, b: { nested: { deep: 1 } }, c: [1] }, savedAt: 'x' }))).toEqual({
      answers: { a: 1 },
      savedAt: 'x',
    });
  });

  it('lets go of drafts older than three weeks, and only drafts', () => {
    const storage = memoryStorage();
    storage.setItem('other-app-key', 'keep me');
    saveDraft(target, { energy: 7 }, new Date('2026-03-01T10:00:00Z'), storage);
    saveDraft({ ...target, scheduleId: 's2' }, { energy: 5 }, new Date('2026-03-28T10:00:00Z'), storage);
    pruneDrafts(new Date('2026-03-30T10:00:00Z'), storage);
    expect([...storage.map.keys()].sort()).toEqual(['onecoach:checkin-draft:c1:s2:2026-03-29', 'other-app-key']);
  });
});
