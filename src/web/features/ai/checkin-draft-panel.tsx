import { useMutation } from '@tanstack/react-query';
import { RotateCw, Sparkles, X } from 'lucide-react';
import { useRef, useState } from 'react';
import type { CheckinDraft } from '../../../shared/ai';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/dialog';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { draftApi, useAiEnabled } from './draft-api';
import { draftFailure } from './draft-format';

type Options = { checkinId: string; reply: string; setReply: (text: string) => void };

/**
 * A first draft of the review: the summary, what changed, praise and questions to read, and a reply
 * put in the box for the trainer to edit. Nothing is sent from here; text already typed is replaced only when asked.
 */
export function useCheckinDraft({ checkinId, reply, setReply }: Options) {
  const enabled = useAiEnabled();
  const replyNow = useRef(reply);
  replyNow.current = reply;
  const [replacing, setReplacing] = useState<string | null>(null);
  const [hidden, setHidden] = useState(false);
  const draft = useMutation({ mutationFn: () => draftApi.checkin(checkinId) });

  const offer = (text: string) => {
    const typed = replyNow.current.trim();
    if (typed && typed !== text.trim()) setReplacing(text);
    else setReply(text);
  };
  const start = () => {
    setHidden(false);
    draft.mutate(undefined, { onSuccess: (result) => offer(result.reply) });
  };

  const button = enabled ? (
    <Button
      variant="secondary"
      size="sm"
      onClick={start}
      pending={draft.isPending}
      icon={<Sparkles aria-hidden className="size-4" />}
      title="A first draft from the answers and trends: you edit it before anything is sent"
    >
      {draft.isPending ? 'Drafting…' : draft.isSuccess ? 'Draft again' : 'Draft with AI'}
    </Button>
  ) : null;

  const panel = !enabled ? null : draft.isPending ? (
    <LoadingRegion label="Drafting… this takes a few seconds" className="flex flex-col gap-2 rounded-md border border-line p-3">
      <Skeleton className="h-4 w-3/4" />
      <Skeleton className="h-4 w-1/2" />
      <Skeleton className="h-4 w-2/3" />
    </LoadingRegion>
  ) : draft.isError ? (
    <DraftError error={draft.error} onRetry={start} />
  ) : draft.data && !hidden ? (
    <DraftSummary
      draft={draft.data}
      inBox={reply.trim() === draft.data.reply.trim()}
      onUse={() => offer(draft.data.reply)}
      onHide={() => setHidden(true)}
    />
  ) : null;

  const confirm = (
    <ConfirmDialog
      open={replacing !== null}
      onOpenChange={(open) => !open && setReplacing(null)}
      title="Replace what you've written?"
      description="The reply box already has your text. The AI draft would take its place (you can still edit it before sending)."
      confirmLabel="Replace with the draft"
      onConfirm={() => {
        if (replacing !== null) setReply(replacing);
        return Promise.resolve();
      }}
    />
  );
  return { button, panel, confirm };
}

function DraftError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const failure = draftFailure(error);
  return (
    <Notice tone={failure.kind === 'unavailable' ? 'warning' : 'danger'} title={failure.text}>
      {failure.kind !== 'unavailable' && (
        <Button variant="secondary" size="sm" className="mt-1" onClick={onRetry} icon={<RotateCw aria-hidden className="size-4" />}>
          Try again
        </Button>
      )}
    </Notice>
  );
}

function List({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="flex flex-col gap-0.5">
      <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">{title}</h4>
      <ul className="list-disc pl-4 text-text">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

type SummaryProps = { draft: CheckinDraft; inBox: boolean; onUse: () => void; onHide: () => void };

function DraftSummary({ draft, inBox, onUse, onHide }: SummaryProps) {
  return (
    <section aria-label="AI draft" className="flex flex-col gap-2 rounded-md border border-line bg-surface-muted p-3 text-sm">
      <div className="flex items-start justify-between gap-2">
        <p className="flex items-start gap-2 text-text">
          <Sparkles aria-hidden className="mt-0.5 size-4 shrink-0 text-accent-text" />
          <span>
            <span className="sr-only">Summary: </span>
            {draft.summary}
          </span>
        </p>
        <button
          type="button"
          onClick={onHide}
          aria-label="Hide the AI draft"
          className="-m-1 flex size-8 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface hover:text-text"
        >
          <X aria-hidden className="size-4" />
        </button>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <List title="What changed" items={draft.changes} />
        <List title="Praise" items={draft.praise} />
        <List title="Ask about" items={draft.questions} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-line pt-2">
        <p className="text-xs text-muted">
          {inBox ? 'The drafted reply is in the box below: make it yours.' : 'Your own text is in the box.'} Nothing is sent until you send
          it.
        </p>
        {!inBox && (
          <Button variant="secondary" size="sm" onClick={onUse}>
            Use the drafted reply
          </Button>
        )}
      </div>
    </section>
  );
}
