import { Bot, HeartHandshake } from 'lucide-react';
import type { AiMessage } from '../../../shared/ai';
import { formatDateTime, relativeTime } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { cn } from '../../ui/cn';
import { LinkedText } from '../messages/linked-text';
import { HandOffButton, ProposedAction } from './assistant-actions';
import { toolsSummary } from './assistant-format';

type MessageProps = {
  message: AiMessage;
  /** The coach's first name ("Sam"). */
  coach: string;
  /** The trainer reads the conversation: no buttons, and sees what each answer was based on. */
  viewer: 'client' | 'trainer';
  /** The client without buttons (the assistant is off). */
  interactive?: boolean;
  now: number;
  /** Makes the row a place to jump to (the trainer's red-flag list). */
  anchorId?: string | undefined;
};

function Time({ iso, now }: { iso: string; now: number }) {
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {now - Date.parse(iso) < 24 * 3_600_000 ? relativeTime(iso, now) : formatDateTime(iso)}
    </time>
  );
}

/** The fixed safe reply to a red flag: calm, but it stands out, and it says the coach knows. */
export function EscalationReply({ content }: { content: string }) {
  return (
    <div className="flex gap-3 rounded-xl border border-accent/40 bg-accent-soft px-4 py-3 text-text">
      <HeartHandshake aria-hidden className="mt-0.5 size-5 shrink-0 text-accent-text" />
      <div className="flex min-w-0 flex-col gap-2">
        <p className="font-semibold">Your coach has been told</p>
        <p className="text-base whitespace-pre-wrap">{content}</p>
      </div>
    </div>
  );
}

/** A client's question (right) or the assistant's answer (left), with what the answer proposes. */
export function AssistantMessage({ message, coach, viewer, interactive = viewer === 'client', now, anchorId }: MessageProps) {
  const anchor = anchorId ? { id: anchorId, tabIndex: -1 } : {};
  const trainer = viewer === 'trainer';
  if (message.role === 'user') {
    return (
      <li {...anchor} className="flex scroll-mt-20 flex-col items-end gap-1 rounded-md focus-visible:outline-offset-4">
        <div
          className={cn(
            'max-w-[85%] rounded-xl rounded-br-md bg-accent px-3.5 py-2 text-base break-words whitespace-pre-wrap text-accent-fg sm:max-w-[75%]',
            trainer && message.escalated && 'ring-2 ring-danger ring-offset-2 ring-offset-bg',
          )}
        >
          {message.content}
        </div>
        <p className="flex flex-wrap items-center gap-x-1.5 px-1 text-xs text-muted">
          {trainer && message.escalated && <Badge tone="danger">Red flag · you were told</Badge>}
          {message.handedOff && <span>Sent to {trainer ? 'you' : coach} ·</span>}
          <Time iso={message.createdAt} now={now} />
        </p>
      </li>
    );
  }

  const tools = toolsSummary(message.tools);
  const fallback = message.status === 'failed' || message.status === 'budget' || message.status === 'off';
  // A swap proposal carries its own "Ask my coach"; escalations and "off" replies need none.
  const canHandOff =
    interactive && message.status !== 'escalated' && message.status !== 'off' && !message.actions.some((action) => action.type === 'swap');
  return (
    <li {...anchor} className="flex scroll-mt-20 flex-col items-start gap-1.5 rounded-md focus-visible:outline-offset-4">
      <div className="flex max-w-[92%] flex-col gap-2 sm:max-w-[80%]">
        {message.status === 'escalated' ? (
          <EscalationReply content={message.content} />
        ) : (
          <div
            className={cn(
              'rounded-xl rounded-bl-md px-3.5 py-2 text-base break-words whitespace-pre-wrap',
              fallback ? 'border border-dashed border-line-strong bg-surface-muted text-text' : 'border border-line bg-surface text-text',
            )}
          >
            <LinkedText text={message.content} />
          </div>
        )}
        {message.actions.map((action, index) => (
          <ProposedAction
            key={index}
            action={action}
            index={index}
            message={message}
            coach={coach}
            readOnly={!interactive}
            trainer={trainer}
          />
        ))}
      </div>
      <p className="flex flex-wrap items-center gap-x-1.5 px-1 text-xs text-muted">
        <Bot aria-hidden className="size-3.5" />
        <span>AI</span>
        <span>·</span>
        <Time iso={message.createdAt} now={now} />
        {trainer && tools && <span>· {tools}</span>}
        {trainer && fallback && <span>· {message.status === 'budget' ? 'budget reached' : 'model failed'}</span>}
        {trainer && message.handedOff && <span>· client asked you instead</span>}
      </p>
      {canHandOff && <HandOffButton message={message} coach={coach} label="Ask my coach instead" />}
    </li>
  );
}

/** The answer on its way: dots until the first words arrive, then the words as they come. */
export function StreamingAnswer({ text, name }: { text: string; name: string }) {
  return (
    <li className="flex flex-col items-start gap-1" aria-live="off">
      <div className="max-w-[92%] rounded-xl rounded-bl-md border border-line bg-surface px-3.5 py-2 text-base break-words whitespace-pre-wrap text-text sm:max-w-[80%]">
        {text ? (
          <>
            {text}
            <span aria-hidden className="ml-0.5 inline-block h-4 w-0.5 translate-y-0.5 bg-accent motion-safe:animate-pulse" />
          </>
        ) : (
          <span className="flex h-6 items-center gap-1" role="status">
            <span className="sr-only">{name} is writing…</span>
            {[0, 150, 300].map((delay) => (
              <span
                key={delay}
                aria-hidden
                style={{ animationDelay: `${delay}ms` }}
                className="size-2 rounded-full bg-muted motion-safe:animate-bounce"
              />
            ))}
          </span>
        )}
      </div>
    </li>
  );
}
