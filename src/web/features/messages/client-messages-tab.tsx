import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { InfiniteData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { toast } from 'sonner';
import type { Client } from '../../../shared/clients';
import type { ConversationPage } from '../../../shared/messages';
import { errorMessage } from '../../lib/api';
import { SwitchField } from '../../ui/switch';
import { ReplySuggestionsPanel } from '../ai/reply-suggestions-panel';
import type { ComposerDraft } from './composer';
import { Conversation } from './conversation';
import type { DraftSubject } from './message-subject';
import { conversationQuery, messageKeys, messagesApi } from './queries';

type Pages = InfiniteData<ConversationPage, unknown>;

/**
 * "Message … about this" on a calendar entry links here with ?about=<scheduled workout id>&label=…
 * The label is only for the chip: the server works out the message's own label from the id.
 */
function useDraftSubject(): { subject: DraftSubject | null; clear: () => void } {
  const [params, setParams] = useSearchParams();
  const id = params.get('about');
  const subject = id ? { type: 'scheduled_workout' as const, id, label: params.get('label') || 'this workout' } : null;
  const clear = () =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.delete('about');
        next.delete('label');
        return next;
      },
      { replace: true },
    );
  return { subject, clear };
}

/**
 * `?draft=<text>` (e.g. "Open in Messages" on a drafted follow-up) puts the text in the composer to edit,
 * then leaves the URL so a reload or the back button doesn't bring it back.
 */
function useComposerDraft(): [ComposerDraft | null, (text: string) => void] {
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState<ComposerDraft | null>(null);
  const fromUrl = params.get('draft');
  useEffect(() => {
    if (!fromUrl) return;
    setDraft({ text: fromUrl, at: Date.now() });
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.delete('draft');
        return next;
      },
      { replace: true },
    );
  }, [fromUrl, setParams]);
  return [draft, (text) => setDraft({ text, at: Date.now() })];
}

/** The trainer's side of the thread, with the "needs reply" flag that feeds their inbox. */
export function ClientMessagesTab({ client }: { client: Client }) {
  const queryClient = useQueryClient();
  const first = client.name.split(' ')[0] ?? client.name;
  const conversation = useInfiniteQuery(conversationQuery(client.id));
  const needsReply = conversation.data?.pages[0]?.needsReply ?? false;
  const key = messageKeys.conversation(client.id);
  const draft = useDraftSubject();
  const [composerDraft, insert] = useComposerDraft();

  const flag = useMutation({
    mutationFn: (value: boolean) => messagesApi.setNeedsReply(client.id, value),
    onMutate: async (value) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Pages>(key);
      queryClient.setQueryData<Pages>(key, (old) =>
        old ? { ...old, pages: old.pages.map((page, index) => (index === 0 ? { ...page, needsReply: value } : page)) } : old,
      );
      return { previous };
    },
    onError: (error, _value, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      toast.error(errorMessage(error));
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });

  return (
    <div className="flex flex-col gap-4">
      {conversation.isSuccess && (
        <div className="max-w-md">
          <SwitchField
            label="Needs reply"
            hint={`Keep ${first}'s conversation on your to-do list until you've answered.`}
            checked={needsReply}
            onCheckedChange={(value) => flag.mutate(value)}
          />
        </div>
      )}
      <Conversation
        key={client.id}
        clientId={client.id}
        side="trainer"
        otherName={first}
        subject={draft.subject}
        onSubjectDone={draft.clear}
        draft={composerDraft}
        composerTools={<ReplySuggestionsPanel clientId={client.id} onInsert={insert} />}
        className="h-[max(24rem,calc(100dvh-21rem))]"
      />
    </div>
  );
}
