import { ArrowDown, ArrowUp, Equal, ImageOff } from 'lucide-react';
import { useState } from 'react';
import type { Checkin, Question } from '../../../shared/checkins';
import type { MetricDefinition } from '../../../shared/progress';
import { formatDate } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { cn } from '../../ui/cn';
import { answerChange, answersById, formatAnswer, metricLabel } from './review-format';
import type { AnswerValue, Delta } from './review-format';

type Answer = Checkin['answers'][number];

/** A photo answer: the small authorised preview, opening the full photo. */
function Photo({ answer, label }: { answer: Answer | undefined; label: string }) {
  const [broken, setBroken] = useState(false);
  if (!answer?.photoUrl || answer.value === null || answer.value === '') return <p className="text-sm text-muted">No photo</p>;
  if (broken)
    return (
      <p className="flex items-center gap-1.5 text-sm text-muted">
        <ImageOff aria-hidden className="size-4" /> The photo didn&apos;t load
      </p>
    );
  return (
    <a href={answer.photoUrl} target="_blank" rel="noreferrer" className="block w-32 overflow-hidden rounded-md border border-line sm:w-40">
      <img
        src={`${answer.photoUrl}/thumbnail`}
        alt={label}
        loading="lazy"
        onError={() => setBroken(true)}
        className="aspect-[3/4] w-full bg-surface-muted object-cover"
      />
    </a>
  );
}

function DeltaText({ change, className }: { change: Delta; className?: string }) {
  const Icon = change.direction === 'up' ? ArrowUp : change.direction === 'down' ? ArrowDown : Equal;
  return (
    <span
      className={cn(
        'inline-flex items-center gap-0.5 text-sm font-medium whitespace-nowrap tabular-nums',
        change.direction === 'same' ? 'text-muted' : 'text-text',
        className,
      )}
    >
      <Icon aria-hidden className="size-3.5" />
      <span>
        {change.direction === 'same' ? 'same' : change.text}
        <span className="sr-only"> since last time</span>
      </span>
    </span>
  );
}

function Value({
  question,
  value,
  custom,
  muted,
}: {
  question: Question;
  value: AnswerValue | undefined;
  custom: MetricDefinition[];
  muted?: boolean;
}) {
  const text = formatAnswer(question, value, custom);
  const empty = text === 'No answer';
  const big = !empty && (question.type === 'scale_5' || question.type === 'scale_10' || question.type === 'number');
  return (
    <p
      className={cn(
        'break-words whitespace-pre-line',
        big ? 'text-lg font-semibold tabular-nums' : 'text-sm',
        empty ? 'text-muted italic' : muted ? 'text-muted' : 'text-text',
      )}
    >
      {text}
    </p>
  );
}

function AnswerRow({
  question,
  index,
  now,
  before,
  previousDate,
  custom,
}: {
  question: Question;
  index: number;
  now: Answer | undefined;
  before: Answer | undefined;
  previousDate: string | null;
  custom: MetricDefinition[];
}) {
  const change = answerChange(question, now?.value, before?.value);
  const isPhoto = question.type === 'photo';
  const isText = question.type === 'short_text' || question.type === 'long_text';
  return (
    <li className="flex flex-col gap-2 py-4 first:pt-0 last:pb-0">
      <h3 className="text-sm font-medium text-muted">
        <span className="tabular-nums">{index + 1}.</span> {question.prompt}
      </h3>
      {/* Short answers sit side by side even on a phone; written ones stack there. */}
      <div className={cn('grid gap-3', previousDate && (isText ? 'sm:grid-cols-2' : 'grid-cols-2'))}>
        <div className="flex min-w-0 flex-col gap-1">
          {previousDate && <p className="text-xs text-muted">This time</p>}
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            {isPhoto ? (
              <Photo answer={now} label={`${question.prompt}, this time`} />
            ) : (
              <Value question={question} value={now?.value} custom={custom} />
            )}
            {change.kind === 'number' && <DeltaText change={change.change} />}
            {change.kind === 'changed' && !isPhoto && <Badge tone="accent">New</Badge>}
          </div>
          {change.kind === 'metrics' && Object.keys(change.changes).length > 0 && (
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {Object.entries(change.changes).map(([key, delta]) => (
                <li key={key} className="flex items-center gap-1 text-sm text-muted">
                  {metricLabel(key, custom)} <DeltaText change={delta} />
                </li>
              ))}
            </ul>
          )}
        </div>
        {previousDate && (
          <div className={cn('flex min-w-0 flex-col gap-1 border-line', isText ? 'sm:border-l sm:pl-3' : 'border-l pl-3')}>
            <p className="text-xs text-muted" title={formatDate(previousDate)}>
              Last time
            </p>
            {isPhoto ? (
              <Photo answer={before} label={`${question.prompt}, last time`} />
            ) : (
              <Value question={question} value={before?.value} custom={custom} muted />
            )}
          </div>
        )}
      </div>
    </li>
  );
}

/** Every answer beside the same client's previous answer to the same question, with what changed. */
export function ReviewAnswers({ checkin, previous, custom }: { checkin: Checkin; previous: Checkin | null; custom: MetricDefinition[] }) {
  const now = answersById(checkin);
  const before = answersById(previous);
  return (
    <ol className="divide-y divide-line">
      {checkin.questions.map((question, index) => (
        <AnswerRow
          key={question.id}
          question={question}
          index={index}
          now={now.get(question.id)}
          before={before.get(question.id)}
          previousDate={previous?.dueDate ?? null}
          custom={custom}
        />
      ))}
    </ol>
  );
}
