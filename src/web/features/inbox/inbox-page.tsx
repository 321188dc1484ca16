import { useQuery } from '@tanstack/react-query';
import { Inbox, MailCheck, Megaphone } from 'lucide-react';
import { useCallback, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useSlashToFocus } from '../../lib/keyboard';
import { Button } from '../../ui/button';
import { Chip } from '../../ui/chip';
import { PageHeader } from '../../ui/page-header';
import { SearchInput } from '../../ui/search-input';
import { EmptyState, ErrorState } from '../../ui/states';
import { inboxQuery } from '../messages/queries';
import { BroadcastDialog } from './broadcast-dialog';
import { ConversationList, ConversationListSkeleton } from './conversation-list';
import { SearchResults } from './search-results';
import { INBOX_FILTER_LABELS, INBOX_FILTERS, matchesFilter, useInboxFilters } from './use-inbox-filters';

const FILTERED_EMPTY = {
  unread: { title: 'All caught up', text: 'Nothing unread. New messages from your clients show up here first.' },
  'needs-reply': { title: 'Nothing waiting on you', text: 'Conversations you mark "Needs reply" stay here until you turn it off.' },
} as const;

/** Every conversation with a client, newest first: the trainer's daily message loop. */
export function InboxPage() {
  const { filters, update } = useInboxFilters();
  const [broadcasting, setBroadcasting] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(searchRef);
  const inbox = useQuery(inboxQuery());
  const onSearch = useCallback((q: string) => update({ q }), [update]);

  const items = inbox.data?.items ?? [];
  const searching = filters.q.length >= 2;
  const shown = items.filter((item) => matchesFilter(item, filters.filter));
  const count = (filter: (typeof INBOX_FILTERS)[number]) => items.filter((item) => matchesFilter(item, filter)).length;
  const nobodyYet = inbox.isSuccess && items.length === 0;

  let body: ReactNode;
  if (inbox.isPending) {
    body = <ConversationListSkeleton />;
  } else if (inbox.isError && !inbox.data) {
    body = (
      <ErrorState title="Your messages didn't load" error={inbox.error} onRetry={() => void inbox.refetch()} retrying={inbox.isFetching} />
    );
  } else if (searching) {
    body = <SearchResults q={filters.q} conversations={items} onClear={() => update({ q: '' })} />;
  } else if (nobodyYet) {
    body = (
      <EmptyState
        icon={<Inbox />}
        title="No conversations yet"
        action={
          <Button onClick={() => setBroadcasting(true)} icon={<Megaphone aria-hidden className="size-4" />}>
            Message your clients
          </Button>
        }
      >
        When you or a client writes, the conversation shows up here, newest first, with what's unread and what needs your reply.
      </EmptyState>
    );
  } else if (shown.length === 0 && filters.filter !== 'all') {
    const empty = FILTERED_EMPTY[filters.filter];
    body = (
      <EmptyState
        icon={<MailCheck />}
        title={empty.title}
        action={
          <Button variant="secondary" onClick={() => update({ filter: 'all' })}>
            Show all conversations
          </Button>
        }
      >
        {empty.text}
      </EmptyState>
    );
  } else {
    body = <ConversationList items={shown} />;
  }

  return (
    <div className="flex flex-col gap-5">
      <PageHeader
        title="Messages"
        description="Every conversation with your clients, newest first."
        actions={
          !nobodyYet && (
            <Button variant="secondary" onClick={() => setBroadcasting(true)} icon={<Megaphone aria-hidden className="size-4" />}>
              Message clients
            </Button>
          )
        }
      />
      {!nobodyYet && (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <SearchInput
            label="Search messages"
            placeholder="Search all messages"
            value={filters.q}
            onChange={onSearch}
            inputRef={searchRef}
          />
          {!searching && (
            <div role="group" aria-label="Show" className="-mx-1 flex gap-1.5 overflow-x-auto px-1 pb-1 sm:pb-0">
              {INBOX_FILTERS.map((filter) => {
                const n = filter === 'all' ? 0 : count(filter);
                return (
                  <Chip key={filter} selected={filters.filter === filter} onClick={() => update({ filter })}>
                    {INBOX_FILTER_LABELS[filter]}
                    {n > 0 && <span className="ml-1.5 tabular-nums">{n}</span>}
                  </Chip>
                );
              })}
            </div>
          )}
          {filters.q.length === 1 && <p className="text-sm text-muted">Type one more letter to search.</p>}
        </div>
      )}
      {body}
      <BroadcastDialog open={broadcasting} onOpenChange={setBroadcasting} />
    </div>
  );
}
