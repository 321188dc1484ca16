import { useQueryClient } from '@tanstack/react-query';
import { ChevronRight, MessageCircle } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { DayLog } from '../../../shared/nutrition';
import { errorMessage } from '../../lib/api';
import { relativeTime } from '../../lib/dates';
import { Button } from '../../ui/button';
import { inputClass } from '../../ui/field';
import { cn } from '../../ui/cn';
import { messageKeys, messagesApi } from '../messages/queries';
import { nutritionKeys } from './queries';

type DayCommentsProps = { clientId: string; date: string; comments: DayLog['comments'] };

/** What the coach said about this day, a reply right here (it lands in Messages, about this day), and the way there. */
export function DayComments({ clientId, date, comments }: DayCommentsProps) {
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (comments.length === 0) return null;

  const send = async () => {
    if (!body.trim()) return;
    setSending(true);
    setError(null);
    try {
      await messagesApi.send(clientId, { body: body.trim(), subject: { type: 'food_day', id: date } });
      setBody('');
      void queryClient.invalidateQueries({ queryKey: nutritionKeys.day(clientId, date) });
      void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(clientId) });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="day-comments" className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
      <h2 id="day-comments" className="flex items-center gap-2 text-base font-semibold text-text">
        <MessageCircle aria-hidden className="size-4 text-accent-text" />
        About this day
      </h2>
      <ul className="flex flex-col gap-3">
        {comments.map((comment) => (
          <li
            key={comment.id}
            className={cn('flex flex-col gap-0.5 rounded-md px-3 py-2', comment.fromTrainer ? 'bg-accent-soft' : 'bg-surface-muted')}
          >
            <p className="text-xs text-muted">
              <span className="font-medium text-text">{comment.fromTrainer ? comment.authorName : 'You'}</span>
              {` · ${relativeTime(comment.at)}`}
            </p>
            <p className="text-sm whitespace-pre-wrap text-text">{comment.body}</p>
          </li>
        ))}
      </ul>
      <form
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <label htmlFor="day-reply" className="sr-only">
          Reply to your coach
        </label>
        <div className="flex items-end gap-2">
          <textarea
            id="day-reply"
            rows={1}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            placeholder="Reply…"
            className={cn(inputClass, 'min-h-11 flex-1 resize-none py-2')}
            aria-invalid={error ? true : undefined}
          />
          <Button type="submit" pending={sending} disabled={!body.trim()}>
            Send
          </Button>
        </div>
        {error && (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        )}
      </form>
      <Link
        to="/messages"
        className="inline-flex min-h-11 items-center gap-1 self-start text-sm font-medium text-accent-text hover:underline"
      >
        Open Messages
        <ChevronRight aria-hidden className="size-4" />
      </Link>
    </section>
  );
}
