import { TrendingUp } from 'lucide-react';
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { Units } from '../../../../shared/clients';
import type { ProgressionRule } from '../../../../shared/programs';
import { cn } from '../../../ui/cn';
import { Popover } from '../../../ui/popover';
import { DraftInput } from './draft-input';
import { formatNumber, parseNumber } from './set-format';

type Kind = ProgressionRule['kind'] | 'none';

const KIND_LABELS: Record<Kind, string> = {
  none: 'No progression',
  load_at_top_of_range: 'Add load at the top of the range',
  reps_then_load: 'Add reps each week, then load',
  deload: 'Deload week',
};

export function describeProgression(rule: ProgressionRule | null): string {
  if (!rule) return 'No progression';
  if (rule.kind === 'load_at_top_of_range') return `+${rule.increment.value} ${rule.increment.unit} at top of range`;
  if (rule.kind === 'reps_then_load')
    return `+${rule.repsPerWeek} rep/wk to ${rule.upTo}, then +${rule.increment.value} ${rule.increment.unit}`;
  return `Deload: week ${rule.repeatWeek} −${rule.reducePercent}%`;
}

function ruleOfKind(kind: Kind, units: Units, week: number): ProgressionRule | null {
  const increment = { value: units === 'kg' ? 2.5 : 5, unit: units };
  if (kind === 'load_at_top_of_range') return { kind, increment };
  if (kind === 'reps_then_load') return { kind, repsPerWeek: 1, upTo: 12, increment };
  if (kind === 'deload') return { kind, repeatWeek: Math.max(1, week - 1), reducePercent: 40 };
  return null;
}

function NumberField({
  label,
  value,
  onCommit,
  suffix,
}: {
  label: string;
  value: number;
  onCommit: (value: number) => void;
  suffix?: ReactNode;
}) {
  return (
    <label className="flex items-center justify-between gap-2">
      <span className="text-text">{label}</span>
      <span className="flex items-center gap-1">
        <DraftInput
          aria-label={label}
          value={value}
          format={formatNumber}
          parse={parseNumber}
          onCommit={onCommit}
          inputMode="decimal"
          className="w-16"
        />
        <span className="w-8 text-muted">{suffix}</span>
      </span>
    </label>
  );
}

type PickerProps = {
  rule: ProgressionRule | null;
  units: Units;
  week: number;
  onChange: (rule: ProgressionRule | null) => void;
  error?: string | undefined;
  exerciseName: string;
};

/** The rule that moves this exercise on from session to session, stored as data on the prescription. */
export function ProgressionPicker({ rule, units, week, onChange, error, exerciseName }: PickerProps) {
  const kind: Kind = rule?.kind ?? 'none';
  const group = useId();
  return (
    <Popover
      className="w-80"
      trigger={
        <button
          type="button"
          aria-label={`Progression for ${exerciseName}: ${describeProgression(rule)}`}
          className={cn(
            'inline-flex h-8 max-w-full items-center gap-1.5 rounded-sm px-2 text-xs hover:bg-surface-muted',
            error ? 'text-danger' : rule ? 'text-accent-text' : 'text-muted',
          )}
        >
          <TrendingUp aria-hidden className="size-3.5 shrink-0" />
          <span className="truncate">{describeProgression(rule)}</span>
        </button>
      }
    >
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-2 font-semibold text-text">Progression</legend>
        {(Object.keys(KIND_LABELS) as Kind[]).map((value) => (
          <label key={value} className="flex min-h-8 cursor-pointer items-center gap-2 text-text">
            <input type="radio" name={group} checked={kind === value} onChange={() => onChange(ruleOfKind(value, units, week))} />
            {KIND_LABELS[value]}
          </label>
        ))}
      </fieldset>
      {rule && (
        <div className="mt-3 flex flex-col gap-2 border-t border-line pt-3">
          {rule.kind === 'reps_then_load' && (
            <>
              <NumberField
                label="Reps added per week"
                value={rule.repsPerWeek}
                onCommit={(repsPerWeek) => onChange({ ...rule, repsPerWeek })}
              />
              <NumberField label="Up to" value={rule.upTo} suffix="reps" onCommit={(upTo) => onChange({ ...rule, upTo })} />
            </>
          )}
          {(rule.kind === 'load_at_top_of_range' || rule.kind === 'reps_then_load') && (
            <NumberField
              label={rule.kind === 'reps_then_load' ? 'Then add' : 'Add'}
              value={rule.increment.value}
              suffix={rule.increment.unit}
              onCommit={(value) => onChange({ ...rule, increment: { ...rule.increment, value } })}
            />
          )}
          {rule.kind === 'deload' && (
            <>
              <NumberField label="Repeat week" value={rule.repeatWeek} onCommit={(repeatWeek) => onChange({ ...rule, repeatWeek })} />
              <NumberField
                label="With less load"
                value={rule.reducePercent}
                suffix="%"
                onCommit={(reducePercent) => onChange({ ...rule, reducePercent })}
              />
            </>
          )}
          <p className="text-xs text-muted">
            {rule.kind === 'load_at_top_of_range' &&
              'When every working set hits the top of its rep range, the next session adds this much.'}
            {rule.kind === 'reps_then_load' && 'Each week adds reps; at the ceiling, load goes up and reps start over.'}
            {rule.kind === 'deload' && "This week repeats that week's prescription, lighter."}
          </p>
        </div>
      )}
      {error && <p className="mt-2 text-xs text-danger">{error}</p>}
    </Popover>
  );
}
