import { Check } from 'lucide-react';
import type { Question } from '../../../shared/checkins';
import type { MetricDefinition } from '../../../shared/progress';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import type { Unit } from '../history/format';
import { metricInfo } from '../metrics/units';
import type { DraftValue } from './client-answers';

/** The inputs a check-in question is answered with: big touch targets, one per question type. */

export const optionClass = (selected: boolean, invalid: boolean) =>
  cn(
    'flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border px-4 py-2 text-base transition-colors select-none',
    'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
    'has-disabled:cursor-not-allowed has-disabled:opacity-60',
    selected
      ? 'border-accent bg-accent-soft font-medium text-accent-text'
      : cn('bg-surface text-text hover:bg-surface-muted', invalid ? 'border-danger' : 'border-line-strong'),
  );

export function Mark({ selected, round }: { selected: boolean; round: boolean }) {
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

export type Aria = { labelledBy: string; describedBy: string | undefined; invalid: boolean; disabled: boolean | undefined };

export function Scale({
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

export function Choices<T extends string | boolean>({
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

export function NumberInput({
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

export function BodyMetrics({
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
