import { SendHorizontal } from 'lucide-react';
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { toast } from 'sonner';
import { MESSAGE_MAX } from '../../../shared/message-limits';
import { errorMessage, isApiError } from '../../lib/api';
import { Button } from '../../ui/button';
import { TextareaField } from '../../ui/field';

type Props = {
  label: string;
  hint: string;
  placeholder: string;
  rows: number;
  /** The toast once the server has the comment. */
  sent: string;
  /** Sends the text as a message about the subject (a workout, a day of food). */
  onSend: (body: string) => Promise<unknown>;
  size?: 'sm';
  className?: string;
};

/**
 * "Comment on this …": a message about a subject. The text stays in the box until the server has
 * it; the server's words for `body` show under the box; Ctrl/⌘+Enter sends.
 */
export function SubjectCommentForm({ label, hint, placeholder, rows, sent, onSend, size, className }: Props) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  const send = async () => {
    const text = body.trim();
    if (!text) return setError('Write something first');
    if (text.length > MESSAGE_MAX) return setError(`At most ${MESSAGE_MAX} characters`);
    setPending(true);
    try {
      await onSend(text);
      setBody('');
      setError(undefined);
      toast.success(sent);
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
    <form
      noValidate
      className={className ?? 'flex flex-col gap-3'}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <TextareaField
        label={label}
        hint={hint}
        value={body}
        error={error}
        rows={rows}
        maxLength={MESSAGE_MAX + 100}
        placeholder={placeholder}
        onChange={(event) => {
          setBody(event.target.value);
          if (error) setError(undefined);
        }}
        onKeyDown={onKeyDown}
      />
      <Button
        type="submit"
        {...(size ? { size } : {})}
        pending={pending}
        className="self-end"
        icon={<SendHorizontal aria-hidden className="size-4" />}
      >
        Send comment
      </Button>
    </form>
  );
}
