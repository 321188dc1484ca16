import { MUSCLES } from '../../../shared/exercises';
import type { Muscle } from '../../../shared/exercises';
import { cn } from '../../ui/cn';
import { capitalise } from './labels';

type MusclePickerProps = {
  legend: string;
  value: Muscle[];
  onChange: (muscles: Muscle[]) => void;
  error?: string | undefined;
  optional?: boolean;
};

/** Muscles as toggle pills: quicker than a multi-select, and every option is visible. */
export function MusclePicker({ legend, value, onChange, error, optional }: MusclePickerProps) {
  const toggle = (muscle: Muscle) => onChange(value.includes(muscle) ? value.filter((m) => m !== muscle) : [...value, muscle]);
  return (
    <fieldset className="flex flex-col gap-1.5" aria-invalid={error ? true : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-text">
        {legend}
        {optional && <span className="font-normal text-muted"> (optional)</span>}
      </legend>
      <div className="flex flex-wrap gap-1.5">
        {MUSCLES.map((muscle) => {
          const on = value.includes(muscle);
          return (
            <button
              key={muscle}
              type="button"
              aria-pressed={on}
              onClick={() => toggle(muscle)}
              className={cn(
                'h-8 rounded-full border px-3 text-sm',
                on ? 'border-accent bg-accent-soft font-medium text-accent-text' : 'border-line text-muted hover:text-text',
              )}
            >
              {capitalise(muscle)}
            </button>
          );
        })}
      </div>
      {error && <p className="text-sm text-danger">{error}</p>}
    </fieldset>
  );
}
