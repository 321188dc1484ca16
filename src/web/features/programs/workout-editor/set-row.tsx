import { Copy, X } from 'lucide-react';
import type { Units } from '../../../../shared/clients';
import type { Load, PrescribedSet, SET_TYPES } from '../../../../shared/programs';
import { cn } from '../../../ui/cn';
import { CellSelect } from './cell-select';
import { DraftInput } from './draft-input';
import { problemFor, useProblems } from './problems';
import {
  TARGET_KINDS,
  formatNumber,
  formatSeconds,
  formatSigned,
  formatTarget,
  parseNumber,
  parseOptionalNumber,
  parseSeconds,
  parseTarget,
  targetOfKind,
} from './set-format';

export const SET_TYPE_LABELS: Record<(typeof SET_TYPES)[number], string> = {
  warmup: 'Warm-up',
  working: 'Working',
  drop: 'Drop',
  amrap: 'AMRAP',
};
const TARGET_LABELS = { reps: 'Reps', time: 'Time', distance: 'Dist.' } as const;
const TARGET_HINTS = { reps: '8–12', time: '1:30', distance: '400 m' } as const;

type LoadChoice = 'none' | 'kg' | 'lb' | 'pct' | 'bw';
const loadChoice = (load: Load): LoadChoice =>
  load.kind === 'weight' ? load.unit : load.kind === 'percent_1rm' ? 'pct' : load.kind === 'bodyweight' ? 'bw' : 'none';

function loadFromChoice(choice: LoadChoice, previous: Load): Load {
  const value = previous.kind === 'weight' ? previous.value : previous.kind === 'percent_1rm' ? previous.percent : 0;
  if (choice === 'kg' || choice === 'lb') return { kind: 'weight', value, unit: choice };
  if (choice === 'pct') return { kind: 'percent_1rm', percent: previous.kind === 'percent_1rm' ? previous.percent : 75 };
  if (choice === 'bw') return { kind: 'bodyweight', extra: null };
  return { kind: 'none' };
}

const loadValue = (load: Load): number | null =>
  load.kind === 'weight'
    ? load.value
    : load.kind === 'percent_1rm'
      ? load.percent
      : load.kind === 'bodyweight'
        ? (load.extra?.value ?? null)
        : null;

function loadWithValue(load: Load, value: number | null, units: Units): Load {
  if (load.kind === 'weight') return { ...load, value: value ?? 0 };
  if (load.kind === 'percent_1rm') return { ...load, percent: value ?? 0 };
  if (load.kind === 'bodyweight')
    return { kind: 'bodyweight', extra: value === null || value === 0 ? null : { value, unit: load.extra?.unit ?? units } };
  // Typing a number where there was no load means a weight, in the program's units.
  return value === null ? load : { kind: 'weight', value, unit: units };
}

const cellClass = 'px-1 py-1 align-top';

type SetRowProps = {
  set: PrescribedSet;
  index: number;
  units: Units;
  canRemove: boolean;
  onChange: (recipe: (set: PrescribedSet) => PrescribedSet, field: string) => void;
  onDuplicate: () => void;
  onRemove: () => void;
};

