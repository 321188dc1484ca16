import { SendHorizontal } from 'lucide-react';
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';

const MAX = 2000;
const COUNT_FROM = MAX - 300;

type ComposerProps = {
  label: string;
  pending: boolean;
  /** Resolves true when the question was taken: only then is the box cleared (a refusal keeps the words). */
  onAsk: (text: string) => Promise<boolean>;
  describedBy?: string | undefined;
};

/** In the thumb zone at the bottom of the chat. Enter asks, Shift+Enter breaks the line. */
export function AssistantComposer({ label, pending, onAsk, describedBy }: ComposerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const question = text.trim();
    if (pending) return;
    if (!question) return setError('Write a question first');
    if (question.length > MAX) return setError('At most 2,000 characters');
    setError(null);
    if (await onAsk(question)) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void submit();
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      className="flex flex-col gap-1.5 border-t border-line bg-surface p-3"
    >
      <div className="flex items-end gap-2">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <textarea
          id={id}
          rows={1}
          value={text}
          placeholder="Ask about your plan"
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? `${id}-error` : null, describedBy].filter(Boolean).join(' ') || undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (error) setError(null);
          }}
          onKeyDown={onKeyDown}
          className={cn(inputClass, 'field-sizing-content max-h-40 min-h-11 w-full resize-none py-2.5')}
        />
        <Button type="submit" pending={pending} icon={<SendHorizontal aria-hidden className="size-4" />} className="shrink-0">
          Ask
        </Button>
      </div>
      {(error || text.length >= COUNT_FROM) && (
        <div className="flex justify-between gap-3 text-xs">
          {error && (
            <p id={`${id}-error`} role="alert" className="text-danger">
              {error}
            </p>
          )}
          {text.length >= COUNT_FROM && (
            <p className={cn('ml-auto tabular-nums', text.length > MAX ? 'text-danger' : 'text-muted')}>
              {text.length}/{MAX}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
