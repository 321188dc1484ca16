import { Check, CloudUpload, History, NotebookPen, Target, Trophy } from 'lucide-react';
import { useId, useState } from 'react';
import type { Exercise } from '../../../shared/exercises';
import type { LoggedSet, PersonalRecord } from '../../../shared/logging';
import { Badge } from '../../ui/badge';
import { useSetVideo } from '../form-checks/queries';
import { FormCheckButton, VideoBadge } from '../form-checks/set-video';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import type { RowModel } from './gym-model';
import { lastValues, suggestedValues, targetValues, type SetValues } from './set-values';
import { NumberStepper, parseDraft } from './number-stepper';
import { loggedText, SET_TYPE_LABELS, targetText } from './set-text';
import { formatRecordShort, fromLogged, type Unit } from './units';

type Draft = { weight: string; amount: string; rpe: string; notes: string };

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

function amountOf(values: SetValues, measure: RowModel['measure']): number | null {
  return measure === 'reps' ? values.reps : measure === 'time' ? values.seconds : values.meters;
}

function draftFrom(set: LoggedSet | null, measure: RowModel['measure'], unit: Unit): Draft {
  if (!set) return { weight: '', amount: '', rpe: '', notes: '' };
  const amount = measure === 'reps' ? set.reps : measure === 'time' ? set.durationSeconds : set.distanceMeters;
  return { weight: text(fromLogged(set, unit)), amount: text(amount), rpe: text(set.rpe), notes: set.notes };
}

function valuesDraft(values: SetValues, measure: RowModel['measure'], notes: string): Draft {
  return { weight: text(values.weight), amount: text(amountOf(values, measure)), rpe: text(values.rpe), notes };
}

const MEASURE = {
  reps: { label: 'Reps', caption: 'reps', step: 1, max: 1000 },
  time: { label: 'Time (seconds)', caption: 'sec', step: 5, max: 24 * 3600 },
  distance: { label: 'Distance (metres)', caption: 'm', step: 50, max: 1_000_000 },
} as const;

/** Bodyweight moves with no load prescribed have no weight to type (a plank, push-ups). */
export function showsWeight(row: RowModel, exercise: Exercise | undefined): boolean {
  const load = row.prescribed?.load.kind;
  if (load === 'weight' || load === 'bodyweight' || load === 'percent_1rm') return true;
  if (row.logged?.weight) return true;
  if (row.measure !== 'reps') return false;
  return exercise?.equipment !== 'body only';
}

type SetRowProps = {
  row: RowModel;
  exerciseName: string;
  unit: Unit;
  exercise: Exercise | undefined;
  isNext: boolean;
  previous: LoggedSet | null;
  records: PersonalRecord[];
  onSave: (values: SetValues, notes: string) => Promise<void>;
  onUndo: (set: LoggedSet) => Promise<void>;
};

