import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { CreateGoalSchema, GOAL_KINDS, type CreateGoalInput, type Goal, type GoalKind } from '../../../shared/goals';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Dialog } from '../../ui/dialog';
import { SelectField, TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import type { Unit } from '../history/format';
import { clientRecordsQuery } from '../history/queries';
import { RECENT_MEASUREMENTS } from '../metrics/measurement-history';
import { measurementsQuery, metricDefinitionsQuery } from '../metrics/queries';
import { formatDay, formatMetric, formatNumber, metricInfo, METRICS } from '../metrics/units';
import { GOAL_KIND_LABELS, goalInfo, nextDay } from './goal-format';
import { issuesByField, parse, serverErrors, withUnit, type Errors } from './goal-form';
import { LiftPicker, type PickedLift } from './lift-picker';
import { goalsApi } from './queries';

/* Loaded on first use: it brings the shared schema, and zod with it. */

function KindPicker({ value, onChange }: { value: GoalKind; onChange: (kind: GoalKind) => void }) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-text">What is the goal about?</legend>
      <div className="grid grid-cols-2 gap-2">
        {GOAL_KINDS.map((kind) => (
          <label
            key={kind}
            className={cn(
              'flex h-11 cursor-pointer items-center justify-center rounded-md border text-sm font-medium',
              'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
              value === kind ? 'border-accent bg-accent-soft text-accent-text' : 'border-line-strong bg-surface text-text',
            )}
          >
            <input
              type="radio"
              name="goal-kind"
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              className="sr-only"
            />
            {GOAL_KIND_LABELS[kind]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type AddGoalDialogProps = {
  clientId: string;
  unit: Unit;
  /** Today in the client's calendar: a deadline is a later day. */
  today: string;
  title: string;
  onSaved: (goal: Goal) => void;
  onClose: () => void;
};

/** Set a goal: what it is about, the target in the viewer's unit, an optional deadline and title. */
export function AddGoalDialog({ clientId, unit, today, title, onSaved, onClose }: AddGoalDialogProps) {
  const custom = useQuery(metricDefinitionsQuery());
  const [kind, setKind] = useState<GoalKind>('weight');
  const [metric, setMetric] = useState('');
  const [lift, setLift] = useState<PickedLift | null>(null);
  const [target, setTarget] = useState('');
  const [start, setStart] = useState('');
  const [needStart, setNeedStart] = useState(false);
  const [deadline, setDeadline] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const definitions = custom.data ?? [];
  const measurements = [
    ...METRICS.filter((item) => item.kind === 'length').map((item) => metricInfo(item.key, unit)),
    ...definitions.map((item) => metricInfo(item.id, unit, definitions)),
  ];
  const info =
    kind === 'lift'
      ? goalInfo({ kind, metric: null, baseUnit: 'kg' }, unit)
      : kind === 'metric'
        ? metricInfo(metric, unit, definitions)
        : metricInfo(kind, unit);
  // Where the bar would start (the latest value; a lift's best est. 1RM): the body chart's request and
  // the records already hold it. Known to be missing: ask for a start before the server has to.
  const recent = useQuery(measurementsQuery(clientId, RECENT_MEASUREMENTS));
  const records = useQuery({ ...clientRecordsQuery(clientId), enabled: kind === 'lift' });
  const key = kind === 'lift' ? null : kind === 'metric' ? metric : kind;
  const latest = key ? recent.data?.find((item) => item.metric === key) : undefined;
  const best = lift ? records.data?.find((record) => record.kind === 'e1rm' && record.exerciseId === lift.id) : undefined;
  const missing = kind === 'lift' ? Boolean(lift) && records.isSuccess && !best : Boolean(key) && recent.isSuccess && !latest;
  const askStart = needStart || missing;
  const now = latest
    ? `Now ${formatMetric(latest.baseValue, info)} (${formatDay(latest.date)})`
    : best
      ? `Best est. 1RM so far: ${formatMetric(best.value, info)}`
      : undefined;
  const subject = kind === 'lift' ? `${lift?.name ?? 'Lift'} est. 1RM` : kind === 'metric' && !metric ? 'Measurement' : info.label;
  const typed = parse(target);
  const suggested = `${subject} to ${Number.isFinite(typed) ? `${formatNumber(typed)}${info.unit ? ` ${info.unit}` : ''}` : '…'}`;

  /** A different thing to measure: the start the server asked for belonged to the old one. */
  const resetFor = () => {
    setNeedStart(false);
    setStart('');
    setErrors({});
  };

  const payload = (): CreateGoalInput => ({
    kind,
    ...(kind === 'metric' && metric ? { metric } : {}),
    ...(kind === 'lift' && lift ? { exerciseId: lift.id } : {}),
    title: name.trim(),
    target: typed,
    unit: info.unit,
    ...(askStart && Number.isFinite(parse(start)) ? { start: parse(start) } : {}),
    deadline: deadline || null,
  });

  const save = useMutation({
    mutationFn: (input: CreateGoalInput) => goalsApi.create(clientId, input),
    onSuccess: (goal) => {
      toast.success('Goal set. Go get it!');
      onSaved(goal);
      onClose();
    },
    onError: (error) => {
      const next = serverErrors(error);
      if (next.start) setNeedStart(true);
      setErrors(next);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Errors = {};
    if (kind === 'metric' && !metric) local.metric = 'Choose the measurement';
    if (kind === 'lift' && !lift) local.exerciseId = 'Choose the lift';
    if (!Number.isFinite(typed)) local.target = 'Enter the target';
    if (needStart && !Number.isFinite(parse(start))) local.start = 'Enter where you are starting from';
    if (deadline && deadline <= today) local.deadline = 'Pick a day after today';
    const input = payload();
    const parsed = CreateGoalSchema.safeParse(input);
    const next = { ...(parsed.success ? {} : issuesByField(parsed.error)), ...local };
    setErrors(next);
    if (Object.keys(next).length === 0) save.mutate(input);
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={title}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <KindPicker
          value={kind}
          onChange={(value) => {
            setKind(value);
            resetFor();
          }}
        />
        {kind === 'metric' && (
          <SelectField
            label="Measurement"
            value={metric}
            onChange={(event) => {
              setMetric(event.target.value);
              resetFor();
            }}
            error={errors.metric}
          >
            <option value="" disabled>
              Choose…
            </option>
            {measurements.map((item) => (
              <option key={item.key} value={item.key}>
                {withUnit(item.label, item)}
              </option>
            ))}
          </SelectField>
        )}
        {kind === 'lift' && (
          <LiftPicker
            clientId={clientId}
            value={lift}
            onChange={(value) => {
              setLift(value);
              resetFor();
            }}
            error={errors.exerciseId}
          />
        )}
        <TextField
          label={withUnit(kind === 'lift' ? 'Target est. 1RM' : 'Target', info)}
          inputMode="decimal"
          autoComplete="off"
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          error={errors.target}
          hint={now}
          className="text-lg font-semibold tabular-nums"
          wrapperClassName="max-w-56"
        />
        {askStart && (
          <TextField
            label={withUnit('Starting value', info)}
            hint="Nothing logged for this yet, so the bar needs a starting point."
            inputMode="decimal"
            autoComplete="off"
            value={start}
            onChange={(event) => setStart(event.target.value)}
            error={errors.start}
            className="tabular-nums"
            wrapperClassName="max-w-56"
            autoFocus={needStart}
          />
        )}
        <TextField
          label="Deadline"
          optional
          type="date"
          min={nextDay(today)}
          value={deadline}
          onChange={(event) => setDeadline(event.target.value)}
          error={errors.deadline}
          wrapperClassName="max-w-56"
        />
        <TextField
          label="Name it"
          optional
          maxLength={80}
          placeholder={suggested}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.title}
        />
        <FormError message={errors.form ?? errors.kind} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" pending={save.isPending}>
            Set goal
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
