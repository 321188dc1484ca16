import { useId, type ReactNode } from 'react';
import type { Question } from '../../../shared/checkins';
import type { MetricDefinition } from '../../../shared/progress';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import type { Unit } from '../history/format';
import type { DraftValue } from './client-answers';
import { PhotoAnswer } from './client-photo-answer';
import { BodyMetrics, Choices, NumberInput, Scale, type Aria } from './client-question-inputs';

export type { DraftValue } from './client-answers';

export type ClientQuestionProps = {
  question: Question;
  /** The answer so far (numbers as typed text; a photo as its upload id; a body block as metric → text). */
  value: DraftValue | undefined;
  onChange: (value: DraftValue) => void;
  /** The question's error (from the page's checks or the server's `answers.<id>`). */
  error?: string | undefined;
  /** A body block: each measurement's own error (`answers.<id>.<metric>`). */
  metricErrors?: Record<string, string> | undefined;
  disabled?: boolean | undefined;
  /** The client's units for a body block (kg users enter cm, lb users inches). Defaults to kg. */
  units?: Unit | undefined;
  /** Custom metrics a body block may ask for (their names and units). */
  customMetrics?: MetricDefinition[] | undefined;
  /** Photo questions need the network; the rest can be filled in offline. */
  offline?: boolean | undefined;
  /** The trainer's "as the client sees it": photos are shown but never uploaded. */
  preview?: boolean | undefined;
  /** A photo is uploading (the page holds Send until it is up). */
  onUploadingChange?: ((uploading: boolean) => void) | undefined;
  /** Shown before the prompt, e.g. "3". */
  number?: number | undefined;
};

function Answer(props: ClientQuestionProps & { aria: Aria }) {
  const { question, value, onChange, aria } = props;
  const text = typeof value === 'string' ? value : '';
  switch (question.type) {
    case 'scale_5':
    case 'scale_10':
      return <Scale question={question} value={value} onChange={onChange} aria={aria} />;
    case 'yes_no':
      return (
        <Choices
          options={[
            { value: true, label: 'Yes' },
            { value: false, label: 'No' },
          ]}
          isSelected={(option) => value === option}
          onPick={onChange}
          multiple={false}
          aria={aria}
          columns
        />
      );
    case 'number':
      return <NumberInput value={text} unit={question.unit} onChange={onChange} aria={aria} />;
    case 'short_text':
      return (
        <input
          value={text}
          maxLength={200}
          disabled={aria.disabled}
          onChange={(event) => onChange(event.target.value)}
          aria-labelledby={aria.labelledBy}
          aria-describedby={aria.describedBy}
          aria-invalid={aria.invalid || undefined}
          className={cn(inputClass, 'h-12 w-full')}
        />
      );
    case 'long_text':
      return (
        <textarea
          value={text}
          rows={4}
          maxLength={5000}
          disabled={aria.disabled}
          onChange={(event) => onChange(event.target.value)}
          aria-labelledby={aria.labelledBy}
          aria-describedby={aria.describedBy}
          aria-invalid={aria.invalid || undefined}
          className={cn(inputClass, 'min-h-28 w-full py-2')}
        />
      );
    case 'single_choice':
      return (
        <Choices
          options={question.options.map((option) => ({ value: option, label: option }))}
          isSelected={(option) => value === option}
          onPick={onChange}
          multiple={false}
          aria={aria}
        />
      );
    case 'multi_choice': {
      const picked = Array.isArray(value) ? value : [];
      return (
        <Choices
          options={question.options.map((option) => ({ value: option, label: option }))}
          isSelected={(option) => picked.includes(option)}
          onPick={(option) =>
            onChange(
              picked.includes(option)
                ? picked.filter((item) => item !== option)
                : question.options.filter((item) => item === option || picked.includes(item)),
            )
          }
          multiple
          aria={aria}
        />
      );
    }
    case 'photo':
      return (
        <PhotoAnswer
          value={text || null}
          onChange={onChange}
          labelledBy={aria.labelledBy}
          describedBy={aria.describedBy}
          invalid={aria.invalid}
          disabled={aria.disabled}
          offline={props.offline}
          preview={props.preview}
          onUploadingChange={props.onUploadingChange}
        />
      );
    case 'body_metrics':
      return (
        <BodyMetrics
          question={question}
          value={value}
          onChange={onChange}
          aria={aria}
          errors={props.metricErrors}
          units={props.units ?? 'kg'}
          customMetrics={props.customMetrics ?? []}
        />
      );
  }
}

/**
 * One check-in question as the client answers it, sized for a thumb: scales as big number
 * buttons with their words under the ends, yes/no and choices as cards, numbers with their unit,
 * a photo from the camera or library, a body-measurements block in the client's units. The
 * fill-in page and the trainer's preview both use it.
 */
export function ClientQuestion(props: ClientQuestionProps): ReactNode {
  const { question, error, metricErrors, disabled, number } = props;
  const id = useId();
  const promptId = `${id}-prompt`;
  const helpId = question.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const invalid = Boolean(error) || Boolean(metricErrors && Object.keys(metricErrors).length > 0);
  return (
    <div
      role="group"
      aria-labelledby={promptId}
      className={cn('flex flex-col gap-3 rounded-lg border bg-surface p-4 sm:p-5', invalid ? 'border-danger' : 'border-line')}
    >
      <div className="flex flex-col gap-1">
        <p id={promptId} className="text-base font-semibold break-words text-text">
          {number !== undefined && <span className="text-muted">{number}. </span>}
          {question.prompt}
          {question.required ? <span className="ml-1.5 text-sm font-normal text-muted">(required)</span> : null}
        </p>
        {question.help && (
          <p id={helpId} className="text-sm break-words text-muted">
            {question.help}
          </p>
        )}
      </div>
      <Answer {...props} aria={{ labelledBy: promptId, describedBy, invalid: Boolean(error), disabled }} />
      {error && (
        <p id={errorId} className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