/** One set: the coach's target and last time's numbers above, big inputs and a done tick below. */
export function SetRow({ row, exerciseName, unit, exercise, isNext, previous, records, onSave, onUndo }: SetRowProps) {
  // What the person typed; until they type, the row shows what is saved (it may arrive after the first paint).
  const [own, setOwn] = useState<Draft | null>(null);
  const [open, setOpen] = useState(() => Boolean(row.logged?.notes || row.logged?.rpe));
  const [missing, setMissing] = useState(false);
  const detailsId = useId();
  const measure = MEASURE[row.measure];
  const suggested = suggestedValues(row, unit, previous);
  const target = targetValues(row.prescribed, unit);
  const last = lastValues(row.last, unit);
  const withWeight = showsWeight(row, exercise);
  const done = row.logged !== null;
  const saved = draftFrom(row.logged, row.measure, unit);
  const draft = own ?? saved;
  const edited =
    done && (saved.weight !== draft.weight || saved.amount !== draft.amount || saved.rpe !== draft.rpe || saved.notes !== draft.notes);
  const name = `set ${row.setNumber}`;
  const video = useSetVideo(row.logged && !row.logged.pending ? row.logged.id : null);
  const weightLabel = row.prescribed?.load.kind === 'bodyweight' ? `Extra weight (${unit})` : `Weight (${unit})`;

  const parsed = { weight: parseDraft(draft.weight), amount: parseDraft(draft.amount), rpe: parseDraft(draft.rpe) };
  const rpeInvalid = parsed.rpe === undefined || (parsed.rpe !== null && (parsed.rpe < 1 || parsed.rpe > 10 || (parsed.rpe * 2) % 1 !== 0));
  const invalid = {
    weight: parsed.weight === undefined || (parsed.weight ?? 0) > 1000,
    amount:
      parsed.amount === undefined || (row.measure !== 'distance' && parsed.amount !== null && !Number.isInteger(parsed.amount)) || missing,
    rpe: rpeInvalid,
  };

  const change = (field: keyof Draft, value: string) => {
    setMissing(false);
    setOwn({ ...draft, [field]: value });
  };
  const fill = (values: SetValues | null) => values && setOwn(valuesDraft(values, row.measure, draft.notes));

  const tick = () => {
    if (done && !edited) {
      // Undone, the numbers stay in the row: a second tap logs them again.
      setOwn(draft);
      return void onUndo(row.logged!);
    }
    if (invalid.weight || invalid.rpe || parsed.amount === undefined) return;
    // Empty inputs take what they show greyed: one tap logs the suggestion.
    const amount = parsed.amount ?? amountOf(suggested, row.measure);
    if (amount === null) {
      setMissing(true);
      return;
    }
    const values: SetValues = {
      weight: withWeight ? (parsed.weight ?? suggested.weight) : null,
      reps: row.measure === 'reps' ? amount : null,
      seconds: row.measure === 'time' ? amount : null,
      meters: row.measure === 'distance' ? amount : null,
      rpe: parsed.rpe ?? null,
    };
    setOwn(valuesDraft(values, row.measure, draft.notes));
    void onSave(values, draft.notes).then(() => setOwn(null));
  };

  const typeLabel = row.prescribed ? SET_TYPE_LABELS[row.prescribed.type] : '';
  return (
    <li
      aria-label={`Set ${row.setNumber}${done ? ', done' : ''}`}
      className={cn(
        'flex flex-col gap-2 rounded-lg border px-1.5 py-2',
        done ? 'border-success/40 bg-success-soft' : isNext ? 'border-accent bg-surface' : 'border-transparent',
      )}
    >
      <div className="flex min-h-8 items-center gap-2">
        <span
          className={cn(
            'flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold tabular-nums',
            done ? 'bg-success text-surface' : 'bg-surface-muted text-muted',
          )}
        >
          {row.prescribed?.type === 'warmup' ? 'W' : row.setNumber}
          <span className="sr-only">{typeLabel ? ` (${typeLabel})` : ''}</span>
        </span>
        <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 text-sm">
          {row.prescribed && (
            <button
              type="button"
              onClick={() => fill(target)}
              aria-label={`Fill ${name} with the target: ${targetText(row.prescribed, unit)}`}
              className="-my-1.5 inline-flex min-h-11 items-center gap-1 rounded-md text-left text-text hover:text-accent-text"
            >
              <Target aria-hidden className="size-3.5 shrink-0 text-muted" />
              <span>{targetText(row.prescribed, unit)}</span>
              {row.prescribed.type !== 'working' && <Badge tone="accent">{row.prescribed.type === 'amrap' ? 'AMRAP' : typeLabel}</Badge>}
            </button>
          )}
          {row.last ? (
            <button
              type="button"
              onClick={() => fill(last)}
              aria-label={`Last ${loggedText({ ...row.last, rpe: null }, unit)}: fill ${name} with last time's numbers`}
              className="-my-1.5 inline-flex min-h-11 items-center gap-1 rounded-md text-muted hover:text-accent-text"
            >
              <History aria-hidden className="size-3.5 shrink-0" />
              <span>Last {loggedText({ ...row.last, rpe: null }, unit)}</span>
            </button>
          ) : (
            !row.prescribed && <span className="text-muted">Extra set</span>
          )}
          {row.logged?.pending && (
            <Badge tone="warning" className="shrink-0">
              <CloudUpload aria-hidden className="size-3.5" />
              <span title="Saved on this phone; it syncs when you're back online">Waiting to sync</span>
            </Badge>
          )}
          {video && <VideoBadge formCheck={video} setName={`${exerciseName}, ${name}`} />}
        </div>
        {row.logged && <FormCheckButton setLogId={row.logged.id} label={`${exerciseName} · ${name}`} synced={!row.logged.pending} />}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={detailsId}
          aria-label={`RPE and note, ${name}`}
          onClick={() => setOpen((value) => !value)}
          className={cn(
            '-my-1.5 -mr-1 flex size-11 shrink-0 items-center justify-center rounded-md hover:bg-surface-muted',
            draft.notes || draft.rpe ? 'text-accent-text' : 'text-muted',
          )}
        >
          <NotebookPen aria-hidden className="size-4" />
        </button>
      </div>

      {records.length > 0 && (
        <p className="flex items-start gap-1.5 text-sm font-medium text-success">
          <Trophy aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>New PR: {records.map((record) => formatRecordShort(record, unit)).join(' · ')}</span>
        </p>
      )}

      <div className="flex items-stretch gap-1.5">
        {withWeight && (
          <NumberStepper
            label={`${weightLabel}, ${name}`}
            caption={unit}
            value={draft.weight}
            placeholder={text(suggested.weight)}
            step={unit === 'kg' ? 2.5 : 5}
            max={1000}
            invalid={invalid.weight}
            onChange={(value) => change('weight', value)}
          />
        )}
        <NumberStepper
          label={`${measure.label}, ${name}`}
          caption={measure.caption}
          value={draft.amount}
          placeholder={text(amountOf(suggested, row.measure))}
          step={measure.step}
          max={measure.max}
          whole={row.measure !== 'distance'}
          invalid={invalid.amount}
          onChange={(value) => change('amount', value)}
          onEnter={() => (done && !edited ? undefined : tick())}
        />
        <button
          type="button"
          onClick={tick}
          aria-pressed={done && !edited}
          aria-label={edited ? `Save changes to ${name}` : done ? `Done: ${name} (tap to undo)` : `Done: ${name}`}
          className={cn(
            'flex w-13 shrink-0 items-center justify-center rounded-lg border-2 transition-colors',
            done && !edited
              ? 'border-success bg-success text-surface'
              : edited
                ? 'border-accent bg-accent text-accent-fg'
                : 'border-line-strong bg-surface text-muted hover:border-success hover:text-success',
          )}
        >
          <Check aria-hidden className="size-7" strokeWidth={3} />
        </button>
      </div>
      {missing && (
        <p role="alert" className="text-sm text-danger">
          Enter your {row.measure === 'reps' ? 'reps' : row.measure === 'time' ? 'time' : 'distance'} first.
        </p>
      )}

      {open && (
        <div id={detailsId} className="flex flex-col gap-2 border-t border-line pt-2">
          <div className="flex items-center gap-3">
            <span className="w-24 shrink-0 text-sm text-muted">RPE (optional)</span>
            <NumberStepper
              label={`RPE, ${name}`}
              caption={target?.rpe ? `target ${target.rpe}` : '1–10'}
              value={draft.rpe}
              placeholder=""
              step={0.5}
              min={1}
              max={10}
              from={target?.rpe ?? 7}
              invalid={invalid.rpe}
              onChange={(value) => change('rpe', value)}
              className="max-w-48"
            />
          </div>
          <label className="flex flex-col gap-1 text-sm text-muted">
            Note (optional)
            <textarea
              rows={2}
              maxLength={500}
              value={draft.notes}
              onChange={(event) => change('notes', event.target.value)}
              placeholder="How it felt, what to change next time"
              className={cn(inputClass, 'w-full py-2')}
            />
          </label>
          {edited && <p className="text-sm text-muted">Tap the tick to save your change.</p>}
        </div>
      )}
    </li>
  );
}
