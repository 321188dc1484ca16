import { useQueryClient } from '@tanstack/react-query';
import { SendHorizontal } from 'lucide-react';
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { toast } from 'sonner';
import { MESSAGE_MAX } from '../../../shared/message-limits';
import { errorMessage, isApiError } from '../../lib/api';
import { Button } from '../../ui/button';
import { TextareaField } from '../../ui/field';
import { sendWorkoutComment } from './queries';

/**
 * "Comment on this workout": a message about the session. The text stays in the box until the
 * server has it; Ctrl/⌘+Enter sends.
 */
export function WorkoutCommentForm({ clientId, sessionId, firstName }: { clientId: string; sessionId: string; firstName: string }) {
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
      await sendWorkoutComment(queryClient, { clientId, sessionId, body: text });
      setBody('');
      setError(undefined);
      toast.success(`Sent: ${firstName} will see it under this workout`);
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
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <TextareaField
        label="Comment on this workout"
        hint={`${firstName} is notified and sees it under this workout and in Messages. Ctrl+Enter sends.`}
        value={body}
        error={error}
        rows={4}
        maxLength={MESSAGE_MAX + 100}
        placeholder="e.g. Great depth on the squats. Add 2.5 kg next week."
        onChange={(event) => {
          setBody(event.target.value);
          if (error) setError(undefined);
        }}
        onKeyDown={onKeyDown}
      />
      <Button type="submit" pending={pending} className="self-end" icon={<SendHorizontal aria-hidden className="size-4" />}>
        Send comment
      </Button>
    </form>
  );
}
