import { useQueryClient } from '@tanstack/react-query';
import type { DayLog } from '../../../shared/nutrition';
import { relativeTime } from '../../lib/dates';
import { cn } from '../../ui/cn';
import { SubjectCommentForm } from '../messages/subject-comment-form';
import { sendDayComment } from './trainer-queries';

type Props = { clientId: string; date: string; dayLabel: string; firstName: string; comments: DayLog['comments'] };

/**
 * Comments on one day of the food log: each a message about that day (it shows in Messages too).
 */
export function TrainerDayComments({ clientId, date, dayLabel, firstName, comments }: Props) {
  const queryClient = useQueryClient();
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
      <SubjectCommentForm
        label={`Comment on ${dayLabel}`}
        hint="Ctrl+Enter sends."
        placeholder="e.g. Great protein today. Add some veg to dinner tomorrow?"
        rows={2}
        size="sm"
        className="flex flex-col gap-2"
        sent={`Sent: ${firstName} sees it on this day and in Messages`}
        onSend={(body) => sendDayComment(queryClient, { clientId, date, body })}
      />
    </section>
  );
}
