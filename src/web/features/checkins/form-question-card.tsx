import { ArrowDown, ArrowUp, Copy, Plus, Trash2, X } from 'lucide-react';
import { Switch as RadixSwitch } from 'radix-ui';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from '../../../shared/checkins';
import type { Question, QuestionType } from '../../../shared/checkins';
import { PHOTO_POSES } from '../../../shared/goals';
import type { MetricDefinition } from '../../../shared/progress';
import { BUILT_IN_METRIC_KEYS, BUILT_IN_METRICS } from '../../../shared/progress-metrics';
import { cn } from '../../ui/cn';
import { inputClass, TextField } from '../../ui/field';
import { Menu, MenuItem, MenuSeparator } from '../../ui/menu';
import { changeType } from './form-ops';

export const iconButton =
  'inline-flex size-8 shrink-0 items-center justify-center rounded-sm text-muted hover:bg-surface-muted hover:text-text disabled:opacity-30';

const POSE_LABELS = { front: 'Front', side: 'Side', back: 'Back' } as const;
const MAX_OPTIONS = 20;
const MAX_METRICS = 12;

type CardProps = {
  question: Question;
  index: number;
  count: number;
  errors: Record<string, string>;
  customMetrics: MetricDefinition[];
  onChange: (question: Question) => void;
  onMove: (delta: -1 | 1) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  /** The drag handle, from the sortable list. */
  handle: ReactNode;
  dragging?: boolean;
};

function Choices({ question, error, onChange }: { question: Question; error?: string | undefined; onChange: (q: Question) => void }) {
  const setOption = (index: number, value: string) =>
    onChange({ ...question, options: question.options.map((option, i) => (i === index ? value : option)) });
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1.5 text-sm font-medium text-text">Choices</legend>
      <ol className="flex flex-col gap-2">
        {question.options.map((option, index) => (
          <li key={index} className="flex items-center gap-2">
            <span aria-hidden className="w-5 text-right text-sm text-muted tabular-nums">
              {index + 1}.
            </span>
            <input
              aria-label={`Choice ${index + 1}`}
              value={option}
              maxLength={100}
              onChange={(event) => setOption(index, event.target.value)}
              onKeyDown={(event) => {
                // Enter on the last choice adds the next one, as in most form builders.
                if (event.key !== 'Enter') return;
                event.preventDefault();
                if (index === question.options.length - 1 && question.options.length < MAX_OPTIONS)
                  onChange({ ...question, options: [...question.options, ''] });
              }}
              aria-invalid={error && !option.trim() ? true : undefined}
              placeholder={`Choice ${index + 1}`}
              className={cn(inputClass, 'h-10 w-full min-w-0 flex-1')}
            />
            <button
              type="button"
              aria-label={`Remove choice ${index + 1}`}
              disabled={question.options.length <= 2}
              onClick={() => onChange({ ...question, options: question.options.filter((_, i) => i !== index) })}
              className={iconButton}
            >
              <X aria-hidden className="size-4" />
            </button>
          </li>
        ))}
      </ol>
      {error && <p className="text-sm text-danger">{error}</p>}
      {question.options.length < MAX_OPTIONS && (
        <button
          type="button"
          onClick={() => onChange({ ...question, options: [...question.options, ''] })}
          className="inline-flex h-9 items-center gap-1 self-start rounded-md px-2 text-sm font-medium text-accent-text hover:bg-accent-soft"
        >
          <Plus aria-hidden className="size-4" /> Add choice
        </button>
      )}
    </fieldset>
  );
}

function PosePicker({ question, onChange }: { question: Question; onChange: (q: Question) => void }) {
  const name = useId();
  const choices = [{ value: null, label: 'Any photo' }, ...PHOTO_POSES.map((pose) => ({ value: pose, label: POSE_LABELS[pose] }))];
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-text">Pose</legend>
      <div className="flex flex-wrap gap-2">
        {choices.map((choice) => (
          <label
            key={choice.label}
            className={cn(
              'flex h-9 cursor-pointer items-center rounded-md border px-3 text-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
              question.pose === choice.value ? 'border-accent bg-accent-soft font-medium text-accent-text' : 'border-line-strong text-text',
            )}
          >
            <input
              type="radio"
              name={name}
              className="sr-only"
              checked={question.pose === choice.value}
              onChange={() => onChange({ ...question, pose: choice.value })}
            />
            {choice.label}
          </label>
        ))}
      </div>
      <p className="mt-1.5 text-sm text-muted">
        {question.pose
          ? `Saved as a ${POSE_LABELS[question.pose].toLowerCase()} progress photo too, for side-by-side comparisons.`
          : 'Kept with the check-in only.'}
      </p>
    </fieldset>
  );
}

