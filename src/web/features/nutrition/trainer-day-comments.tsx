import { useQueryClient } from '@tanstack/react-query';
import { SendHorizontal } from 'lucide-react';
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { toast } from 'sonner';
import type { DayLog } from '../../../shared/nutrition';
import { MESSAGE_MAX } from '../../../shared/message-limits';
import { errorMessage, isApiError } from '../../lib/api';
import { relativeTime } from '../../lib/dates';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { TextareaField } from '../../ui/field';
import { sendDayComment } from './trainer-queries';

type Props = { clientId: string; date: string; dayLabel: string; firstName: string; comments: DayLog['comments'] };

/**
 * Comments on one day of the food log: a message about that day (it shows in Messages too). The
 * text stays in the box until the server has it; Ctrl/⌘+Enter sends.
 */
export function TrainerDayComments({ clientId, date, dayLabel, firstName, comments }: Props) {
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  const send = async () => {
    const text = body.trim();
    if (!text) return setError('Write something first');
    if (text.length > MESSAGE_MAX) return setError(`At most ${MESSAGE_MAX} characters`);
    setPending(true);
    try {
      await sendDayComment(queryClient, { clientId, date, body: text });
      setBody('');
      setError(undefined);
      toast.success(`Sent: ${firstName} sees it on this day and in Messages`);
    } catch (caught) {
      setError(
        isApiError(caught) ? (caught.fields.find((field) => field.path === 'body')?.message ?? caught.message) : errorMessage(caught),
      );
    } finally {
      setPending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <section aria-labelledby={`day-comments-${date}`} className="flex flex-col gap-3">
      <h3 id={`day-comments-${date}`} className="text-sm font-semibold text-text">
        Comments{comments.length > 0 ? ` (${comments.length})` : ''}
      </h3>
      {comments.length > 0 && (
        <ol className="flex flex-col gap-2">
          {comments.map((comment) => (
            <li
              key={comment.id}
              className={cn(
                'rounded-md px-3 py-2 text-sm',
                comment.fromTrainer ? 'bg-accent-soft text-text' : 'border border-line text-text',
              )}
            >
              <p className="flex flex-wrap gap-x-2 text-xs text-muted">
                <span className="font-medium text-text">{comment.fromTrainer ? 'You' : comment.authorName}</span>
                <time dateTime={comment.at}>{relativeTime(comment.at)}</time>
              </p>
              <p className="whitespace-pre-wrap">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form
        noValidate
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <TextareaField
          label={`Comment on ${dayLabel}`}
          hint="Ctrl+Enter sends."
          value={body}
          error={error}
          rows={2}
          maxLength={MESSAGE_MAX + 100}
          placeholder="e.g. Great protein today. Add some veg to dinner tomorrow?"
          onChange={(event) => {
            setBody(event.target.value);
            if (error) setError(undefined);
          }}
          onKeyDown={onKeyDown}
        />
        <Button type="submit" size="sm" pending={pending} className="self-end" icon={<SendHorizontal aria-hidden className="size-4" />}>
          Send comment
        </Button>
      </form>
    </section>
  );
}
