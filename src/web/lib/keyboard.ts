import { useEffect } from 'react';
import type { RefObject } from 'react';

/** True when a key press belongs to a text field, so page shortcuts must leave it alone. */
export const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** True while a dialog or menu is open: page shortcuts wait. */
const isOverlayOpen = () => Boolean(document.querySelector('[role="dialog"],[role="alertdialog"],[role="menu"]'));

/** `/` jumps to search, as in most inbox-style tools. */
export function useSlashToFocus(ref: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (isOverlayOpen()) return;
      event.preventDefault();
      ref.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [ref]);
}

/** `j` / `k` step through a list (next / previous), outside text fields and dialogs. */
export function useListKeys(onStep: (delta: 1 | -1) => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target) || isOverlayOpen()) return;
      if (event.key === 'j') onStep(1);
      else if (event.key === 'k') onStep(-1);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onStep]);
}