function MetricPicker({
  question,
  custom,
  error,
  onChange,
}: {
  question: Question;
  custom: MetricDefinition[];
  error?: string | undefined;
  onChange: (q: Question) => void;
}) {
  const options = [
    ...BUILT_IN_METRIC_KEYS.map((key) => ({ key, label: BUILT_IN_METRICS[key].label })),
    ...custom.map((metric) => ({ key: metric.id, label: `${metric.name} (${metric.unit})` })),
  ];
  const toggle = (key: string, on: boolean) =>
    onChange({ ...question, metrics: on ? [...question.metrics, key] : question.metrics.filter((item) => item !== key) });
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-text">Measurements to ask</legend>
      <div className="grid grid-cols-2 gap-x-3 gap-y-1 sm:grid-cols-3">
        {options.map((option) => {
          const checked = question.metrics.includes(option.key);
          return (
            <label key={option.key} className="flex min-h-9 cursor-pointer items-center gap-2 text-sm text-text">
              <input
                type="checkbox"
                className="size-4 accent-accent"
                checked={checked}
                disabled={!checked && question.metrics.length >= MAX_METRICS}
                onChange={(event) => toggle(option.key, event.target.checked)}
              />
              {option.label}
            </label>
          );
        })}
      </div>
      {error ? (
        <p className="mt-1 text-sm text-danger">{error}</p>
      ) : (
        <p className="mt-1 text-sm text-muted">Answers go straight into the client&apos;s progress data, in their own units.</p>
      )}
    </fieldset>
  );
}

/** The fields only some types have: scale labels, a unit, choices, a pose, measurements. */
function TypeFields({
  question,
  errors,
  custom,
  onChange,
}: Pick<CardProps, 'question' | 'errors' | 'onChange'> & { custom: MetricDefinition[] }) {
  switch (question.type) {
    case 'scale_5':
    case 'scale_10':
      return (
        <div className="grid grid-cols-2 gap-3">
          <TextField
            label="Label at 1"
            optional
            value={question.lowLabel}
            maxLength={40}
            placeholder="e.g. Exhausted"
            onChange={(event) => onChange({ ...question, lowLabel: event.target.value })}
            error={errors.lowLabel}
            className="h-10"
          />
          <TextField
            label={`Label at ${question.type === 'scale_5' ? 5 : 10}`}
            optional
            value={question.highLabel}
            maxLength={40}
            placeholder="e.g. Full of energy"
            onChange={(event) => onChange({ ...question, highLabel: event.target.value })}
            error={errors.highLabel}
            className="h-10"
          />
        </div>
      );
    case 'number':
      return (
        <TextField
          label="Unit"
          optional
          value={question.unit}
          maxLength={16}
          placeholder="e.g. hours, steps"
          onChange={(event) => onChange({ ...question, unit: event.target.value })}
          error={errors.unit}
          wrapperClassName="sm:max-w-48"
          className="h-10"
        />
      );
    case 'single_choice':
    case 'multi_choice':
      return <Choices question={question} error={errors.options} onChange={onChange} />;
    case 'photo':
      return <PosePicker question={question} onChange={onChange} />;
    case 'body_metrics':
      return <MetricPicker question={question} custom={custom} error={errors.metrics} onChange={onChange} />;
    default:
      return null;
  }
}

