import { useQuery } from '@tanstack/react-query';
import { ChevronRight, Sparkles } from 'lucide-react';
import { Link } from 'react-router';
import { assistantName, coachFirstName } from './assistant-format';
import { myAssistantQuery } from './queries';

/**
 * The way into the assistant from Today. Shown only when it is on for this client: hidden while
 * loading, when the coach hasn't switched it on, when the client opted out (Profile → Privacy),
 * when the plan lacks it (403) or on any error.
 */
export function AssistantTodayCard() {
  const query = useQuery({ ...myAssistantQuery(), staleTime: 5 * 60_000 });
  if (!query.data?.enabled || query.data.optedOut) return null;
  const coach = coachFirstName(query.data.coachName);
  const name = assistantName(query.data.coachName);
  return (
    <Link
      to="/assistant"
      className="group flex min-h-11 items-center gap-3 rounded-lg border border-line bg-surface p-4 hover:bg-surface-muted"
    >
      <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-soft text-accent-text">
        <Sparkles className="size-5" />
      </span>
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="font-semibold text-text">
          {coach === 'Your coach' ? 'Ask your coach’s assistant' : `Ask ${coach}'s assistant`}
        </span>
        <span className="text-sm text-muted">
          {name}: quick answers from your plan. {coach === 'Your coach' ? 'Your coach' : coach} can read it.
        </span>
      </span>
      <ChevronRight aria-hidden className="size-5 shrink-0 text-muted group-hover:text-text" />
    </Link>
  );
}
