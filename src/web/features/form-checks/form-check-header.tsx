import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Check, CircleDashed, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import type { FormCheck } from '../../../shared/form-checks';
import { errorMessage } from '../../lib/api';
import { relativeTime } from '../../lib/dates';
import { isTyping } from '../../lib/keyboard';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/dialog';
import { BackLink } from '../history/back-link';
import { formCheckApi, formCheckKeys, rememberDetail } from './queries';
import { StatusBadge } from './set-video';

/** Where "back" goes: the trainer's Videos tab for that client; the client's workout (or Progress). */
export function backTo(formCheck: FormCheck, role: 'trainer' | 'client'): { to: string; label: string } {
  if (role === 'trainer')
    return { to: `/clients/${encodeURIComponent(formCheck.clientId)}/videos`, label: `${formCheck.clientName} · Videos` };
  if (formCheck.sessionId) return { to: `/progress/workouts/${encodeURIComponent(formCheck.sessionId)}`, label: 'Workout' };
  return { to: '/progress', label: 'Progress' };
}

/** Label, whose and when, the client's note, the status. */
export function FormCheckHeader({ formCheck, role }: { formCheck: FormCheck; role: 'trainer' | 'client' }) {
  const back = backTo(formCheck, role);
  return (
    <header className="flex flex-col gap-2">
      <title>{`${formCheck.label} · OneCoach`}</title>
      <BackLink to={back.to}>{back.label}</BackLink>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-xl font-semibold break-words text-text">{formCheck.label}</h1>
        <StatusBadge status={formCheck.status} />
      </div>
      <p className="text-sm text-muted">
        {role === 'trainer' ? `${formCheck.clientName} · ` : ''}
        Sent{' '}
        <time dateTime={formCheck.createdAt} title={new Date(formCheck.createdAt).toLocaleString()}>
          {relativeTime(formCheck.createdAt)}
        </time>
        {formCheck.reviewedAt && ` · reviewed ${relativeTime(formCheck.reviewedAt)}`}
      </p>
      {formCheck.note && (
        <blockquote className="border-l-2 border-line-strong pl-3 text-base whitespace-pre-wrap text-text">
          <span className="sr-only">{role === 'trainer' ? `${formCheck.clientName}'s note: ` : 'Your note: '}</span>
          {formCheck.note}
        </blockquote>
      )}
    </header>
  );
}

/** The trainer's "Mark reviewed" (the client is told once) and "Mark as waiting"; `e` does it from the keyboard. */
export function ReviewToggle({ formCheck }: { formCheck: FormCheck }) {
  const queryClient = useQueryClient();
  const reviewed = formCheck.status === 'reviewed';
  const firstName = formCheck.clientName.split(' ')[0] ?? formCheck.clientName;
  const toggle = useMutation({
    mutationFn: () => formCheckApi.setReviewed(formCheck.id, !reviewed),
    onSuccess: (detail) => {
      rememberDetail(queryClient, detail);
      if (detail.status === 'reviewed') toast.success(`Marked reviewed — ${firstName} is told`);
    },
    onError: (error) => toast.error('That didn’t save', { description: errorMessage(error) }),
  });
  const { mutate, isPending } = toggle;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'e' || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('[role="dialog"],[role="alertdialog"],[role="menu"]') || isPending) return;
      event.preventDefault();
      mutate();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [mutate, isPending]);
  return reviewed ? (
    <Button variant="secondary" pending={isPending} onClick={() => mutate()} icon={<CircleDashed aria-hidden className="size-4" />}>
      Mark as waiting
    </Button>
  ) : (
    <Button pending={isPending} onClick={() => mutate()} icon={<Check aria-hidden className="size-4" />} title="Mark reviewed (e)">
      Mark reviewed
    </Button>
  );
}

/** The client removes their video (and its stills); the comments stay in Messages. */
export function DeleteVideo({ formCheck }: { formCheck: FormCheck }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const remove = async () => {
    setError(undefined);
    try {
      await formCheckApi.remove(formCheck.id);
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
    queryClient.removeQueries({ queryKey: formCheckKeys.detail(formCheck.id) });
    void queryClient.invalidateQueries({ queryKey: formCheckKeys.lists });
    toast.success('Video deleted');
    void navigate(backTo(formCheck, 'client').to, { replace: true });
  };
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)} icon={<Trash2 aria-hidden className="size-4" />} className="self-start">
        Delete video
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete this video?"
        description="The video and its stills go for good. Comments about it stay in Messages."
        confirmLabel="Delete video"
        tone="danger"
        onConfirm={remove}
        error={error}
      />
    </>
  );
}