/** One question in the builder: its type, words, type-specific settings, required, and moves. */
export function QuestionCard(props: CardProps) {
  const { question, index, count, errors, onChange, onMove, handle, dragging } = props;
  const number = index + 1;
  const hasError = Object.keys(errors).length > 0;
  const [hinting, setHinting] = useState(false);
  const showHint = hinting || question.help !== '' || Boolean(errors.help);
  return (
    <section
      aria-label={`Question ${number}`}
      data-question-id={question.id}
      onKeyDown={(event) => {
        if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
        event.preventDefault();
        onMove(event.key === 'ArrowUp' ? -1 : 1);
      }}
      className={cn(
        'flex flex-col gap-3 rounded-lg border bg-surface p-3 sm:p-4',
        hasError ? 'border-danger' : 'border-line',
        dragging && 'shadow-lg',
      )}
    >
      {/* Desks: one row (handle, number, question, type, moves). Phones: the question gets its own line. */}
      <div className="flex flex-wrap items-start gap-2">
        <div className="flex h-10 items-center gap-1">
          {handle}
          <span className="w-7 text-sm font-semibold text-muted tabular-nums">Q{number}</span>
        </div>
        <TextField
          label={<span className="sr-only">Question {number}</span>}
          value={question.prompt}
          maxLength={300}
          placeholder="What do you want to know?"
          onChange={(event) => onChange({ ...question, prompt: event.target.value })}
          error={errors.prompt}
          wrapperClassName="min-w-0 flex-1 gap-0 max-sm:order-last max-sm:basis-full"
          className="h-10"
        />
        <select
          aria-label={`Type of question ${number}`}
          value={question.type}
          onChange={(event) => onChange(changeType(question, event.target.value as QuestionType))}
          className={cn(inputClass, 'h-10 min-w-0 flex-1 text-sm sm:w-44 sm:flex-none')}
        >
          {QUESTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {QUESTION_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
        <div className="flex h-10 items-center gap-0.5">
          <button
            type="button"
            aria-label={`Move question ${number} up`}
            title="Move up (Alt ↑)"
            disabled={index === 0}
            onClick={() => onMove(-1)}
            className={iconButton}
          >
            <ArrowUp aria-hidden className="size-4" />
          </button>
          <button
            type="button"
            aria-label={`Move question ${number} down`}
            title="Move down (Alt ↓)"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            className={iconButton}
          >
            <ArrowDown aria-hidden className="size-4" />
          </button>
          <Menu label={`More for question ${number}`}>
            <MenuItem icon={<Copy aria-hidden />} onSelect={props.onDuplicate}>
              Duplicate
            </MenuItem>
            <MenuSeparator />
            <MenuItem icon={<Trash2 aria-hidden />} tone="danger" onSelect={props.onDelete} disabled={count === 1}>
              Delete question
            </MenuItem>
          </Menu>
        </div>
      </div>
      {showHint && (
        <TextField
          label="Hint for the client"
          optional
          autoFocus={hinting}
          value={question.help}
          maxLength={500}
          placeholder="e.g. Think about the whole week, not just today"
          onChange={(event) => onChange({ ...question, help: event.target.value })}
          error={errors.help}
          className="h-10"
        />
      )}
      <TypeFields question={question} errors={errors} custom={props.customMetrics} onChange={onChange} />
      {(errors.id || errors.type || errors.pose) && <p className="text-sm text-danger">{errors.id ?? errors.type ?? errors.pose}</p>}
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 border-t border-line pt-3">
        <label className="flex min-h-8 cursor-pointer items-center gap-2 text-sm text-text">
          <RadixSwitch.Root
            checked={question.required}
            onCheckedChange={(required) => onChange({ ...question, required })}
            className="relative inline-flex h-5 w-9 shrink-0 items-center rounded-full border border-line-strong bg-surface-muted transition-colors data-[state=checked]:border-accent data-[state=checked]:bg-accent"
          >
            <RadixSwitch.Thumb className="block size-4 translate-x-0.5 rounded-full bg-surface shadow-sm transition-transform data-[state=checked]:translate-x-[1.05rem]" />
          </RadixSwitch.Root>
          Required
        </label>
        {!showHint && (
          <button
            type="button"
            onClick={() => setHinting(true)}
            className="inline-flex min-h-8 items-center gap-1 rounded-md px-1 text-sm text-accent-text hover:underline"
          >
            <Plus aria-hidden className="size-4" /> Hint for the client
          </button>
        )}
      </div>
    </section>
  );
}
