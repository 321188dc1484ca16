import type { Checkin, Question } from '../../../shared/checkins';
import type { MetricDefinition } from '../../../shared/progress';
import { cn } from '../../ui/cn';
import type { Unit } from '../history/format';
import { formatNumber, metricInfo } from '../metrics/units';
import { answerText } from './client-format';

type Answer = Checkin['answers'][number];

function PhotoValue({ answer, prompt }: { answer: Answer; prompt: string }) {
  if (!answer.photoUrl) return null;
  return (
    <a
      href={answer.photoUrl}
      target="_blank"
      rel="noreferrer"
      className="block w-32 overflow-hidden rounded-lg border border-line bg-surface-muted hover:opacity-90"
    >
      <img src={`${answer.photoUrl}/thumbnail`} alt={`Your photo: ${prompt}`} loading="lazy" className="aspect-[3/4] w-full object-cover" />
    </a>
  );
}

function MetricsValue({
  question,
  value,
  units,
  customMetrics,
}: {
  question: Question;
  value: Answer['value'];
  units: Unit;
  customMetrics: MetricDefinition[];
}) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  // In the question's order (weight first, as it was asked), whatever order the answer came in.
  const entries = question.metrics.flatMap((metric) => (value[metric] ? [[metric, value[metric]] as const] : []));
  return (
    <dl className="grid grid-cols-2 gap-2">
      {entries.map(([metric, entry]) => (
        <div key={metric} className="rounded-md bg-surface-muted px-3 py-2">
          <dt className="text-xs text-muted">{metricInfo(metric, units, customMetrics).label}</dt>
          <dd className="text-lg font-semibold text-text tabular-nums">
            {formatNumber(entry.value)} <span className="text-sm font-normal text-muted">{entry.unit}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function AnswerShown({
  question,
  answer,
  units,
  customMetrics,
}: {
  question: Question;
  answer: Answer | undefined;
  units: Unit;
  customMetrics: MetricDefinition[];
}) {
  if (!answer || answer.value === null) return <p className="text-sm text-muted italic">No answer</p>;
  if (question.type === 'photo') return <PhotoValue answer={answer} prompt={question.prompt} />;
  if (question.type === 'body_metrics')
    return <MetricsValue question={question} value={answer.value} units={units} customMetrics={customMetrics} />;
  const text = answerText(question, answer.value);
  // Numbers and yes/no read big, words at reading size.
  const big = question.type === 'scale_5' || question.type === 'scale_10' || question.type === 'yes_no' || question.type === 'number';
  const chosen = question.type === 'single_choice' || question.type === 'multi_choice';
  return (
    <p
      className={cn(
        'break-words whitespace-pre-line text-text',
        big ? 'text-lg font-semibold' : chosen ? 'text-base font-medium' : 'text-base',
      )}
    >
      {text}
    </p>
  );
}

/** A sent check-in's answers, question by question, photos as pictures. */
export function AnswerList({ checkin, units, customMetrics = [] }: { checkin: Checkin; units: Unit; customMetrics?: MetricDefinition[] }) {
  const byQuestion = new Map(checkin.answers.map((answer) => [answer.questionId, answer]));
  return (
    <ol className="flex flex-col divide-y divide-line">
      {checkin.questions.map((question, index) => (
        <li key={question.id} className="flex flex-col gap-2 py-4 first:pt-0 last:pb-0">
          <p className="text-sm font-medium break-words text-muted">{`${index + 1}. ${question.prompt}`}</p>
          <AnswerShown question={question} answer={byQuestion.get(question.id)} units={units} customMetrics={customMetrics} />
        </li>
      ))}
    </ol>
  );
}
