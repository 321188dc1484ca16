import { Video } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import type { FormCheck } from '../../../shared/form-checks';
import { Badge } from '../../ui/badge';
import { cn } from '../../ui/cn';
import { STATUS_LABELS } from './format';

// The sheet reads video in the browser and brings its own helpers: loaded on the first tap.
const AttachSheet = lazy(() => import('./attach-sheet').then((m) => ({ default: m.AttachSheet })));

export function StatusBadge({ status }: { status: FormCheck['status'] }) {
  return <Badge tone={status === 'reviewed' ? 'success' : 'warning'}>{STATUS_LABELS[status]}</Badge>;
}

export const formCheckPath = (id: string) => `/form-checks/${encodeURIComponent(id)}`;

/** A set's video, as a small link to its page: "Video sent" in the gym, "Video · Reviewed" in history. */
type VideoBadgeProps = { formCheck: FormCheck; setName: string; showStatus?: boolean; className?: string };

export function VideoBadge({ formCheck, setName, showStatus = false, className }: VideoBadgeProps) {
  const status = STATUS_LABELS[formCheck.status];
  const comments = formCheck.commentCount;
  const visible = showStatus ? `Video · ${status}` : 'Video sent';
  const details = [
    setName,
    showStatus ? null : status.toLowerCase(),
    comments ? `${comments} ${comments === 1 ? 'comment' : 'comments'}` : null,
  ];
  return (
    <Link
      to={formCheckPath(formCheck.id)}
      aria-label={`${visible}: ${details.filter(Boolean).join(', ')}`}
      // A small pill with a 44 px tall touch area (the padding overlaps the gap around it).
      className={cn(
        'relative inline-flex h-6 shrink-0 items-center gap-1 rounded-full px-2 text-xs font-medium whitespace-nowrap hover:underline',
        'before:absolute before:-inset-y-2.5 before:inset-x-0',
        formCheck.status === 'reviewed' ? 'bg-success-soft text-success' : 'bg-accent-soft text-accent-text',
        className,
      )}
    >
      <Video aria-hidden className="size-3.5" />
      {visible}
    </Link>
  );
}

/** The gym's "Form check" action on a logged set: opens the sheet to send a video of it. */
export function FormCheckButton({ setLogId, label, synced }: { setLogId: string; label: string; synced: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label={`Form check: send a video of ${label}`}
        title="Form check: send a video"
        className="-my-1.5 flex size-11 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface-muted hover:text-text"
      >
        <Video aria-hidden className="size-4" />
      </button>
      {open && (
        <Suspense fallback={null}>
          <AttachSheet setLogId={setLogId} label={label} synced={synced} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
