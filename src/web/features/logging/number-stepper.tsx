import { Minus, Plus } from 'lucide-react';
import { cn } from '../../ui/cn';

type NumberStepperProps = {
  /** The input's accessible name, e.g. "Weight (kg), set 2". */
  label: string;
  /** What the number counts, under it: "kg", "reps", "s". */
  caption: string;
  value: string;
  /** Greyed in the empty input: what a tick would log. */
  placeholder: string;
  step: number;
  min?: number;
  max: number;
  /** What the first − or + gives when the input and its placeholder are empty. */
  from?: number;
  /** Whole numbers only (reps, seconds). */
  whole?: boolean;
  invalid?: boolean;
  onChange: (text: string) => void;
  onBlur?: () => void;
  /** Enter in the input (the keyboard's "done"): e.g. tick the set. */
  onEnter?: () => void;
  className?: string;
};

export function parseDraft(text: string): number | null | undefined {
  const cleaned = text.trim().replace(',', '.');
  if (cleaned === '') return null;
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

const trim = (value: number) => String(Math.round(value * 100) / 100);

/** A big number with − and + either side, sized for a thumb between sets. */
export function NumberStepper(props: NumberStepperProps) {
  const { label, caption, value, placeholder, step, min = 0, max, from, whole, invalid, onChange, onBlur, onEnter, className } = props;
  const bump = (direction: 1 | -1) => {
    const typed = parseDraft(value) ?? parseDraft(placeholder);
    const next =
      typed === null || typed === undefined
        ? (from ?? (direction > 0 ? step : min))
        : Math.min(max, Math.max(min, typed + direction * step));
    onChange(trim(whole ? Math.round(next) : next));
  };
  // Long numbers ("102.5") step down a size rather than overflow a narrow row (a superset on a small phone).
  const length = (value || placeholder).length;
  const size = length <= 3 ? 'text-xl leading-7' : length === 4 ? 'text-lg leading-7' : 'text-base leading-7';
  const buttonClass =
    'flex w-10 shrink-0 items-center justify-center text-muted hover:bg-surface-muted hover:text-text active:bg-line disabled:opacity-40';
  return (
    <div
      className={cn(
        'flex h-14 min-w-0 flex-1 items-stretch overflow-hidden rounded-lg border bg-surface focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-focus',
        invalid ? 'border-danger' : 'border-line-strong',
        className,
      )}
    >
      <button type="button" aria-label={`Less: ${label}`} className={buttonClass} onClick={() => bump(-1)}>
        <Minus aria-hidden className="size-5" />
      </button>
      <label className="flex min-w-0 flex-1 flex-col items-center justify-center border-x border-line">
        <input
          aria-label={label}
          aria-invalid={invalid || undefined}
          inputMode={whole ? 'numeric' : 'decimal'}
          enterKeyHint="done"
          autoComplete="off"
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || !onEnter) return;
            event.preventDefault();
            onEnter();
          }}
          onFocus={(event) => event.target.select()}
          className={cn(
            'w-full min-w-0 bg-transparent text-center font-semibold text-text tabular-nums outline-none placeholder:font-normal placeholder:text-muted',
            size,
          )}
        />
        <span aria-hidden className="text-xs leading-4 text-muted">
          {caption}
        </span>
      </label>
      <button type="button" aria-label={`More: ${label}`} className={buttonClass} onClick={() => bump(1)}>
        <Plus aria-hidden className="size-5" />
      </button>
    </div>
  );
}
