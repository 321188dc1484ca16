import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SendHorizontal } from 'lucide-react';
import { useId } from 'react';
import type { KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { MESSAGE_MAX } from '../../../shared/message-limits';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import { messageKeys, messagesApi, rememberMessage } from './queries';

type ComposerInput = { body: string };

/** Show the count only once it starts to matter. */
const COUNT_FROM = MESSAGE_MAX - 500;

/** Enter sends, Shift+Enter breaks the line. The text stays put until the server has it. */
export function Composer({ clientId, placeholder }: { clientId: string; placeholder?: string }) {
  const queryClient = useQueryClient();
  const id = useId();
  const { register, handleSubmit, setError, clearErrors, reset, watch, formState } = useForm<ComposerInput>({
    defaultValues: { body: '' },
    reValidateMode: 'onSubmit',
  });
  const send = useMutation({
    mutationFn: (body: string) => messagesApi.send(clientId, body),
    onSuccess: (saved) => {
      rememberMessage(queryClient, saved);
      void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(clientId) });
    },
  });

  const onSubmit = handleSubmit(async ({ body }) => {
    if (send.isPending) return;
    try {
      await send.mutateAsync(body.trim());
      reset({ body: '' });
    } catch (error) {
      applyServerErrors(error, setError, ['body']);
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void onSubmit();
  };

  const length = watch('body').length;
  const error = formState.errors.body?.message ?? formState.errors.root?.server?.message;
  // The length limit is the server's to enforce (its field error shows below); the counter warns ahead of it.
  // An error goes away as soon as the text changes; it is checked again on the next send.
  const field = register('body', {
    validate: (value) => (value.trim() ? true : 'Write something first'),
    onChange: () => {
      if (formState.errors.body || formState.errors.root) clearErrors();
    },
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-1.5 border-t border-line bg-surface p-3">
      <div className="flex items-end gap-2">
        <label htmlFor={id} className="sr-only">
          Message
        </label>
        <textarea
          id={id}
          rows={1}
          placeholder={placeholder ?? 'Write a message'}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onKeyDown={onKeyDown}
          className={cn(inputClass, 'field-sizing-content max-h-40 min-h-11 w-full resize-none py-2.5')}
          {...field}
        />
        <Button type="submit" pending={send.isPending} icon={<SendHorizontal aria-hidden className="size-4" />} className="shrink-0">
          Send
        </Button>
      </div>
      <div className="flex justify-between gap-3 text-xs">
        {error ? (
          <p id={`${id}-error`} role="alert" className="text-danger">
            {error}
          </p>
        ) : (
          <p id={`${id}-hint`} className="hidden text-muted sm:block">
            Enter to send, Shift+Enter for a new line
          </p>
        )}
        {length >= COUNT_FROM && (
          <p className={cn('ml-auto tabular-nums', length > MESSAGE_MAX ? 'text-danger' : 'text-muted')}>
            {length}/{MESSAGE_MAX}
          </p>
        )}
      </div>
    </form>
  );
}
