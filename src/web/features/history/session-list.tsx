import { ChevronRight, Star, Trophy } from 'lucide-react';
import { Link } from 'react-router';
import type { SessionList } from '../../../shared/logging';
import { Badge } from '../../ui/badge';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { formatDuration, formatVolume, formatWorkoutDate, RATING_LABELS, sessionSeconds, type Unit } from './format';

/* The client's list of past workouts (Progress and History share it). Types only from shared. */

export type SessionListItem = SessionList['items'][number];

export function PrBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <Badge tone="accent">
      <Trophy aria-hidden className="size-3.5" />
      {count === 1 ? 'PR' : `${count} PRs`}
    </Badge>
  );
}

export function RatingBadge({ rating }: { rating: number | null }) {
  if (rating === null) return null;
  return (
    <Badge tone="neutral">
      <Star aria-hidden className="size-3.5" />
      <span>
        {RATING_LABELS[rating] ?? rating}
        <span className="sr-only"> ({rating} of 5)</span>
      </span>
    </Badge>
  );
}

/** "47 min · 12 sets · 3,240 kg" */
export function sessionNumbers(item: SessionListItem, unit: Unit): string {
  const seconds = sessionSeconds(item);
  const parts = [
    seconds === null ? null : formatDuration(seconds),
    `${item.setsDone} ${item.setsDone === 1 ? 'set' : 'sets'}`,
    item.volumeKg > 0 ? formatVolume(item.volumeKg, unit) : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** Where a workout opens for its client: the gym screen while it is still going, its page once done. */
export const clientWorkoutPath = (item: Pick<SessionListItem, 'id' | 'status'>) =>
  item.status === 'in_progress' ? `/workout/${encodeURIComponent(item.id)}` : `/progress/workouts/${encodeURIComponent(item.id)}`;

export function SessionCards({ items, unit, label }: { items: SessionListItem[]; unit: Unit; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-col divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface">
      {items.map((item) => (
        <li key={item.id}>
          <Link to={clientWorkoutPath(item)} className="flex min-h-16 items-center gap-3 px-4 py-3 hover:bg-surface-muted">
            <span className="flex min-w-0 flex-1 flex-col gap-1">
              <span className="text-xs text-muted">
                <time dateTime={item.startedAt}>{formatWorkoutDate(item.startedAt)}</time>
              </span>
              <span className="truncate font-medium text-text">{item.name}</span>
              <span className="text-sm text-muted tabular-nums">{sessionNumbers(item, unit)}</span>
              {(item.status === 'in_progress' || item.rating !== null || item.recordCount > 0) && (
                <span className="flex flex-wrap gap-1.5">
                  {item.status === 'in_progress' && <Badge tone="outline">In progress · resume</Badge>}
                  <PrBadge count={item.recordCount} />
                  <RatingBadge rating={item.rating} />
                </span>
              )}
            </span>
            <ChevronRight aria-hidden className="size-5 shrink-0 text-muted" />
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function SessionCardsSkeleton({ rows = 3, label = 'Loading workouts' }: { rows?: number; label?: string }) {
  return (
    <LoadingRegion label={label} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="flex flex-col gap-2 px-4 py-3">
          <Skeleton className="h-3 w-20" />
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-3 w-48" />
        </div>
      ))}
    </LoadingRegion>
  );
}
