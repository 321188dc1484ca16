import { Sparkles } from 'lucide-react';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { AssistantState } from '../../../shared/ai';
import { cn } from '../../ui/cn';
import { Notice } from '../../ui/notice';
import { AssistantComposer } from './assistant-composer';
import { askProblem, assistantName } from './assistant-format';
import { AssistantMessage, StreamingAnswer } from './assistant-message';
import { useAsk } from './use-ask';

export const STARTERS = ["What's my workout today?", 'How am I doing on my goal?', 'What should I eat after training?'];

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

function Starters({ coach, onPick, disabled }: { coach: string; onPick: (text: string) => void; disabled: boolean }) {
  return (
    <div className="my-auto flex flex-col items-center gap-4 py-6 text-center">
      <span aria-hidden className="flex size-12 items-center justify-center rounded-full bg-accent-soft text-accent-text">
        <Sparkles className="size-6" />
      </span>
      <div className="flex max-w-sm flex-col gap-1">
        <h2 className="text-base font-semibold text-text">Ask anything about your plan</h2>
        <p className="text-sm text-muted">
          Answers come from your workouts, food and progress. For anything about pain or your health, {coach} is told straight away.
        </p>
      </div>
      <ul aria-label="Suggested questions" className="flex w-full max-w-sm flex-col gap-2">
        {STARTERS.map((starter) => (
          <li key={starter}>
            <button
              type="button"
              disabled={disabled}
              onClick={() => onPick(starter)}
              className="flex min-h-11 w-full items-center rounded-lg border border-line-strong bg-surface px-4 py-2 text-left text-base text-text hover:bg-surface-muted disabled:opacity-60"
            >
              {starter}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The client's chat with the assistant: the conversation, the answer streaming in, and the composer at the bottom. */
export function AssistantChat({ state, coach, className }: { state: AssistantState; coach: string; className?: string }) {
  const { ask, streaming } = useAsk();
  const now = useNow(30_000);
  const problemId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const name = assistantName(state.coachName);
  const problem = ask.isError ? askProblem(ask.error, coach) : null;

  const send = async (text: string) => {
    stick.current = true;
    try {
      await ask.mutateAsync(text);
      return true;
    } catch {
      return false; // shown below; the words stay in the box
    }
  };

  // Follow the conversation to the bottom while the reader is there (always after they ask).
  const count = state.messages.length;
  const streamed = streaming?.answer.length ?? -1;
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list && stick.current) list.scrollTop = list.scrollHeight;
  }, [count, streamed]);
  const onScroll = () => {
    const list = listRef.current;
    if (list) stick.current = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  };

  const empty = count === 0 && !streaming;
  return (
    <section
      aria-label={`Conversation with ${name}`}
      className={cn('flex min-h-0 flex-col overflow-hidden rounded-lg border border-line bg-surface-muted/40', className)}
    >
      <div ref={listRef} onScroll={onScroll} className="flex min-h-0 flex-1 flex-col overflow-y-auto overscroll-contain p-4">
        {empty ? (
          <Starters coach={coach} onPick={(text) => void send(text)} disabled={ask.isPending} />
        ) : (
          <ol aria-label="Messages" className="mt-auto flex flex-col gap-4">
            {state.messages.map((message) => (
              <AssistantMessage key={message.id} message={message} coach={coach} viewer="client" now={now} />
            ))}
            {streaming && (
              <>
                <li className="flex justify-end">
                  <div className="max-w-[85%] rounded-xl rounded-br-md bg-accent px-3.5 py-2 text-base break-words whitespace-pre-wrap text-accent-fg sm:max-w-[75%]">
                    {streaming.question}
                  </div>
                </li>
                <StreamingAnswer text={streaming.answer} name={name} />
              </>
            )}
          </ol>
        )}
      </div>
      {/* The finished answer is read out once, not piece by piece. */}
      <p aria-live="polite" className="sr-only">
        {!streaming && ask.isSuccess ? `${name}: ${ask.data.answer.content}` : ''}
      </p>
      {state.budget.reached && (
        <Notice tone="warning" className="mx-3 mt-3 py-2">
          This month's assistant allowance is used up. {coach} can still answer you in{' '}
          <Link to="/messages" className="font-medium underline underline-offset-2">
            Messages
          </Link>
          .
        </Notice>
      )}
      {problem && (
        <div id={problemId} className="mx-3 mt-3">
          <Notice tone={problem.kind === 'other' ? 'danger' : 'warning'}>
            {problem.text}{' '}
            {problem.kind !== 'offline' && (
              <Link to="/messages" className="font-medium underline underline-offset-2">
                Open Messages
              </Link>
            )}
          </Notice>
        </div>
      )}
      <AssistantComposer label={`Ask ${name}`} pending={ask.isPending} onAsk={send} describedBy={problem ? problemId : undefined} />
    </section>
  );
}
