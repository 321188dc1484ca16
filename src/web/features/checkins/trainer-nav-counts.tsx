import { useQuery } from '@tanstack/react-query';
import { attentionQuery } from '../attention/queries';
import { reviewQueueQuery } from './queries';

const pill = 'ml-auto inline-flex h-5 min-w-5 items-center justify-center rounded-full px-1.5 text-xs font-semibold tabular-nums';

/** Check-ins waiting for review, beside "Check-ins" in the trainer's navigation; nothing when none wait. */
export function ReviewNavCount() {
  const { data } = useQuery(reviewQueueQuery());
  const total = data?.items.length ?? 0;
  if (total === 0) return null;
  return (
    <span className={`${pill} bg-accent text-accent-fg`}>
      {total > 99 ? '99+' : total}
      <span className="sr-only"> waiting for review</span>
    </span>
  );
}

/** How many clients need attention, beside "Clients" (where the list is, at the top of the page). */
export function AttentionNavCount() {
  const { data } = useQuery(attentionQuery());
  const total = data?.items.length ?? 0;
  if (total === 0) return null;
  return (
    <span className={`${pill} bg-danger-soft text-danger`}>
      {total > 99 ? '99+' : total}
      <span className="sr-only"> need attention</span>
    </span>
  );
}
