import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Pencil, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { EDIT_WINDOW_MS, MESSAGE_MAX } from '../../../shared/message-limits';
import type { Message } from '../../../shared/messages';
import { errorMessage, isApiError } from '../../lib/api';
import { formatDateTime, relativeTime } from '../../lib/dates';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { ConfirmDialog } from '../../ui/dialog';
import { inputClass } from '../../ui/field';
import { Menu, MenuItem } from '../../ui/menu';
import { messageKeys, messagesApi, rememberMessage } from './queries';
import { LinkedText } from './linked-text';
import { FileAttachment, PhotoAttachment, photoSize } from './message-attachment';
import { SubjectLink } from './message-subject';

const DAY = 24 * 60 * 60_000;

/** Relative while recent ("5 min ago"), then the date and time. */
export function messageTime(iso: string, now: number): string {
  return now - Date.parse(iso) < DAY ? relativeTime(iso, now) : formatDateTime(iso);
}

export const canEdit = (message: Message, now: number) => !message.deletedAt && now - Date.parse(message.createdAt) < EDIT_WINDOW_MS;

type BubbleProps = {
  message: Message;
  own: boolean;
  /** Who is looking: an "About" chip opens the workout where that person sees it. */
  viewer: Message['sender'];
  now: number;
  /** "Read" / "Sent" under the viewer's latest message. */
  receipt?: 'Read' | 'Sent' | undefined;
  editing: boolean;
  onEdit: (editing: boolean) => void;
};

export function MessageBubble({ message, own, viewer, now, receipt, editing, onEdit }: BubbleProps) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => messagesApi.remove(message.id),
    onSuccess: (saved) => {
      rememberMessage(queryClient, saved);
      void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(message.clientId) });
    },
  });
  // A photo or file on its own has no text (body null): only deletedAt says a message was deleted.
  const deleted = message.deletedAt !== null;
  const time = messageTime(message.createdAt, now);
  const attachment = deleted ? null : message.attachment;
  const text = deleted ? '' : (message.body ?? '');
  const photo = attachment?.kind === 'image' ? attachment : null;

  return (
    <li className={cn('group flex flex-col gap-1', own ? 'items-end' : 'items-start')}>
      {message.subject && !deleted && <SubjectLink message={message} viewer={viewer} />}
      <div className={cn('flex max-w-[85%] items-center gap-1 sm:max-w-[75%]', own && 'flex-row-reverse')}>
        {editing && !deleted ? (
          <EditForm message={message} onDone={() => onEdit(false)} />
        ) : photo && !text ? (
          // A photo on its own needs no bubble around it.
          <PhotoAttachment attachment={photo} framed={false} />
        ) : (
          <div
            // With a photo, the bubble is as wide as the photo and the caption wraps under it.
            style={photo ? { width: photoSize(photo).width + 8 } : undefined}
            className={cn(
              'max-w-full min-w-0 rounded-xl text-base break-words',
              attachment ? 'p-1' : 'px-3.5 py-2',
              deleted
                ? 'border border-dashed border-line text-muted italic'
                : own
                  ? 'rounded-br-md bg-accent text-accent-fg'
                  : 'rounded-bl-md border border-line bg-surface text-text',
            )}
          >
            {deleted ? (
              'Message deleted'
            ) : (
              <>
                {photo && <PhotoAttachment attachment={photo} framed />}
                {attachment && !photo && <FileAttachment attachment={attachment} own={own} />}
                {text && (
                  <p className={cn('whitespace-pre-wrap', attachment && 'px-2.5 pt-1.5 pb-1')}>
                    <LinkedText text={text} />
                  </p>
                )}
              </>
            )}
          </div>
        )}
        {own && !deleted && !editing && (
          <Menu
            label="Message actions"
            align="start"
            triggerClassName="size-9 sm:opacity-0 sm:group-hover:opacity-100 sm:focus-visible:opacity-100 sm:data-[state=open]:opacity-100"
          >
            {canEdit(message, now) && (
              <MenuItem icon={<Pencil aria-hidden />} onSelect={() => onEdit(true)}>
                Edit
              </MenuItem>
            )}
            <MenuItem icon={<Trash2 aria-hidden />} tone="danger" onSelect={() => setConfirming(true)}>
              Delete
            </MenuItem>
          </Menu>
        )}
      </div>
      <p className="flex flex-wrap gap-x-1.5 px-1 text-xs text-muted">
        <time dateTime={message.createdAt} title={formatDateTime(message.createdAt)}>
          {time}
        </time>
        {message.automated && <span>· Automated</span>}
        {message.editedAt && !deleted && <span>· edited</span>}
        {receipt && <span className={cn(receipt === 'Read' && 'font-medium text-accent-text')}>· {receipt}</span>}
      </p>
      <ConfirmDialog
        open={confirming}
        onOpenChange={(open) => {
          setConfirming(open);
          if (!open) remove.reset();
        }}
        title="Delete this message?"
        description="It disappears for both of you. A “Message deleted” note stays in its place."
        confirmLabel="Delete"
        tone="danger"
        onConfirm={() => remove.mutateAsync()}
        error={remove.isError ? errorMessage(remove.error) : undefined}
      />
    </li>
  );
}

function EditForm({ message, onDone }: { message: Message; onDone: () => void }) {
  const queryClient = useQueryClient();
  const id = useId();
  const [body, setBody] = useState(message.body ?? '');
  const save = useMutation({
    mutationFn: (text: string) => messagesApi.edit(message.id, text),
    onSuccess: (saved) => {
      rememberMessage(queryClient, saved);
      void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(message.clientId) });
      onDone();
    },
  });
  const error = save.isError
    ? isApiError(save.error) && save.error.fields[0]
      ? save.error.fields[0].message
      : errorMessage(save.error)
    : undefined;

  const submit = () => {
    const text = body.trim();
    if (!text || save.isPending) return;
    if (text === message.body) return onDone();
    save.mutate(text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="flex w-72 max-w-full flex-col gap-2 rounded-xl border border-line bg-surface p-2"
    >
      <label htmlFor={id} className="sr-only">
        Edit message
      </label>
      <textarea
        id={id}
        autoFocus
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={cn(inputClass, 'field-sizing-content max-h-60 min-h-20 w-full resize-none py-2')}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger">
          {error}
        </p>
      )}
      {body.length > MESSAGE_MAX - 500 && (
        <p className={cn('text-xs tabular-nums', body.length > MESSAGE_MAX ? 'text-danger' : 'text-muted')}>
          {body.length}/{MESSAGE_MAX}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="sm" pending={save.isPending} disabled={!body.trim()}>
          Save
        </Button>
      </div>
    </form>
  );
}
