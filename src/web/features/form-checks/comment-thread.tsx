import { Play, Send } from 'lucide-react';
import { useId, type FormEvent, type Ref } from 'react';
import { formatMoment } from '../../../shared/form-checks';
import type { Message } from '../../../shared/messages';
import { relativeTime } from '../../lib/dates';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import { LinkedText } from '../messages/linked-text';
import { commentMoment } from './format';

type CommentListProps = {
  comments: Message[];
  authorOf: (comment: Message) => string;
  onSeek: (ms: number) => void;
  empty: string;
};

/** The comments in the video's order; a moment's time opens the video there, paused. */
export function CommentList({ comments, authorOf, onSeek, empty }: CommentListProps) {
  if (comments.length === 0)
    return <p className="rounded-md border border-dashed border-line px-4 py-6 text-center text-sm text-muted">{empty}</p>;
  const now = Date.now();
  return (
    <ol aria-label="Comments" className="flex flex-col gap-3">
      {comments.map((comment) => {
        const atMs = commentMoment(comment);
        return (
          <li key={comment.id} className="flex flex-col gap-1.5 rounded-lg border border-line bg-surface-muted px-3.5 py-2.5">
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
              {atMs === null ? (
                <span className="rounded-full border border-line-strong px-2 py-0.5 font-medium text-text">Whole video</span>
              ) : (
                <button
                  type="button"
                  onClick={() => onSeek(atMs)}
                  aria-label={`Go to ${formatMoment(atMs)}`}
                  className="relative inline-flex h-6 items-center gap-1 rounded-full bg-accent px-2 font-semibold text-accent-fg tabular-nums before:absolute before:-inset-y-2.5 before:inset-x-0 hover:bg-accent-hover"
                >
                  <Play aria-hidden className="size-3" />
                  {formatMoment(atMs)}
                </button>
              )}
              <span className="font-semibold text-text">{authorOf(comment)}</span>
              <time dateTime={comment.createdAt} title={new Date(comment.createdAt).toLocaleString()}>
                {relativeTime(comment.createdAt, now)}
              </time>
              {comment.editedAt && <span>· edited</span>}
            </p>
            <p className="text-base break-words whitespace-pre-wrap text-text">
              <LinkedText text={comment.body ?? ''} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}

export type Draft = { body: string; wholeVideo: boolean };

type ComposerProps = {
  draft: Draft;
  onChange: (draft: Draft) => void;
  /** The video's current moment: where the comment is pinned unless it is about the whole video. */
  moment: number;
  pending: boolean;
  error: string | undefined;
  onSubmit: () => void;
  textRef: Ref<HTMLTextAreaElement>;
  placeholder: string;
};

/** "Comment at 0:03": pause where it matters and write; or tick "whole video" for a general note. */
export function Composer({ draft, onChange, moment, pending, error, onSubmit, textRef, placeholder }: ComposerProps) {
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const where = draft.wholeVideo ? 'on the whole video' : `at ${formatMoment(moment)}`;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium text-text">
        Comment {where}
      </label>
      <textarea
        id={id}
        ref={textRef}
        rows={3}
        maxLength={2000}
        value={draft.body}
        onChange={(event) => onChange({ ...draft, body: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) submit(event);
        }}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={cn(inputClass, 'w-full py-2')}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label className="-ml-1 inline-flex min-h-11 cursor-pointer items-center gap-2 px-1 text-sm text-text">
          <input
            type="checkbox"
            checked={draft.wholeVideo}
            onChange={(event) => onChange({ ...draft, wholeVideo: event.target.checked })}
            className="size-4 accent-accent"
          />
          About the whole video
        </label>
        <Button type="submit" pending={pending} icon={<Send aria-hidden className="size-4" />}>
          {draft.wholeVideo ? 'Comment on the whole video' : `Comment at ${formatMoment(moment)}`}
        </Button>
      </div>
    </form>
  );
}
