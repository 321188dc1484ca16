import { CircleAlert, X } from 'lucide-react';
import { useState } from 'react';
import { cn } from '../../ui/cn';
import { formatSize } from './attachment-files';
import { FileTypeIcon } from './message-attachment';
import type { PendingAttachment } from './use-pending-attachment';

function statusText(pending: PendingAttachment): string {
  if (pending.status === 'preparing') return 'Getting the photo ready…';
  if (pending.status === 'uploading') return `Uploading… ${Math.round(pending.progress * 100)}%`;
  if (pending.status === 'done') return 'Ready to send';
  return "Couldn't attach";
}

/** The file chosen for the next message, above the text box: what it is, how the upload goes, and a way to take it off. */
export function PendingAttachmentPreview({
  pending,
  onRemove,
  errorId,
}: {
  pending: PendingAttachment;
  onRemove: () => void;
  errorId: string;
}) {
  const [previewFailed, setPreviewFailed] = useState<string | null>(null);
  const failed = pending.status === 'failed';
  const busy = pending.status === 'preparing' || pending.status === 'uploading';
  const showPreview = pending.previewUrl && previewFailed !== pending.previewUrl;
  return (
    <div className="flex flex-col gap-1.5">
      <div
        aria-busy={busy || undefined}
        className={cn(
          'relative flex max-w-sm min-w-0 items-center gap-3 overflow-hidden rounded-lg border bg-surface p-2 pr-1',
          failed ? 'border-danger' : 'border-line',
        )}
      >
        <span
          aria-hidden
          className="flex size-12 shrink-0 items-center justify-center overflow-hidden rounded-md bg-surface-muted text-accent-text"
        >
          {showPreview ? (
            <img
              src={pending.previewUrl ?? undefined}
              alt=""
              onError={() => setPreviewFailed(pending.previewUrl)}
              className={cn('size-full object-cover', busy && 'opacity-70')}
            />
          ) : (
            <FileTypeIcon name={pending.name} className="size-6" />
          )}
        </span>
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="truncate text-sm font-medium text-text">{pending.name}</span>
          <span className={cn('text-xs', failed ? 'text-danger' : 'text-muted')} aria-live="polite">
            {formatSize(pending.size)} · {statusText(pending)}
          </span>
        </span>
        <button
          type="button"
          onClick={onRemove}
          aria-label={`Remove ${pending.name}`}
          className="flex size-11 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface-muted hover:text-text"
        >
          <X aria-hidden className="size-5" />
        </button>
        {busy && (
          <span
            role="progressbar"
            aria-label={`Uploading ${pending.name}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={pending.status === 'uploading' ? Math.round(pending.progress * 100) : undefined}
            className="absolute inset-x-0 bottom-0 h-1 bg-surface-muted"
          >
            <span
              className={cn('block h-full bg-accent transition-[width]', pending.status === 'preparing' && 'motion-safe:animate-pulse')}
              style={{ width: `${Math.max(4, Math.round(pending.progress * 100))}%` }}
            />
          </span>
        )}
      </div>
      {failed && pending.error && (
        <p id={errorId} role="alert" className="flex items-start gap-1.5 text-sm text-danger">
          <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          {pending.error}
        </p>
      )}
    </div>
  );
}
