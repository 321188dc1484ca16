import type { DayTargets } from '../../../shared/nutrition-targets';
import { cn } from '../../ui/cn';
import { FIGURE_KEYS, FIGURE_LABELS, FIGURE_UNITS } from './targets-form';

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** The six daily figures as tiles; figures the trainer typed over carry a small "typed over" mark. */
export function TargetsFigures({ targets, overridden = [] }: { targets: DayTargets; overridden?: string[] }) {
  return (
    <dl className="grid grid-cols-3 gap-2">
      {FIGURE_KEYS.map((key) => {
        const typed = overridden.includes(key);
        return (
          <div key={key} className={cn('flex flex-col rounded-md border px-3 py-2', typed ? 'border-accent' : 'border-line')}>
            <dt className="text-xs text-muted">{FIGURE_LABELS[key]}</dt>
            <dd className="flex flex-col">
              <span className="text-lg font-semibold text-text tabular-nums">
                {whole.format(targets[key])}
                <span className="ml-0.5 text-xs font-normal text-muted">{FIGURE_UNITS[key]}</span>
              </span>
              {typed && <span className="text-xs text-accent-text">Typed over</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** "Rest days: 1,900 kcal, 180 g carbohydrate" — only the figures that differ on rest days. */
export function restDayLine(day: DayTargets, rest: DayTargets | null): string | null {
  if (!rest) return null;
  const parts = FIGURE_KEYS.filter((key) => rest[key] !== day[key]).map((key) =>
    `${whole.format(rest[key])} ${FIGURE_UNITS[key]} ${key === 'kcal' ? '' : FIGURE_LABELS[key].toLowerCase()}`.trim(),
  );
  return parts.length > 0 ? `Rest days (no workout scheduled): ${parts.join(', ')}` : null;
}
