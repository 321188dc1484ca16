import { useQuery } from '@tanstack/react-query';
import {
  Award,
  BellRing,
  CheckCheck,
  ClipboardCheck,
  ClipboardList,
  MessageCircle,
  MessageSquareText,
  TriangleAlert,
  Settings,
  Trophy,
  Video,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Notification, NotificationType } from '../../../shared/notifications';
import { relativeTime } from '../../lib/dates';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { notificationsQuery, useMarkNotificationsRead } from './queries';

const ICONS: Record<NotificationType, ReactNode> = {
  message: <MessageCircle />,
  checkin_due: <ClipboardList />,
  checkin_submitted: <ClipboardList />,
  checkin_reviewed: <ClipboardCheck />,
  workout_comment: <MessageSquareText />,
  food_comment: <MessageSquareText />,
  form_check: <Video />,
  form_check_comment: <MessageSquareText />,
  ai_escalation: <TriangleAlert />,
  pr: <Trophy />,
  badge: <Award />,
};

/** What "count" folded events are called, per type: "3 new messages". */
const FOLDED: Record<NotificationType, string> = {
  message: 'new messages',
  checkin_due: 'check-ins due',
  checkin_submitted: 'check-ins to review',
  checkin_reviewed: 'check-ins reviewed',
  workout_comment: 'new comments',
  food_comment: 'new comments on your food log',
  form_check: 'form-check videos to review',
  form_check_comment: 'new comments on your videos',
  ai_escalation: 'red flags from the assistant',
  pr: 'new records',
  badge: 'new badges',
};

/** Only paths inside the app are followed; anything else opens the home page instead. */
const safeLink = (link: string) => (link.startsWith('/') && !link.startsWith('//') ? link : '/');

function NotificationItem({ item, onOpen }: { item: Notification; onOpen: (item: Notification) => void }) {
  const unread = item.readAt === null;
  return (
    <li>
      <Link
        to={safeLink(item.link)}
        onClick={() => onOpen(item)}
        className={cn(
          'flex gap-3 px-4 py-3 outline-offset-[-2px] hover:bg-surface-muted',
          unread && 'bg-accent-soft/60 hover:bg-accent-soft',
        )}
      >
        <span
          aria-hidden
          className={cn(
            'flex size-9 shrink-0 items-center justify-center rounded-full [&>svg]:size-4.5',
            unread ? 'bg-accent text-accent-fg' : 'bg-surface-muted text-muted',
          )}
        >
          {ICONS[item.type]}
        </span>
        <span className="flex min-w-0 flex-1 flex-col gap-0.5">
          <span className="flex items-baseline justify-between gap-3">
            <span className={cn('text-sm break-words text-text', unread && 'font-semibold')}>
              {unread && <span className="sr-only">Unread: </span>}
              {item.title}
            </span>
            <time dateTime={item.updatedAt} className="shrink-0 text-xs text-muted">
              {relativeTime(item.updatedAt)}
            </time>
          </span>
          {item.count > 1 && <span className="text-xs font-medium text-accent-text">{`${item.count} ${FOLDED[item.type]}`}</span>}
          {item.body && <span className="line-clamp-2 text-sm break-words text-muted">{item.body}</span>}
        </span>
        {unread && <span aria-hidden className="mt-1.5 size-2 shrink-0 rounded-full bg-accent" />}
      </Link>
    </li>
  );
}

function ListSkeleton() {
  return (
    <LoadingRegion label="Loading notifications" className="flex flex-col">
      {Array.from({ length: 4 }, (_, index) => (
        <div key={index} className="flex gap-3 px-4 py-3">
          <span aria-hidden className="size-9 shrink-0 rounded-full bg-line/60 motion-safe:animate-pulse" />
          <div className="flex flex-1 flex-col gap-2 pt-0.5">
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="h-4 w-full" />
          </div>
        </div>
      ))}
    </LoadingRegion>
  );
}

/** Newest first; choosing one marks it read and opens what it is about. */
export function NotificationItems({ onNavigate }: { onNavigate: () => void }) {
  const list = useQuery(notificationsQuery());
  const markRead = useMarkNotificationsRead();
  if (list.isPending) return <ListSkeleton />;
  if (list.isError)
    return (
      <ErrorState
        title="Your notifications didn't load"
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
        className="border-0 px-4 py-8"
      />
    );
  if (list.data.items.length === 0)
    return (
      <EmptyState icon={<BellRing />} title="You're all caught up" className="m-4 border-0 py-8">
        New messages, check-ins and personal records will show up here.
      </EmptyState>
    );
  return (
    <ul className="divide-y divide-line">
      {list.data.items.map((item) => (
        <NotificationItem
          key={item.id}
          item={item}
          onOpen={(opened) => {
            if (opened.readAt === null) markRead.mutate([opened.id]);
            onNavigate();
          }}
        />
      ))}
    </ul>
  );
}

export function MarkAllReadButton({ className }: { className?: string }) {
  const list = useQuery(notificationsQuery());
  const markRead = useMarkNotificationsRead();
  const unread = list.data?.unread ?? 0;
  if (unread === 0) return null;
  return (
    <Button
      variant="ghost"
      size="sm"
      className={className}
      onClick={() => markRead.mutate(undefined)}
      icon={<CheckCheck aria-hidden className="size-4" />}
    >
      Mark all read
    </Button>
  );
}

export function PreferencesLink({ to, onNavigate, className }: { to: string; onNavigate: () => void; className?: string }) {
  return (
    <Link
      to={to}
      onClick={onNavigate}
      className={cn(
        'inline-flex min-h-11 items-center gap-2 rounded-md px-2 text-sm font-medium text-accent-text hover:bg-surface-muted',
        className,
      )}
    >
      <Settings aria-hidden className="size-4" />
      Notification settings
    </Link>
  );
}
