import { useQuery } from '@tanstack/react-query';
import { MessageCircle } from 'lucide-react';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState } from '../../ui/states';
import { sessionQuery } from '../auth/queries';
import { Conversation } from './conversation';

/** The client's one thread with their coach, sized to fill the screen above the bottom navigation. */
export function MessagesPage() {
  const { data: viewer, isPending } = useQuery(sessionQuery());
  const clientId = viewer?.user?.clientId ?? null;
  const coachName = viewer?.coachName ?? null;
  const coachFirst = coachName?.split(' ')[0];

  return (
    <div className="flex flex-col gap-4">
      <title>Messages · OneCoach</title>
      <header className="flex items-center gap-3">
        <span
          aria-hidden
          className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-soft font-semibold text-accent-text"
        >
          {coachName ? coachName.charAt(0).toUpperCase() : <MessageCircle className="size-5" />}
        </span>
        <div className="flex min-w-0 flex-col">
          <h1 className="text-xl font-semibold text-text">{coachName ? `Your coach ${coachName}` : 'Your coach'}</h1>
          <p className="hidden text-sm text-muted md:block">Questions, check-in replies and notes about your workouts</p>
        </div>
      </header>
      {isPending ? (
        <LoadingRegion label="Loading messages">
          <Skeleton className="h-[calc(100dvh-16rem)] w-full rounded-lg md:h-[calc(100dvh-15rem)]" />
        </LoadingRegion>
      ) : clientId ? (
        <Conversation
          clientId={clientId}
          side="client"
          otherName={coachFirst}
          className="h-[max(22rem,calc(100dvh-16rem-env(safe-area-inset-bottom)))] md:h-[max(24rem,calc(100dvh-15rem))]"
        />
      ) : (
        <EmptyState icon={<MessageCircle />} title="Messages are for coached clients">
          Once you're signed in as a client, your conversation with your coach lives here.
        </EmptyState>
      )}
    </div>
  );
}
