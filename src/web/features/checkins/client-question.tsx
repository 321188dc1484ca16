import { Check } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import type { Question } from '../../../shared/checkins';
import type { MetricDefinition } from '../../../shared/progress';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import type { Unit } from '../history/format';
import { metricInfo } from '../metrics/units';
import type { DraftValue } from './client-answers';
import { PhotoAnswer } from './client-photo-answer';

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

const optionClass = (selected: boolean, invalid: boolean) =>
  cn(
    'flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border px-4 py-2 text-base transition-colors select-none',
    'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
    'has-disabled:cursor-not-allowed has-disabled:opacity-60',
    selected
      ? 'border-accent bg-accent-soft font-medium text-accent-text'
      : cn('bg-surface text-text hover:bg-surface-muted', invalid ? 'border-danger' : 'border-line-strong'),
  );

function Mark({ selected, round }: { selected: boolean; round: boolean }) {
  return (
    <span
      aria-hidden
      className={cn(
        'flex size-6 shrink-0 items-center justify-center border-2',
        round ? 'rounded-full' : 'rounded-md',
        selected ? 'border-accent bg-accent text-accent-fg' : 'border-line-strong bg-surface text-transparent',
      )}
    >
      <Check className="size-4" strokeWidth={3} />
    </span>
  );
}

type Aria = { labelledBy: string; describedBy: string | undefined; invalid: boolean; disabled: boolean | undefined };

function Scale({
  question,
  value,
  onChange,
  aria,
}: {
  question: Question;
  value: DraftValue | undefined;
  onChange: (v: number) => void;
  aria: Aria;
}) {
  const max = question.type === 'scale_5' ? 5 : 10;
  const numbers = Array.from({ length: max }, (_, index) => index + 1);
  return (
    <div className="flex flex-col gap-2">
      <div
        role="radiogroup"
        aria-labelledby={aria.labelledBy}
        aria-describedby={aria.describedBy}
        aria-invalid={aria.invalid || undefined}
        className={cn('grid gap-2', max === 5 ? 'grid-cols-5' : 'grid-cols-5 sm:grid-cols-10')}
      >
        {numbers.map((n) => {
          const selected = value === n;
          return (
            <label
              key={n}
              className={cn(
                'flex h-12 cursor-pointer items-center justify-center rounded-lg border text-lg font-semibold tabular-nums transition-colors select-none',
                'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
                'has-disabled:cursor-not-allowed has-disabled:opacity-60',
                selected
                  ? 'border-accent bg-accent text-accent-fg'
                  : cn('bg-surface text-text hover:bg-surface-muted', aria.invalid ? 'border-danger' : 'border-line-strong'),
              )}
            >
              <input
                type="radio"
                name={`${aria.labelledBy}-scale`}
                value={n}
                checked={selected}
                disabled={aria.disabled}
                onChange={() => onChange(n)}
                className="sr-only"
              />
              {n}
            </label>
          );
        })}
      </div>
      {(question.lowLabel || question.highLabel) && (
        <div aria-hidden className="flex justify-between gap-4 text-sm text-muted">
          <span>{question.lowLabel && `1 · ${question.lowLabel}`}</span>
          <span className="text-right">{question.highLabel && `${question.highLabel} · ${max}`}</span>
        </div>
      )}
      {(question.lowLabel || question.highLabel) && (
        <p className="sr-only">{`1 is ${question.lowLabel || 'the lowest'}, ${max} is ${question.highLabel || 'the highest'}.`}</p>
      )}
    </div>
  );
}

function Choices<T extends string | boolean>({
  options,
  isSelected,
  onPick,
  multiple,
  aria,
  columns,
}: {
  options: { value: T; label: string }[];
  isSelected: (value: T) => boolean;
  onPick: (value: T) => void;
  multiple: boolean;
  aria: Aria;
  columns?: boolean;
}) {
  return (
    <div
      role={multiple ? 'group' : 'radiogroup'}
      aria-labelledby={aria.labelledBy}
      aria-describedby={aria.describedBy}
      aria-invalid={(!multiple && aria.invalid) || undefined}
      className={cn('grid gap-2', columns && 'grid-cols-2')}
    >
      {options.map((option) => {
        const selected = isSelected(option.value);
        return (
          <label key={String(option.value)} className={optionClass(selected, aria.invalid)}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={`${aria.labelledBy}-choice`}
              checked={selected}
              disabled={aria.disabled}
              onChange={() => onPick(option.value)}
              className="sr-only"
            />
            <Mark selected={selected} round={!multiple} />
            <span className="min-w-0 break-words">{option.label}</span>
          </label>
        );
      })}
    </div>
  );
}

function NumberInput({
  id,
  value,
  unit,
  onChange,
  aria,
  label,
}: {
  id?: string;
  value: string;
  unit: string;
  onChange: (text: string) => void;
  aria: Aria;
  label?: string;
}) {
  return (
    <div className="relative w-full max-w-48">
      <input
        id={id}
        inputMode="decimal"
        autoComplete="off"
        enterKeyHint="next"
        value={value}
        disabled={aria.disabled}
        onChange={(event) => onChange(event.target.value)}
        aria-labelledby={label ? undefined : aria.labelledBy}
        aria-label={label}
        aria-describedby={aria.describedBy}
        aria-invalid={aria.invalid || undefined}
        className={cn(inputClass, 'h-12 w-full text-lg tabular-nums', unit && 'pr-16')}
      />
      {unit && (
        <span aria-hidden className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-base text-muted">
          {unit}
        </span>
      )}
    </div>
  );
}

function BodyMetrics({
  question,
  value,
  onChange,
  aria,
  errors,
  units,
  customMetrics,
}: {
  question: Question;
  value: DraftValue | undefined;
  onChange: (value: Record<string, string>) => void;
  aria: Aria;
  errors: Record<string, string> | undefined;
  units: Unit;
  customMetrics: MetricDefinition[];
}) {
  const typed = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  return (
    <div className="grid grid-cols-2 gap-3">
      {question.metrics.map((metric) => {
        const info = metricInfo(metric, units, customMetrics);
        const id = `${aria.labelledBy}-${metric}`;
        const error = errors?.[metric];
        return (
          <div key={metric} className="flex min-w-0 flex-col gap-1">
            <label htmlFor={id} className="text-sm font-medium text-text">
              {info.label}
            </label>
            <NumberInput
              id={id}
              label={`${info.label}${info.unit ? ` (${info.unit})` : ''}`}
              value={typed[metric] ?? ''}
              unit={info.unit}
              onChange={(text) => onChange({ ...typed, [metric]: text })}
              aria={{ ...aria, invalid: Boolean(error), describedBy: error ? `${id}-error` : undefined }}
            />
            {error && (
              <p id={`${id}-error`} className="text-sm text-danger">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

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
