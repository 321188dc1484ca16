import { useMutation } from '@tanstack/react-query';
import { Copy, MessageCircle, Sparkles } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import type { AttentionItem } from '../../../shared/attention';
import { api, errorMessage } from '../../lib/api';
import { copyText } from '../../lib/clipboard';
import { Button, buttonClass } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { useAiEnabled } from './draft-api';

type FollowUpDraft = { clientId: string; reason: string; text: string };

const draftFollowUp = (key: string) => api<FollowUpDraft>('/api/ai/follow-up', { method: 'POST', body: { key } });

/** The client's Messages tab with the text waiting in the composer (read by ClientMessagesTab's `?draft=`). */
export const messagesWithDraft = (clientId: string, text: string) =>
  `/clients/${encodeURIComponent(clientId)}/messages?${new URLSearchParams({ draft: text }).toString()}`;

/**
 * "Draft follow-up" on a needs-attention item: a message in the trainer's voice about why the client is
 * on the list, to open in Messages (prefilled, not sent) or copy. Hidden when AI is off.
 */
export function FollowUpDraftButton({ item }: { item: AttentionItem }) {
  const enabled = useAiEnabled();
  const [open, setOpen] = useState(false);
  const draft = useMutation({ mutationFn: () => draftFollowUp(item.key) });
  if (!enabled) return null;
  const first = item.clientName.split(' ')[0] ?? item.clientName;

  const copy = async (text: string) => {
    if (await copyText(text)) toast.success('Copied');
    else toast.error("Couldn't copy. Select the text and copy it by hand.");
  };

  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        icon={<Sparkles aria-hidden className="size-4 text-accent-text" />}
        aria-label={`Draft follow-up for ${item.clientName}`}
        title="Draft a follow-up with AI"
        onClick={() => {
          setOpen(true);
          if (!draft.data && !draft.isPending) draft.mutate();
        }}
      >
        {/* Phones: the icon alone, so the row's actions still fit beside each other. */}
        <span className="hidden sm:inline">Draft follow-up</span>
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={`Follow-up for ${first}`} description={item.reason}>
        {draft.isPending ? (
          <LoadingRegion label="Writing a follow-up" className="flex flex-col gap-2">
            <p className="text-sm text-muted">Writing a follow-up in your voice…</p>
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
            <Skeleton className="h-4 w-2/3" />
          </LoadingRegion>
        ) : draft.isError ? (
          <div className="flex flex-col gap-3">
            <Notice tone="danger" title="No draft this time">
              {errorMessage(draft.error)}
            </Notice>
            <div>
              <Button variant="secondary" onClick={() => draft.mutate()}>
                Try again
              </Button>
            </div>
          </div>
        ) : draft.data ? (
          <div className="flex flex-col gap-4">
            <blockquote
              aria-label="Drafted message"
              className="rounded-md border border-line bg-surface-muted px-4 py-3 text-base whitespace-pre-wrap text-text"
            >
              {draft.data.text}
            </blockquote>
            <p className="text-sm text-muted">Nothing is sent: open it in Messages to edit and send it yourself.</p>
            <div className="flex flex-wrap gap-2">
              <Link
                to={messagesWithDraft(draft.data.clientId, draft.data.text)}
                className={buttonClass('primary', 'md')}
                onClick={() => setOpen(false)}
              >
                <MessageCircle aria-hidden className="size-4" />
                Open in Messages
              </Link>
              <Button variant="secondary" icon={<Copy aria-hidden className="size-4" />} onClick={() => void copy(draft.data.text)}>
                Copy
              </Button>
              <Button variant="ghost" onClick={() => draft.mutate()}>
                Write another
              </Button>
            </div>
          </div>
        ) : null}
      </Dialog>
    </>
  );
}
