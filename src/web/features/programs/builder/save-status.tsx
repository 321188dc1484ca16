import { CircleAlert, CircleCheck, LoaderCircle, RotateCw } from 'lucide-react';
import type { SaveStatus } from './use-autosave';

type SaveStatusProps = { status: SaveStatus; problemCount: number; onRetry: () => void; onShowProblem: () => void };

/** Always visible: whether what is on screen is safely saved. */
export function SaveStatusIndicator({ status, problemCount, onRetry, onShowProblem }: SaveStatusProps) {
  const base = 'inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-sm whitespace-nowrap';
  let content;
  switch (status.kind) {
    case 'saved':
      content = (
        <span className={`${base} text-muted`}>
          <CircleCheck aria-hidden className="size-4 text-success" /> Saved
        </span>
      );
      break;
    case 'waiting':
    case 'saving':
      content = (
        <span className={`${base} text-muted`}>
          <LoaderCircle aria-hidden className="size-4 motion-safe:animate-spin" /> Saving…
        </span>
      );
      break;
    case 'invalid':
      content = (
        <button type="button" onClick={onShowProblem} className={`${base} bg-warning-soft text-text hover:underline`}>
          <CircleAlert aria-hidden className="size-4 text-warning" />
          Not saved: {problemCount === 1 ? '1 thing to fix' : `${problemCount} things to fix`}
        </button>
      );
      break;
    case 'error':
      content = (
        <span className={`${base} bg-danger-soft text-text`} title={status.message}>
          <CircleAlert aria-hidden className="size-4 text-danger" /> Couldn't save
          <button
            type="button"
            onClick={onRetry}
            className="inline-flex items-center gap-1 font-medium text-accent-text underline underline-offset-2"
          >
            <RotateCw aria-hidden className="size-3.5" /> Retry
          </button>
        </span>
      );
      break;
    case 'conflict':
      content = (
        <span className={`${base} bg-danger-soft text-text`}>
          <CircleAlert aria-hidden className="size-4 text-danger" /> Not saved: changed elsewhere
        </span>
      );
      break;
  }
  return (
    <div role="status" aria-live="polite">
      {content}
    </div>
  );
}
