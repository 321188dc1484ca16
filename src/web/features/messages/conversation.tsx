import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { MessageCircle, Paperclip } from 'lucide-react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DragEvent, ReactNode } from 'react';
import { toast } from 'sonner';
import type { Message } from '../../../shared/messages';
import { errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { Composer } from './composer';
import type { ComposerDraft } from './composer';
import { MessageBubble } from './message-bubble';
import type { DraftSubject } from './message-subject';
import { conversationQuery, flattenConversation, messageKeys, messagesApi } from './queries';
import { usePendingAttachment } from './use-pending-attachment';
import type { PendingAttachmentControls } from './use-pending-attachment';

type ConversationProps = {
  clientId: string;
  /** Which side the viewer writes from: their messages sit on the right. */
  side: Message['sender'];
  /** Who is on the other end, for the empty state ("Say hello to Maya"). */
  otherName?: string | undefined;
  className?: string;
  /** What the next message is about (the trainer came from "Message … about this"), and how to let it go. */
  subject?: DraftSubject | null | undefined;
  onSubjectDone?: (() => void) | undefined;
  /** Text to put in the composer for editing (an AI suggestion or a prefilled draft). */
  draft?: ComposerDraft | null | undefined;
  /** Shown just above the composer (the trainer's "Suggest replies"). */
  composerTools?: ReactNode;
};

/** Re-renders every so often so "2 min ago" keeps up. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Tells the server the viewer has seen the conversation, whenever something new arrives while it is on screen. */
function useMarkRead(clientId: string, latestTheirs: string | undefined) {
  const queryClient = useQueryClient();
  const marked = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!latestTheirs || marked.current === latestTheirs) return;
    const mark = () => {
      if (document.visibilityState !== 'visible' || marked.current === latestTheirs) return;
      marked.current = latestTheirs;
      messagesApi.markRead(clientId).then(
        () => void queryClient.invalidateQueries({ queryKey: messageKeys.unread }),
        () => {
          marked.current = undefined; // try again with the next poll
        },
      );
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [clientId, latestTheirs, queryClient]);
}

/** For screen readers: a new message from the other side is read out once (not the ones there on arrival). */
function useNewMessageAnnouncement(ready: boolean, messages: Message[], side: Message['sender'], otherName: string | undefined): string {
  const [text, setText] = useState('');
  const seen = useRef<string | null | undefined>(undefined);
  const latest = messages.findLast((item) => item.sender !== side && !item.deletedAt);
  const latestId = latest?.id ?? null;
  const attached = latest?.attachment ? (latest.attachment.kind === 'image' ? 'a photo' : `a file, ${latest.attachment.name}`) : '';
  const body = [latest?.body, attached].filter(Boolean).join(' — ');
  useEffect(() => {
    if (!ready) return;
    if (seen.current === undefined) {
      seen.current = latestId; // first load: nothing new yet
      return;
    }
    if (latestId && latestId !== seen.current) setText(`New message from ${otherName ?? 'them'}: ${body}`);
    seen.current = latestId;
  }, [ready, latestId, body, otherName]);
  return text;
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** A file dragged from the desktop onto the conversation becomes the next message's attachment. */
function useFileDrop(attachment: PendingAttachmentControls) {
  const [dragging, setDragging] = useState(false);
  // Entering a child fires enter before the parent's leave: count them so the overlay doesn't flicker.
  const depth = useRef(0);
  const handlers = {
    onDragEnter: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    },
    onDragOver: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      if (!hasFiles(event) && event.dataTransfer.files.length === 0) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      const [file, ...rest] = Array.from(event.dataTransfer.files);
      if (!file) return;
      attachment.attach(file);
      if (rest.length > 0) toast(`One file at a time: ${file.name} is attached.`);
    },
  };
  return { dragging, handlers };
}

function ConversationSkeleton() {
  return (
    <LoadingRegion label="Loading messages" className="flex flex-1 flex-col justify-end gap-3 p-4">
      <Skeleton className="h-10 w-2/3 rounded-xl" />
      <Skeleton className="h-16 w-3/4 self-end rounded-xl" />
      <Skeleton className="h-10 w-1/2 rounded-xl" />
      <Skeleton className="h-10 w-2/5 self-end rounded-xl" />
    </LoadingRegion>
  );
}

