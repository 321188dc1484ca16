import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Paperclip, SendHorizontal } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { MESSAGE_MAX } from '../../../shared/message-limits';
import type { SendMessageInput } from '../../../shared/messages';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import { ACCEPT } from './attachment-files';
import { DraftSubjectChip, type DraftSubject } from './message-subject';
import { PendingAttachmentPreview } from './pending-attachment';
import { messageKeys, messagesApi, rememberMessage } from './queries';
import type { PendingAttachmentControls } from './use-pending-attachment';

type ComposerInput = { body: string };

/** Text put into the box from outside (an AI suggestion, `?draft=` on the trainer's Messages tab); `at` makes each one new. */
export type ComposerDraft = { text: string; at: number };

type ComposerProps = {
  clientId: string;
  placeholder?: string | undefined;
  /** The file going with the next message (the conversation owns it, so a file dropped on it lands here). */
  attachment: PendingAttachmentControls;
  /** What the next message is about, when the trainer started it from a workout. */
  subject?: DraftSubject | null | undefined;
  onSubjectDone?: (() => void) | undefined;
  /** Replaces the box's text for editing (never sends). */
  draft?: ComposerDraft | null | undefined;
};

/** Show the count only once it starts to matter. */
const COUNT_FROM = MESSAGE_MAX - 500;

/** Enter sends, Shift+Enter breaks the line. The text and the file stay put until the server has them. */
export function Composer({ clientId, placeholder, attachment, subject, onSubjectDone, draft }: ComposerProps) {
  const queryClient = useQueryClient();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const { register, handleSubmit, setError, clearErrors, reset, watch, setFocus, setValue, formState } = useForm<ComposerInput>({
    defaultValues: { body: '' },
    reValidateMode: 'onSubmit',
  });
  const send = useMutation({
    mutationFn: (input: SendMessageInput) => messagesApi.send(clientId, input),
    onSuccess: (saved) => {
      rememberMessage(queryClient, saved);
      void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(clientId) });
    },
  });
  const pending = attachment.pending;

  // Arriving from "Message … about this": the cursor is ready in the box.
  const subjectId = subject?.id;
  useEffect(() => {
    if (subjectId) setFocus('body');
  }, [subjectId, setFocus]);

  // A draft handed in lands in the box, ready to edit.
  const draftText = draft?.text;
  const draftAt = draft?.at;
  useEffect(() => {
    if (draftText === undefined || draftAt === undefined) return;
    setValue('body', draftText, { shouldDirty: true });
    clearErrors();
    setFocus('body');
  }, [draftText, draftAt, setValue, clearErrors, setFocus]);

  const onSubmit = handleSubmit(async ({ body }) => {
    if (send.isPending || pending?.status === 'failed') return;
    let uploaded: Awaited<ReturnType<typeof attachment.ready>>;
    try {
      uploaded = await attachment.ready();
    } catch {
      return; // the file shows its own reason, and the text stays
    }
    try {
      await send.mutateAsync({
        body: body.trim(),
        subject: subject ? { type: subject.type, id: subject.id } : null,
        attachmentId: uploaded?.id ?? null,
      });
      reset({ body: '' });
      attachment.clear();
      onSubjectDone?.();
    } catch (error) {
      applyServerErrors(error, setError, ['body']);
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void onSubmit();
  };

  // A screenshot pasted into the box becomes the attachment; pasted text stays text.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const file = Array.from(event.clipboardData.files).find((item) => item.type.startsWith('image/'));
    if (!file) return;
    event.preventDefault();
    attachment.attach(file);
  };

  const length = watch('body').length;
  const error = formState.errors.body?.message ?? formState.errors.root?.server?.message;
  const sending = send.isPending || formState.isSubmitting;
  // The length limit is the server's to enforce (its field error shows below); the counter warns ahead of it.
  // An error goes away as soon as the text changes; it is checked again on the next send.
  const field = register('body', {
    validate: (value) => (value.trim() || pending ? true : 'Write something first'),
    onChange: () => {
      if (formState.errors.body || formState.errors.root) clearErrors();
    },
  });
  const describedBy = [error ? `${id}-error` : `${id}-hint`, pending?.status === 'failed' ? `${id}-file-error` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-2 border-t border-line bg-surface p-3">
      {subject && onSubjectDone && <DraftSubjectChip subject={subject} onRemove={onSubjectDone} />}
      {pending && (
        <PendingAttachmentPreview
          pending={pending}
          errorId={`${id}-file-error`}
          onRemove={() => {
            attachment.clear();
            clearErrors();
            setFocus('body');
          }}
        />
      )}
      <div className="flex items-end gap-2">
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPT}
          tabIndex={-1}
          aria-hidden
          className="hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // the same file can be chosen again after removing it
            if (file) attachment.attach(file);
          }}
        />
        <button
          type="button"
          aria-label="Attach a photo or file"
          title="Attach a photo or file"
          onClick={() => fileInput.current?.click()}
          className="flex size-11 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface-muted hover:text-text"
        >
          <Paperclip aria-hidden className="size-5" />
        </button>
        <label htmlFor={id} className="sr-only">
          Message
        </label>
        <textarea
          id={id}
          rows={1}
          placeholder={pending ? 'Add a message (optional)' : (placeholder ?? 'Write a message')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          className={cn(inputClass, 'field-sizing-content max-h-40 min-h-11 w-full resize-none py-2.5')}
          {...field}
        />
        <Button type="submit" pending={sending} icon={<SendHorizontal aria-hidden className="size-4" />} className="shrink-0">
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
            Enter to send, Shift+Enter for a new line · paste or drop a photo to attach it
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
