import { useQuery } from '@tanstack/react-query';
import { MessageCircle, ShieldCheck, Sparkles } from 'lucide-react';
import { Link } from 'react-router';
import type { AssistantState } from '../../../shared/ai';
import { buttonClass } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { NotInPlan, notInPlanArea } from '../billing/not-in-plan';
import { sessionQuery } from '../auth/queries';
import { AssistantChat } from './assistant-chat';
import { assistantName, coachFirstName } from './assistant-format';
import { AssistantMessage } from './assistant-message';
import { myAssistantQuery } from './queries';

// The chat fills the screen between the header and the bottom navigation, so the composer sits in the thumb zone.
const CHAT_HEIGHT = 'h-[max(22rem,calc(100dvh-17.5rem-env(safe-area-inset-bottom)))] md:h-[max(24rem,calc(100dvh-16rem))]';

function ChatSkeleton() {
  return (
    <LoadingRegion
      label="Loading your conversation"
      className={`flex flex-col justify-end gap-3 rounded-lg border border-line p-4 ${CHAT_HEIGHT}`}
    >
      <Skeleton className="h-10 w-1/2 self-end rounded-xl" />
      <Skeleton className="h-24 w-4/5 rounded-xl" />
      <Skeleton className="h-10 w-2/5 self-end rounded-xl" />
      <Skeleton className="h-16 w-3/4 rounded-xl" />
      <Skeleton className="mt-2 h-11 w-full" />
    </LoadingRegion>
  );
}

/** Switched off (by the coach, or by the client on Profile → Privacy): says so, shows the way back, and keeps what was said before readable. */
function AssistantOff({ state, coach }: { state: AssistantState; coach: string }) {
  return (
    <div className="flex flex-col gap-4">
      {state.optedOut ? (
        <Notice title="You turned the AI assistant off">
          <p>Nothing about you is sent to the AI provider. Turn it back on in Profile → Privacy, or ask {coach} in Messages.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Link to="/profile#privacy" className={buttonClass('primary', 'md')}>
              <ShieldCheck aria-hidden className="size-4" /> Profile → Privacy
            </Link>
            <Link to="/messages" className={buttonClass('secondary', 'md')}>
              <MessageCircle aria-hidden className="size-4" /> Message {coach}
            </Link>
          </div>
        </Notice>
      ) : (
        <Notice title={`${coach} hasn't switched the assistant on`}>
          <p>Your questions go to {coach} directly in Messages.</p>
          <Link to="/messages" className={buttonClass('primary', 'md', 'mt-2')}>
            <MessageCircle aria-hidden className="size-4" /> Message {coach}
          </Link>
        </Notice>
      )}
      {state.messages.length > 0 && (
        <section aria-label="Earlier questions" className="flex flex-col gap-3">
          <h2 className="text-sm font-medium text-muted">Earlier questions</h2>
          <ol className="flex flex-col gap-4">
            {state.messages.map((message) => (
              <AssistantMessage key={message.id} message={message} coach={coach} viewer="client" interactive={false} now={Date.now()} />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

/** /assistant — the client asks their coach's AI assistant, answers stream in. */
export function AssistantPage() {
  const { data: viewer } = useQuery(sessionQuery());
  const query = useQuery(myAssistantQuery());
  const coachName = query.data?.coachName ?? viewer?.coachName ?? null;
  const coach = coachFirstName(coachName);
  const name = assistantName(coachName);
  const area = notInPlanArea(query.error);

  return (
    <div className="flex flex-col gap-4">
      <title>{`${name} · OneCoach`}</title>
      <header className="flex items-center gap-3">
        <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-soft text-accent-text">
          <Sparkles className="size-5" />
        </span>
        <div className="flex min-w-0 flex-col">
          <h1 className="text-xl font-semibold text-text">{name}</h1>
          <p className="text-sm text-muted">Answers from your plan; {coach === 'Your coach' ? 'your coach' : coach} can read this</p>
        </div>
      </header>
      {query.isPending ? (
        <ChatSkeleton />
      ) : area ? (
        <NotInPlan area={area} />
      ) : query.isError ? (
        <ErrorState
          title="Your conversation didn't load"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : query.data.enabled && !query.data.optedOut ? (
        <AssistantChat state={query.data} coach={coach} className={CHAT_HEIGHT} />
      ) : (
        <AssistantOff state={query.data} coach={coach} />
      )}
    </div>
  );
}