/** One thread between a trainer and a client: polls while open, marks itself read, lets you fix or delete what you wrote. */
export function Conversation({ clientId, side, otherName, className, subject, onSubjectDone, draft, composerTools }: ConversationProps) {
  const query = useInfiniteQuery(conversationQuery(clientId));
  const attachment = usePendingAttachment(clientId);
  const drop = useFileDrop(attachment);
  const messages = flattenConversation(query.data);
  const now = useNow(30_000);
  const [editingId, setEditingId] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const latest = messages.at(-1);
  const latestTheirs = messages.findLast((item) => item.sender !== side)?.id;
  const latestOwn = messages.findLast((item) => item.sender === side && !item.deletedAt);
  const otherLastReadAt = query.data?.pages[0]?.otherLastReadAt ?? null;
  const receipt: 'Read' | 'Sent' | undefined = latestOwn
    ? otherLastReadAt && Date.parse(otherLastReadAt) >= Date.parse(latestOwn.createdAt)
      ? 'Read'
      : 'Sent'
    : undefined;

  useMarkRead(clientId, latestTheirs);
  const announcement = useNewMessageAnnouncement(query.isSuccess, messages, side, otherName);

  // Scrolling: start at the bottom, follow new messages while the reader is near the bottom (or wrote them),
  // and keep the view still when earlier messages are added above.
  const stick = useRef(true);
  const beforeLoad = useRef<number | null>(null);
  const oldestId = messages[0]?.id;
  const latestId = latest?.id;
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    if (beforeLoad.current !== null) {
      list.scrollTop = list.scrollHeight - beforeLoad.current;
      beforeLoad.current = null;
    }
  }, [oldestId]);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !latestId) return;
    if (stick.current || latest?.sender === side) list.scrollTop = list.scrollHeight;
  }, [latestId, latest?.sender, side]);
  // The list also changes height (a file waiting in the composer, a phone turned sideways): stay at the bottom if there.
  const listShown = !query.isPending && !(query.isError && !query.data);
  useEffect(() => {
    const list = listRef.current;
    if (!list || !listShown || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (stick.current) list.scrollTop = list.scrollHeight;
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, [listShown]);
  const onScroll = () => {
    const list = listRef.current;
    if (list) stick.current = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  };
  const loadEarlier = () => {
    const list = listRef.current;
    if (list) beforeLoad.current = list.scrollHeight - list.scrollTop;
    void query.fetchNextPage();
  };

  return (
    <section
      aria-label="Conversation"
      className={cn('relative flex min-h-0 flex-col overflow-hidden rounded-lg border border-line bg-surface-muted/40', className)}
      {...drop.handlers}
    >
      {drop.dragging && (
        <div
          aria-hidden
          className="pointer-events-none absolute inset-2 z-10 flex flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed border-accent bg-surface text-accent-text"
        >
          <Paperclip className="size-6" />
          <p className="text-base font-medium">Drop to attach it to your message</p>
        </div>
      )}
      {query.isPending ? (
        <ConversationSkeleton />
      ) : query.isError && !query.data ? (
        <div className="flex flex-1 items-center justify-center p-4">
          <ErrorState
            title="Messages didn't load"
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
            className="w-full border-0 bg-transparent"
          />
        </div>
      ) : (
        <div ref={listRef} onScroll={onScroll} className="flex min-h-0 flex-1 flex-col overflow-y-auto overscroll-contain p-4">
          {query.isRefetchError && (
            <p role="status" className="mb-3 rounded-md bg-warning-soft px-3 py-2 text-center text-sm text-text">
              Can't reach OneCoach right now. New messages will show up once you're back online.
            </p>
          )}
          {query.hasNextPage && (
            <div className="mb-4 flex flex-col items-center gap-1">
              <Button variant="secondary" size="sm" pending={query.isFetchingNextPage} onClick={loadEarlier}>
                Load earlier
              </Button>
              {query.isFetchNextPageError && (
                <p role="alert" className="text-xs text-danger">
                  {errorMessage(query.error)}
                </p>
              )}
            </div>
          )}
          {messages.length === 0 ? (
            <EmptyState icon={<MessageCircle />} title="No messages yet — say hello" className="my-auto border-0">
              {otherName ? `Anything you write here goes straight to ${otherName}.` : undefined}
            </EmptyState>
          ) : (
            <ol aria-label="Messages" className="mt-auto flex flex-col gap-3">
              {messages.map((message) => (
                <MessageBubble
                  key={message.id}
                  message={message}
                  own={message.sender === side}
                  viewer={side}
                  now={now}
                  receipt={message.id === latestOwn?.id ? receipt : undefined}
                  editing={editingId === message.id}
                  onEdit={(editing) => setEditingId(editing ? message.id : null)}
                />
              ))}
            </ol>
          )}
        </div>
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {composerTools}
      <Composer
        clientId={clientId}
        draft={draft}
        placeholder={otherName ? `Message ${otherName}` : undefined}
        attachment={attachment}
        subject={subject}
        onSubjectDone={onSubjectDone}
      />
    </section>
  );
}
