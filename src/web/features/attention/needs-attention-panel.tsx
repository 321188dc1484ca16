import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CircleCheck, Clock, X } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import type { AttentionItem } from '../../../shared/attention';
import { errorMessage } from '../../lib/api';
import { relativeTime } from '../../lib/dates';
import { Button, buttonClass } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Menu, MenuItem } from '../../ui/menu';
import { Skeleton } from '../../ui/skeleton';
import { FollowUpDraftButton } from '../ai/follow-up-draft';
import { attentionApi, attentionKeys, attentionQuery } from './queries';

const SHOWN = 5;

function Row({ item, onDismiss }: { item: AttentionItem; onDismiss: (item: AttentionItem, snoozeHours: number | null) => void }) {
  return (
    <li className="flex items-start gap-3 py-3 first:pt-0 last:pb-0">
      <span
        aria-hidden
        className={cn('mt-1.5 size-2.5 shrink-0 rounded-full', item.priority === 'high' ? 'bg-danger' : 'bg-warning')}
        title={item.priority === 'high' ? 'Urgent' : undefined}
      />
      {/* Phones: the actions go under the reason so the text keeps the full width. */}
      <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-3">
        <div className="min-w-0">
          <p className="text-sm">
            <Link to={`/clients/${item.clientId}`} className="font-medium text-text hover:underline">
              {item.clientName}
            </Link>
            {item.priority === 'high' && <span className="sr-only"> (urgent)</span>}
          </p>
          <p className="text-sm text-muted">
            {item.reason} <span className="whitespace-nowrap">· {relativeTime(item.since)}</span>
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-1">
          <FollowUpDraftButton item={item} />
          <Link to={item.action.link} className={buttonClass('secondary', 'sm')}>
            {item.action.label}
          </Link>
          <Menu label={`More for ${item.clientName}`}>
            <MenuItem icon={<Clock aria-hidden className="size-4" />} onSelect={() => onDismiss(item, 24)}>
              Snooze for a day
            </MenuItem>
            <MenuItem icon={<X aria-hidden className="size-4" />} onSelect={() => onDismiss(item, null)}>
              Dismiss
            </MenuItem>
          </Menu>
        </div>
      </div>
    </li>
  );
}

/** "Who needs me today": the trainer's list at the top of the clients page. */
export function NeedsAttentionPanel() {
  const queryClient = useQueryClient();
  const query = useQuery(attentionQuery());
  const [expanded, setExpanded] = useState(false);
  const dismiss = useMutation({
    mutationFn: ({ item, snoozeHours }: { item: AttentionItem; snoozeHours: number | null }) => attentionApi.dismiss(item.key, snoozeHours),
    onSuccess: (list, { item, snoozeHours }) => {
      queryClient.setQueryData(attentionKeys.all, list);
      toast.success(snoozeHours ? `Snoozed ${item.clientName} until tomorrow` : `Dismissed. It comes back if it happens again.`);
    },
    onError: (error) => toast.error(errorMessage(error)),
  });

  const items = query.data?.items ?? [];
  const shown = expanded ? items : items.slice(0, SHOWN);
  const urgent = items.filter((item) => item.priority === 'high').length;

  return (
    <section aria-labelledby="needs-attention" className="rounded-lg border border-line bg-surface p-4 shadow-sm sm:p-5">
      <div className="mb-3 flex items-center justify-between gap-3">
        <h2 id="needs-attention" className="flex items-center gap-2 text-base font-semibold text-text">
          Needs attention
          {items.length > 0 && (
            <span className="rounded-full bg-danger-soft px-2 py-0.5 text-xs font-semibold text-danger tabular-nums">{items.length}</span>
          )}
        </h2>
        {urgent > 0 && <p className="text-xs text-muted">{urgent === 1 ? '1 urgent' : `${urgent} urgent`}</p>}
      </div>
      {query.isPending ? (
        <div aria-busy className="flex flex-col gap-3" aria-label="Loading">
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-4/5" />
        </div>
      ) : query.isError && !query.data ? (
        <div role="alert" className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
          <p>The list didn&apos;t load: {errorMessage(query.error)}</p>
          <Button variant="secondary" size="sm" onClick={() => void query.refetch()} pending={query.isFetching}>
            Try again
          </Button>
        </div>
      ) : items.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-muted">
          <CircleCheck aria-hidden className="size-4 text-success" />
          All clear: nobody is waiting on you.
        </p>
      ) : (
        <>
          <ul className="divide-y divide-line">
            {shown.map((item) => (
              <Row key={item.key} item={item} onDismiss={(it, snoozeHours) => dismiss.mutate({ item: it, snoozeHours })} />
            ))}
          </ul>
          {items.length > SHOWN && (
            <Button variant="ghost" size="sm" className="mt-2" onClick={() => setExpanded(!expanded)}>
              {expanded ? 'Show fewer' : `Show all ${items.length}`}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
