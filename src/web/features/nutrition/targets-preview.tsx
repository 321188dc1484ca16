import { RotateCcw } from 'lucide-react';
import type { TargetFigures } from '../../../shared/nutrition-targets';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { TargetsExplanation } from './targets-explanation';
import { restDayLine } from './targets-figures';
import { FIGURE_KEYS, FIGURE_LABELS, FIGURE_UNITS, type CalculatorDraft, type FigureKey } from './targets-form';

type Props = {
  figures: TargetFigures & { overridden: string[] };
  overrides: CalculatorDraft['overrides'];
  onOverride: (key: FigureKey, value: string | undefined) => void;
};

/**
 * The figures as the inputs stand, recomputed on every keystroke. Each figure is an input: typing
 * over it keeps that number (marked "typed over") and the others follow (carbohydrate refills the
 * calories; calories add up the macros); "Use computed" goes back.
 */
export function TargetsPreview({ figures, overrides, onOverride }: Props) {
  const rest = restDayLine(figures, figures.restDay);
  return (
    <div className="flex flex-col gap-3">
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {FIGURE_KEYS.map((key) => {
          const typed = overrides[key];
          const isTyped = typed !== undefined;
          const id = `target-figure-${key}`;
          return (
            <div
              key={key}
              className={cn('flex flex-col gap-1 rounded-md border p-2', isTyped ? 'border-accent bg-accent-soft' : 'border-line')}
            >
              <label htmlFor={id} className="flex items-baseline justify-between gap-1 text-xs text-muted">
                <span>
                  {FIGURE_LABELS[key]} ({FIGURE_UNITS[key]})
                </span>
                {isTyped && <span className="font-medium text-accent-text">Typed over</span>}
              </label>
              <input
                id={id}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={isTyped ? typed : String(figures[key])}
                onChange={(event) => onOverride(key, event.target.value)}
                onBlur={() => {
                  if (isTyped && typed.trim() === '') onOverride(key, undefined);
                }}
                className={cn(inputClass, 'h-10 w-full text-lg font-semibold tabular-nums')}
              />
              {isTyped && (
                <button
                  type="button"
                  onClick={() => onOverride(key, undefined)}
                  className="inline-flex min-h-8 items-center gap-1 self-start rounded-sm text-xs text-accent-text hover:underline"
                >
                  <RotateCcw aria-hidden className="size-3" /> Use computed
                  <span className="sr-only"> {FIGURE_LABELS[key].toLowerCase()}</span>
                </button>
              )}
            </div>
          );
        })}
      </div>
      {rest && <p className="text-sm text-muted">{rest}</p>}
      <div aria-live="polite">
        {figures.warnings.length > 0 && (
          <Notice
            tone="warning"
            title={figures.warnings.length === 1 ? 'Check this before saving' : `Check these ${figures.warnings.length} before saving`}
          >
            <ul className="list-disc pl-4">
              {figures.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </Notice>
        )}
      </div>
      <TargetsExplanation lines={figures.explanation} caption="How these figures are computed" />
    </div>
  );
}
