import { useState } from 'react';
import type { Question } from '../../../shared/checkins';
import type { MetricDefinition } from '../../../shared/progress';
import { ClientQuestion } from './client-question';
import type { DraftValue } from './client-question';

/* The form as a client sees it on the phone: the client's own question renderer, every control works, nothing is sent. */

/** A phone-sized frame with the form's questions, interactive but never sent (photos are shown, never uploaded). */
export function FormPreview({
  name,
  description,
  questions,
  customMetrics,
}: {
  name: string;
  description: string;
  questions: Question[];
  customMetrics: MetricDefinition[];
}) {
  const [answers, setAnswers] = useState<Record<string, DraftValue>>({});
  return (
    <div className="mx-auto w-full max-w-sm rounded-2xl border border-line bg-bg p-3 shadow-sm">
      <div className="px-1 pb-3">
        <p className="text-xs font-medium tracking-wide text-muted uppercase">Check-in</p>
        <h3 className="text-lg font-semibold text-text">{name || 'Untitled check-in'}</h3>
        {description && <p className="mt-1 text-sm whitespace-pre-line text-muted">{description}</p>}
      </div>
      <div className="flex flex-col gap-3">
        {questions.map((question, index) => (
          <ClientQuestion
            key={question.id}
            question={question.prompt ? question : { ...question, prompt: `Question ${index + 1}` }}
            number={index + 1}
            value={answers[question.id]}
            onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
            customMetrics={customMetrics}
            preview
          />
        ))}
      </div>
      <button type="button" disabled className="mt-4 h-12 w-full rounded-md bg-accent text-base font-medium text-accent-fg opacity-80">
        Send to your coach
      </button>
    </div>
  );
}
