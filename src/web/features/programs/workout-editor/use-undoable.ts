import { useCallback, useEffect, useState } from 'react';

const LIMIT = 100;
/** Keystrokes in one field within this long undo together. */
const COALESCE_MS = 1500;

type History<T> = { past: T[]; present: T; future: T[]; lastKey: string | null; lastAt: number; revision: number };

/**
 * A value with undo/redo. `update(recipe, key)`: changes with the same key in quick succession
 * (typing in one cell) become one undo step. `revision` counts every change, for autosave.
 */
export function useUndoable<T>(initial: T) {
  const [history, setHistory] = useState<History<T>>({ past: [], present: initial, future: [], lastKey: null, lastAt: 0, revision: 0 });

  const update = useCallback((recipe: (value: T) => T, key?: string) => {
    setHistory((h) => {
      const next = recipe(h.present);
      if (next === h.present) return h;
      const now = Date.now();
      const coalesce = key !== undefined && key === h.lastKey && now - h.lastAt < COALESCE_MS;
      return {
        past: coalesce ? h.past : [...h.past, h.present].slice(-LIMIT),
        present: next,
        future: [],
        lastKey: key ?? null,
        lastAt: now,
        revision: h.revision + 1,
      };
    });
  }, []);

  const undo = useCallback(() => {
    setHistory((h) => {
      const previous = h.past[h.past.length - 1];
      if (previous === undefined) return h;
      return {
        past: h.past.slice(0, -1),
        present: previous,
        future: [h.present, ...h.future],
        lastKey: null,
        lastAt: 0,
        revision: h.revision + 1,
      };
    });
  }, []);

  const redo = useCallback(() => {
    setHistory((h) => {
      const [next, ...future] = h.future;
      if (next === undefined) return h;
      return { past: [...h.past, h.present], present: next, future, lastKey: null, lastAt: 0, revision: h.revision + 1 };
    });
  }, []);

  /** Starts over from a value (after reloading), with no history. */
  const reset = useCallback((value: T) => {
    setHistory((h) => ({ past: [], present: value, future: [], lastKey: null, lastAt: 0, revision: h.revision + 1 }));
  }, []);

  return {
    value: history.present,
    revision: history.revision,
    update,
    undo,
    redo,
    reset,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
  };
}

/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes, text fields included (they are the
 * document's own cells). Dialogs are left alone unless the editor itself lives in one.
 */
export function useUndoKeys(undo: () => void, redo: () => void, { inDialog = false }: { inDialog?: boolean } = {}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.metaKey || event.ctrlKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      const target = event.target as HTMLElement | null;
      if (!inDialog && target?.closest('[role="dialog"],[role="alertdialog"]')) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) redo();
      else undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, redo, inDialog]);
}
