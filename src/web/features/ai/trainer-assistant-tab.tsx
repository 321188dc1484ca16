import { useQuery } from '@tanstack/react-query';
import { Bot, History, MessageCircle, ShieldAlert } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AiMessage, AssistantState } from '../../../shared/ai';
import type { Client } from '../../../shared/clients';
import { formatDateTime, relativeTime } from '../../lib/dates';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { coachFirstName, formatTokens } from './assistant-format';
import { AssistantMessage } from './assistant-message';
import { clientAssistantQuery } from './queries';

function Escalations({ items, onJump }: { items: AiMessage[]; onJump: (id: string) => void }) {
  return (
    <Card title="Red flags" description="Messages the screen flagged. The client got the safe reply and you were notified.">
      {items.length === 0 ? (
        <p className="text-sm text-muted">None so far.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line">
          {items.map((item) => (
            <li key={item.id} className="py-2 first:pt-0 last:pb-0">
              <button
                type="button"
                onClick={() => onJump(item.id)}
                className="flex w-full flex-col items-start gap-0.5 rounded-sm text-left hover:underline"
              >
                <span className="line-clamp-2 text-sm text-text">“{item.content}”</span>
                <span className="text-xs text-muted" title={formatDateTime(item.createdAt)}>
                  {relativeTime(item.createdAt)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** What the model remembers of the older messages (it sees this and the newest 12). */
function EarlierSummary({ summary }: { summary: NonNullable<AssistantState['summary']> }) {
  return (
    <section aria-labelledby="ai-summary-title" className="mb-4 rounded-md border border-line bg-surface px-3 py-2.5">
      <h3 id="ai-summary-title" className="flex flex-wrap items-baseline gap-x-1.5 text-sm font-medium text-text">
        <History aria-hidden className="size-4 self-center text-muted" />
        Earlier: summary of {summary.messages} messages
        <span className="text-xs font-normal text-muted">until {formatDateTime(summary.upTo)}</span>
      </h3>
      <p className="mt-1 text-sm whitespace-pre-wrap text-text">{summary.text}</p>
      <p className="mt-1 text-xs text-muted">
        The assistant answers from this summary and the newest messages, not the whole conversation.
      </p>
    </section>
  );
}

/** The trainer's read-only view of a client's conversation with the assistant (/clients/:id/assistant). */
export function TrainerAssistantTab({ client }: { client: Client }) {
  const query = useQuery(clientAssistantQuery(client.id));
  const [now] = useState(() => Date.now());
  const first = client.name.split(' ')[0] ?? client.name;
  const reply = (
    <Link to={`/clients/${client.id}/messages`} className={buttonClass('primary', 'sm')}>
      <MessageCircle aria-hidden className="size-4" /> Reply in Messages
    </Link>
  );

  if (query.isPending)
    return (
      <LoadingRegion label="Loading the conversation" className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Skeleton className="h-96 rounded-lg" />
        <Skeleton className="h-48 rounded-lg" />
      </LoadingRegion>
    );
  if (query.isError)
    return (
      <ErrorState
        title="The conversation didn't load"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );

  const state = query.data;
  const coach = coachFirstName(state.coachName);
  const escalations = state.messages.filter((message) => message.role === 'user' && message.escalated).reverse();
  const jump = (id: string) => {
    const row = document.getElementById(`ai-${id}`);
    row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    row?.focus({ preventScroll: true });
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted">
          What {first} asked your AI assistant, read-only. Answers to red flags are a fixed safe reply, never the model’s.
        </p>
        {reply}
      </div>
      {state.optedOut ? (
        <Notice tone="info" title={`${first} turned the AI assistant off`}>
          {first} asked that their data isn’t sent to the AI provider. Their assistant is off, AI drafts about them are refused and their
          insight shows numbers only. Red flags they write are still screened and reach you.
        </Notice>
      ) : (
        !state.enabled && (
          <Notice tone="info" title="The AI assistant is off">
            Clients can’t ask it questions. Red flags they had raised before are still listed here. Switch it on under{' '}
            <Link to="/settings/ai" className="font-medium underline underline-offset-2">
              Settings → AI
            </Link>
            .
          </Notice>
        )
      )}
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section
          aria-label={`${first}'s conversation with the assistant`}
          className="rounded-lg border border-line bg-surface-muted/40 p-4"
        >
          {state.summary && <EarlierSummary summary={state.summary} />}
          {state.messages.length === 0 ? (
            <EmptyState icon={<Bot />} title={`${first} hasn't asked the assistant anything yet`} className="border-0">
              Questions and answers show up here as they happen, with what each answer looked up.
            </EmptyState>
          ) : (
            <ol aria-label="Messages" className="flex flex-col gap-4">
              {state.messages.map((message) => (
                <AssistantMessage
                  key={message.id}
                  anchorId={`ai-${message.id}`}
                  message={message}
                  coach={coach}
                  viewer="trainer"
                  now={now}
                />
              ))}
            </ol>
          )}
        </section>
        <div className="order-first flex flex-col gap-4 lg:sticky lg:top-4 lg:order-none">
          <Escalations items={escalations} onJump={jump} />
          <Card title="This month">
            <p className="text-sm text-muted">
              <span className="font-medium text-text tabular-nums">{formatTokens(state.budget.used)}</span> of{' '}
              {formatTokens(state.budget.limit)} tokens used
              {state.budget.reached ? ' — the limit is reached: answers are paused until next month.' : '.'}
            </p>
            <Link to="/settings/ai" className="mt-2 inline-block text-sm font-medium text-accent-text hover:underline">
              Budgets and usage
            </Link>
          </Card>
          {escalations.length > 0 && (
            <p className="flex items-start gap-2 text-xs text-muted">
              <ShieldAlert aria-hidden className="mt-px size-4 shrink-0" />
              Red flags also sit in Needs attention until you dismiss them.
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
