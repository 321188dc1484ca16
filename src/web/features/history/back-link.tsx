import { ChevronLeft } from 'lucide-react';
import { Link } from 'react-router';

/** "‹ Progress": the way back up, a full 44 px touch target on phones. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link
      to={to}
      className="-ml-2 inline-flex min-h-11 items-center gap-1 self-start rounded-md pr-2 text-sm text-muted hover:text-text sm:min-h-8"
    >
      <ChevronLeft aria-hidden className="size-4" />
      {children}
    </Link>
  );
}
