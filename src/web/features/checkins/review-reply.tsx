import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CheckCheck, MessageSquareReply, Send } from 'lucide-react';
import { useId, useState } from 'react';
import type { Checkin } from '../../../shared/checkins';
import { errorMessage, isApiError } from '../../lib/api';
import { formatDateTime, relativeTime } from '../../lib/dates';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { useCheckinDraft } from '../ai/checkin-draft-panel';
import { checkinKeys, checkinsApi, reviewed } from './queries';

const MAX_REPLY = 4000;

/** Already reviewed: the reply as the client got it (or that it was read without one). */
export function ReviewedNote({ checkin }: { checkin: Checkin }) {
  return (
    <div className="flex flex-col gap-2 rounded-md bg-success-soft px-4 py-3 text-sm text-text">
      <p className="flex items-center gap-2 font-medium">
        <CheckCheck aria-hidden className="size-4 text-success" />
        Reviewed{' '}
        {checkin.reviewedAt && (
          <time dateTime={checkin.reviewedAt} title={formatDateTime(checkin.reviewedAt)}>
            {relativeTime(checkin.reviewedAt)}
          </time>
        )}
        {!checkin.reply && ', without a reply'}
      </p>
      {checkin.reply && <blockquote className="border-l-2 border-success pl-3 whitespace-pre-line">{checkin.reply.body}</blockquote>}
    </div>
  );
}

/**
 * The reply box: the reply becomes a message about this check-in and the client is notified.
 * `onDone` moves on (to the next waiting check-in) once the server has it.
 */
export function ReviewReply({ checkin, onDone }: { checkin: Checkin; onDone: (checkin: Checkin, withReply: boolean) => void }) {
  const queryClient = useQueryClient();
  const id = useId();
  const first = checkin.clientName.split(' ')[0] ?? checkin.clientName;
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string>();
  const draft = useCheckinDraft({ checkinId: checkin.id ?? '', reply, setReply });
  const review = useMutation({
    mutationFn: (text: string) => checkinsApi.review(checkin.id ?? '', text),
    onSuccess: (result, text) => {
      reviewed(queryClient, result);
      setReply('');
      onDone(result, text.trim().length > 0);
    },
    onError: (caught) => {
      setError(errorMessage(caught));
      // Reviewed meanwhile (another tab): show it as it is now.
      if (isApiError(caught) && caught.status === 409) void queryClient.invalidateQueries({ queryKey: checkinKeys.all });
    },
  });

  const send = (text: string) => {
    setError(undefined);
    review.mutate(text);
  };
  const tooLong = reply.length > MAX_REPLY;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (reply.trim() && !tooLong) send(reply);
      }}
      className="flex flex-col gap-3"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium text-text">
          <MessageSquareReply aria-hidden className="size-4" /> Reply to {first}
        </label>
        {draft.button}
      </div>
      {draft.panel}
      <textarea
        id={id}
        rows={5}
        value={reply}
        onChange={(event) => setReply(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey) && reply.trim() && !tooLong) {
            event.preventDefault();
            send(reply);
          }
        }}
        placeholder={`What stood out this week? ${first} sees your reply under their check-in and in messages.`}
        aria-describedby={`${id}-hint`}
        aria-invalid={tooLong || undefined}
        className={cn(inputClass, 'w-full py-2')}
      />
      <p id={`${id}-hint`} className={cn('text-xs', tooLong ? 'text-danger' : 'text-muted')}>
        {tooLong ? `${reply.length - MAX_REPLY} characters too long` : `${first} is notified. Ctrl+Enter sends.`}
      </p>
      <FormError message={error} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button
          variant="secondary"
          onClick={() => send('')}
          disabled={review.isPending}
          pending={review.isPending && review.variables === ''}
          icon={<CheckCheck aria-hidden className="size-4" />}
        >
          Mark reviewed without reply
        </Button>
        <Button
          type="submit"
          disabled={!reply.trim() || tooLong || review.isPending}
          pending={review.isPending && review.variables !== ''}
          icon={<Send aria-hidden className="size-4" />}
        >
          Send reply & mark reviewed
        </Button>
      </div>
      {draft.confirm}
    </form>
  );
}