export function SetRow({ set, index, units, canRemove, onChange, onDuplicate, onRemove }: SetRowProps) {
  const problems = useProblems(set.id);
  const n = index + 1;
  const label = (what: string) => `Set ${n} ${what}`;
  const choice = loadChoice(set.load);
  const message = problems.map((p) => p.message).join(' · ');
  return (
    <>
      <tr data-editor-id={set.id} className="group/set">
        <td className={cn(cellClass, 'w-6 pt-2.5 text-center text-xs text-muted tabular-nums')}>{set.type === 'warmup' ? 'W' : n}</td>
        <td className={cellClass}>
          <CellSelect
            aria-label={label('type')}
            value={set.type}
            onChange={(e) => {
              const type = e.target.value as PrescribedSet['type'];
              onChange((s) => ({ ...s, type }), 'type');
            }}
            className="w-[5.5rem]"
          >
            {Object.entries(SET_TYPE_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </CellSelect>
        </td>
        <td className={cellClass}>
          <div className="flex gap-1">
            <CellSelect
              aria-label={label('target kind')}
              value={set.target.kind}
              onChange={(e) => {
                const kind = e.target.value as PrescribedSet['target']['kind'];
                onChange((s) => ({ ...s, target: targetOfKind(kind, s.target) }), 'target.kind');
              }}
              className="w-[4.25rem]"
            >
              {TARGET_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {TARGET_LABELS[kind]}
                </option>
              ))}
            </CellSelect>
            <DraftInput
              aria-label={label(set.target.kind === 'reps' ? 'reps' : set.target.kind)}
              value={set.target}
              format={formatTarget}
              parse={(text) => parseTarget(set.target.kind, text)}
              onCommit={(target) => onChange((s) => ({ ...s, target }), 'target')}
              invalid={Boolean(problemFor(problems, 'target'))}
              placeholder={TARGET_HINTS[set.target.kind]}
              className="w-20"
            />
          </div>
        </td>
        <td className={cellClass}>
          <div className="flex gap-1">
            <CellSelect
              aria-label={label('load kind')}
              value={choice}
              onChange={(e) => {
                const next = e.target.value as LoadChoice;
                onChange((s) => ({ ...s, load: loadFromChoice(next, s.load) }), 'load.kind');
              }}
              className="w-[4.25rem]"
            >
              <option value="none">—</option>
              <option value="kg">kg</option>
              <option value="lb">lb</option>
              <option value="pct">%1RM</option>
              <option value="bw">BW</option>
            </CellSelect>
            <DraftInput
              aria-label={label(choice === 'pct' ? 'percent of 1RM' : choice === 'bw' ? 'extra load' : 'load')}
              value={loadValue(set.load)}
              format={choice === 'bw' ? formatSigned : formatNumber}
              parse={choice === 'bw' || choice === 'none' ? parseOptionalNumber : parseNumber}
              onCommit={(value) => onChange((s) => ({ ...s, load: loadWithValue(s.load, value, units) }), 'load')}
              invalid={Boolean(problemFor(problems, 'load'))}
              placeholder={choice === 'bw' ? `+${units}` : choice === 'none' ? units : ''}
              inputMode="decimal"
              className="w-16"
            />
          </div>
        </td>
        <td className={cellClass}>
          <div className="flex gap-1">
            <CellSelect
              aria-label={label('effort kind')}
              value={set.effort?.kind ?? ''}
              onChange={(e) => {
                const kind = e.target.value;
                const effort: PrescribedSet['effort'] =
                  kind === 'rpe' ? { kind: 'rpe', value: 8 } : kind === 'rir' ? { kind: 'rir', value: 2 } : null;
                onChange((s) => ({ ...s, effort }), 'effort.kind');
              }}
              className="w-16"
            >
              <option value="">—</option>
              <option value="rpe">RPE</option>
              <option value="rir">RIR</option>
            </CellSelect>
            {set.effort && (
              <DraftInput
                aria-label={label(set.effort.kind.toUpperCase())}
                value={set.effort.value}
                format={formatNumber}
                parse={parseNumber}
                onCommit={(value) => onChange((s) => ({ ...s, effort: s.effort && { ...s.effort, value } }), 'effort')}
                invalid={Boolean(problemFor(problems, 'effort'))}
                inputMode="decimal"
                className="w-12"
              />
            )}
          </div>
        </td>
        <td className={cellClass}>
          <DraftInput
            aria-label={label('tempo')}
            value={set.tempo}
            format={(tempo) => tempo ?? ''}
            parse={(text) => (text.trim() === '' ? null : text.trim())}
            onCommit={(tempo) => onChange((s) => ({ ...s, tempo }), 'tempo')}
            invalid={Boolean(problemFor(problems, 'tempo'))}
            placeholder="—"
            title="Tempo: eccentric-pause-concentric-pause, e.g. 3-1-1-0"
            className="w-20"
          />
        </td>
        <td className={cellClass}>
          <DraftInput
            aria-label={label('rest')}
            value={set.restSeconds}
            format={formatSeconds}
            parse={(text) => (text.trim() === '' ? null : parseSeconds(text))}
            onCommit={(restSeconds) => onChange((s) => ({ ...s, restSeconds }), 'restSeconds')}
            invalid={Boolean(problemFor(problems, 'restSeconds'))}
            placeholder="—"
            title="Rest after this set, e.g. 90 or 1:30"
            className="w-16"
          />
        </td>
        <td className={cellClass}>
          <DraftInput
            aria-label={label('note')}
            value={set.note}
            format={(note) => note}
            parse={(text) => text}
            onCommit={(note) => onChange((s) => ({ ...s, note }), 'note')}
            invalid={Boolean(problemFor(problems, 'note'))}
            className="w-full min-w-24"
          />
        </td>
        <td className={cn(cellClass, 'w-16 whitespace-nowrap')}>
          <button
            type="button"
            aria-label={`Duplicate set ${n}`}
            title="Duplicate set"
            onClick={onDuplicate}
            className="inline-flex size-8 items-center justify-center rounded-sm text-muted hover:bg-surface-muted hover:text-text"
          >
            <Copy aria-hidden className="size-3.5" />
          </button>
          <button
            type="button"
            aria-label={`Remove set ${n}`}
            title="Remove set"
            onClick={onRemove}
            disabled={!canRemove}
            className="inline-flex size-8 items-center justify-center rounded-sm text-muted hover:bg-surface-muted hover:text-danger disabled:opacity-30"
          >
            <X aria-hidden className="size-3.5" />
          </button>
        </td>
      </tr>
      {message && (
        <tr>
          <td />
          <td colSpan={8} className="px-1 pb-1 text-xs text-danger">
            {message}
          </td>
        </tr>
      )}
    </>
  );
}
