import { useQuery } from '@tanstack/react-query';
import { SearchX } from 'lucide-react';
import { Link } from 'react-router';
import type { InboxItem, Message } from '../../../shared/messages';
import { relativeTime } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { messageSearchQuery } from '../messages/queries';
import { Avatar } from './conversation-list';

const BEFORE = 50;
const AFTER = 110;
/** The server answers at most this many matches. */
const SEARCH_LIMIT = 50;

/** The part of `body` around the first match, cut at word boundaries, with "…" where it was cut. */
export function snippetAround(body: string, q: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  if (at === -1) return text.length > BEFORE + AFTER ? `${text.slice(0, BEFORE + AFTER).trimEnd()}…` : text;
  let start = Math.max(0, at - BEFORE);
  let end = Math.min(text.length, at + q.length + AFTER);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > at) start = at;
  if (end < text.length) end = Math.max(at + q.length, text.lastIndexOf(' ', end));
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The snippet with every occurrence of what was searched marked. */
function Highlighted({ text, q }: { text: string; q: string }) {
  const parts = text.split(new RegExp(`(${escapeRegExp(q)})`, 'gi'));
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="rounded-sm bg-warning-soft px-0.5 font-semibold text-text">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

function Match({ message, name, q }: { message: Message; name: string; q: string }) {
  return (
    <li>
      <Link
        to={`/clients/${message.clientId}/messages`}
        className="flex items-start gap-3 px-3 py-3 hover:bg-surface-muted focus-visible:bg-accent-soft focus-visible:outline-offset-[-2px] sm:px-4"
      >
        <Avatar name={name} />
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <div className="flex items-center gap-2">
            <span className="truncate text-sm font-medium text-text">{name}</span>
            {message.automated && <Badge>Automated</Badge>}
            <time
              dateTime={message.createdAt}
              title={new Date(message.createdAt).toLocaleString()}
              className="ml-auto shrink-0 text-xs whitespace-nowrap text-muted"
            >
              {relativeTime(message.createdAt)}
            </time>
          </div>
          <p className="text-sm break-words text-muted">
            {message.sender === 'trainer' && <span>You: </span>}
            <span className="text-text">
              <Highlighted text={snippetAround(message.body ?? '', q)} q={q} />
            </span>
          </p>
        </div>
      </Link>
    </li>
  );
}

/** Matches across every conversation, newest first, each opening its conversation. */
export function SearchResults({ q, conversations, onClear }: { q: string; conversations: InboxItem[]; onClear: () => void }) {
  const search = useQuery(messageSearchQuery(q));
  const names = new Map(conversations.map((item) => [item.clientId, item.clientName]));

  if (search.isPending) {
    return (
      <LoadingRegion label="Searching messages" className="divide-y divide-line rounded-lg border border-line bg-surface">
        {Array.from({ length: 3 }, (_, index) => (
          <div key={index} className="flex items-start gap-3 px-4 py-3">
            <Skeleton className="size-10 rounded-full" />
            <div className="flex flex-1 flex-col gap-2 pt-0.5">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-3 w-2/3" />
            </div>
          </div>
        ))}
      </LoadingRegion>
    );
  }
  if (search.isError) {
    return (
      <ErrorState title="The search didn't work" error={search.error} onRetry={() => void search.refetch()} retrying={search.isFetching} />
    );
  }
  const items = search.data.items;
  if (items.length === 0) {
    return (
      <EmptyState
        icon={<SearchX />}
        title={`No messages mention “${q}”`}
        action={
          <Button variant="secondary" onClick={onClear}>
            Clear the search
          </Button>
        }
      >
        Try another word, or part of one: search looks inside every conversation.
      </EmptyState>
    );
  }
  return (
    <section aria-label="Search results" className="flex flex-col gap-2">
      <p role="status" className="text-sm text-muted">
        {items.length === 1
          ? `1 message mentions “${q}”`
          : items.length >= SEARCH_LIMIT
            ? `The ${SEARCH_LIMIT} newest messages that mention “${q}”`
            : `${items.length} messages mention “${q}”`}
      </p>
      <ul className="divide-y divide-line overflow-clip rounded-lg border border-line bg-surface">
        {items.map((message) => (
          <Match key={message.id} message={message} name={names.get(message.clientId) ?? 'A client'} q={q} />
        ))}
      </ul>
    </section>
  );
}
