import { useQuery } from '@tanstack/react-query';
import { unreadQuery } from '../messages/queries';

/** The unread total beside "Messages" in the trainer's navigation; nothing when all is read. */
export function UnreadNavCount() {
  const { data } = useQuery(unreadQuery());
  const total = data?.total ?? 0;
  if (total === 0) return null;
  return (
    <span className="ml-auto inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-accent px-1.5 text-xs font-semibold text-accent-fg tabular-nums">
      {total > 99 ? '99+' : total}
      <span className="sr-only"> unread</span>
    </span>
  );
}
