import { useQuery } from '@tanstack/react-query';
import { ChevronRight, MessageSquareText, Sparkles, Video } from 'lucide-react';
import { Link, useSearchParams } from 'react-router';
import type { Client } from '../../../shared/clients';
import type { FormCheck } from '../../../shared/form-checks';
import { formatMoment } from '../../../shared/form-checks';
import { formatDateTime, relativeTime } from '../../lib/dates';
import { buttonClass } from '../../ui/button';
import { Chip } from '../../ui/chip';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { commentCountText } from './format';
import { formChecksQuery } from './queries';
import { formCheckPath, StatusBadge } from './set-video';

const FILTERS = [
  { value: null, label: 'All' },
  { value: 'waiting', label: 'Waiting' },
  { value: 'reviewed', label: 'Reviewed' },
] as const;

function Row({ item }: { item: FormCheck }) {
  return (
    <li>
      <Link
        to={formCheckPath(item.id)}
        className="flex items-center gap-3 px-3 py-2.5 hover:bg-surface-muted focus-visible:bg-surface-muted sm:gap-4"
      >
        <span className="relative flex aspect-video w-24 shrink-0 items-center justify-center overflow-hidden rounded-md border border-line bg-surface-muted sm:w-32">
          {item.posterUrl ? (
            <img src={item.posterUrl} alt="" loading="lazy" className="size-full object-cover" />
          ) : (
            <Video aria-hidden className="size-6 text-muted" />
          )}
          <span className="absolute right-1 bottom-1 rounded-sm bg-surface/90 px-1 text-xs font-medium text-text tabular-nums">
            {formatMoment(item.durationMs)}
          </span>
        </span>
        <span className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="flex items-start justify-between gap-2">
            <span className="line-clamp-2 font-medium break-words text-text">{item.label}</span>
            <StatusBadge status={item.status} />
          </span>
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
            <time dateTime={item.createdAt} title={formatDateTime(item.createdAt)}>
              {relativeTime(item.createdAt)}
            </time>
            <span className="inline-flex items-center gap-1">
              <MessageSquareText aria-hidden className="size-3.5" />
              {commentCountText(item.commentCount)}
            </span>
            {item.ai?.status === 'ready' && item.status === 'waiting' && (
              <span className="inline-flex items-center gap-1">
                <Sparkles aria-hidden className="size-3.5" />
                First look ready
              </span>
            )}
          </span>
          {item.note && <span className="truncate text-sm text-muted italic">“{item.note}”</span>}
        </span>
        <ChevronRight aria-hidden className="hidden size-4 shrink-0 text-muted sm:block" />
      </Link>
    </li>
  );
}

/** The trainer's Videos tab: a client's form checks, newest first, each opening its page. */
export function ClientVideosTab({ client }: { client: Client }) {
  const list = useQuery(formChecksQuery(client.id));
  const [params, setParams] = useSearchParams();
  const status = params.get('status') === 'waiting' || params.get('status') === 'reviewed' ? params.get('status') : null;
  const firstName = client.name.split(' ')[0] ?? client.name;

  if (list.isPending)
    return (
      <LoadingRegion label="Loading videos" className="flex flex-col gap-2">
        {[0, 1, 2].map((index) => (
          <div key={index} className="flex items-center gap-4 py-1">
            <Skeleton className="aspect-video w-32 rounded-md" />
            <div className="flex flex-1 flex-col gap-2">
              <Skeleton className="h-4 w-64 max-w-full" />
              <Skeleton className="h-3 w-32" />
            </div>
          </div>
        ))}
      </LoadingRegion>
    );
  if (list.isError)
    return <ErrorState title="Videos didn't load" error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />;
  if (list.data.length === 0)
    return (
      <EmptyState
        icon={<Video />}
        title="No videos yet"
        action={
          <Link to={`/clients/${encodeURIComponent(client.id)}/messages`} className={buttonClass('secondary')}>
            Ask {firstName} for one in Messages
          </Link>
        }
      >
        When {firstName} films a set and sends it from the workout log, it shows up here for you to review with comments at the moments that
        matter.
      </EmptyState>
    );

  const shown = status ? list.data.filter((item) => item.status === status) : list.data;
  const waiting = list.data.filter((item) => item.status === 'waiting').length;
  return (
    <section aria-label={`${firstName}'s videos`} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex gap-2" role="group" aria-label="Show">
          {FILTERS.map((filter) => (
            <Chip
              key={filter.label}
              selected={status === filter.value}
              onClick={() =>
                setParams(
                  (current) => {
                    const next = new URLSearchParams(current);
                    if (filter.value) next.set('status', filter.value);
                    else next.delete('status');
                    return next;
                  },
                  { replace: true },
                )
              }
            >
              {filter.label}
            </Chip>
          ))}
        </div>
        <p className="text-sm text-muted">
          {list.data.length} {list.data.length === 1 ? 'video' : 'videos'}
          {waiting > 0 && ` · ${waiting} waiting for you`}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="rounded-md border border-dashed border-line px-4 py-6 text-center text-sm text-muted">
          {status === 'waiting' ? 'Nothing waiting: every video has been reviewed.' : 'No reviewed videos yet.'}
        </p>
      ) : (
        <ul className="divide-y divide-line overflow-clip rounded-lg border border-line bg-surface">
          {shown.map((item) => (
            <Row key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
