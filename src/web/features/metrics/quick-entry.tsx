import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ChevronDown, ChevronUp } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { ApiError, errorMessage } from '../../lib/api';
import { todayIso } from '../../lib/dates';
import type { Unit } from '../history/format';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { inputClass, TextField } from '../../ui/field';
import { cn } from '../../ui/cn';
import { measurementsApi, metricDefinitionsQuery, metricKeys } from './queries';
import { formatNumber, metricInfo, METRICS, type MetricInfo } from './units';

const parse = (text: string) => Number(text.trim().replace(',', '.'));

/**
 * "Log body weight": one big number in the viewer's unit, today unless another day is picked;
 * "More measurements" opens body fat, the circumferences and the coach's own metrics.
 */
export function QuickEntry({ clientId, unit, title = 'Log body weight' }: { clientId: string; unit: Unit; title?: string }) {
  const queryClient = useQueryClient();
  const weightId = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const [date, setDate] = useState(todayIso());
  const [pickDate, setPickDate] = useState(false);
  const [more, setMore] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const custom = useQuery({ ...metricDefinitionsQuery(), enabled: more });
  const others: MetricInfo[] = [
    ...METRICS.filter((item) => item.key !== 'weight').map((item) => metricInfo(item.key, unit)),
    ...(custom.data ?? []).map((item) => metricInfo(item.id, unit, custom.data)),
  ];
  const weight = metricInfo('weight', unit);
  const shown = more ? [weight, ...others] : [weight];
  const entries = shown
    .filter((info) => (values[info.key] ?? '').trim() !== '')
    .map((info) => ({ metric: info.key, value: parse(values[info.key] ?? ''), unit: info.unit }));

  const save = useMutation({
    mutationFn: () => measurementsApi.save(clientId, { date, entries }),
    onSuccess: (saved) => {
      const weightSaved = saved.items.find((item) => item.metric === 'weight');
      toast.success(
        weightSaved && saved.items.length === 1
          ? `Logged ${formatNumber(weightSaved.value)} ${weightSaved.unit}`
          : `Logged ${saved.items.length} measurement${saved.items.length === 1 ? '' : 's'}`,
      );
      setValues({});
      setErrors({});
      setFormError('');
      void queryClient.invalidateQueries({ queryKey: metricKeys.client(clientId) });
    },
    onError: (error) => {
      const fieldErrors: Record<string, string> = {};
      const unmatched: string[] = [];
      if (error instanceof ApiError) {
        for (const field of error.fields) {
          const match = /^entries\.(\d+)/.exec(field.path);
          const entry = match ? entries[Number(match[1])] : undefined;
          if (entry) fieldErrors[entry.metric] = field.message;
          else if (field.path === 'date') fieldErrors.date = field.message;
          else unmatched.push(field.message);
        }
      }
      setErrors(fieldErrors);
      if (fieldErrors.date) setPickDate(true);
      setFormError(Object.keys(fieldErrors).length === 0 ? (unmatched[0] ?? errorMessage(error)) : (unmatched[0] ?? ''));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    for (const entry of entries) if (!Number.isFinite(entry.value) || entry.value < 0) local[entry.metric] = 'Enter a number';
    if (entries.length === 0) local[weight.key] = more ? 'Enter at least one measurement' : 'Enter your weight';
    setErrors(local);
    setFormError('');
    if (Object.keys(local).length === 0) save.mutate();
  };

  const setValue = (key: string, value: string) => setValues((old) => ({ ...old, [key]: value }));
  const today = todayIso();
  const weightError = errors[weight.key];

  return (
    <Card title={title}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <div className="flex flex-col gap-1.5">
          <label htmlFor={weightId} className="sr-only">
            Body weight ({unit})
          </label>
          <div className="flex items-center gap-3">
            <input
              id={weightId}
              inputMode="decimal"
              autoComplete="off"
              placeholder="0.0"
              value={values[weight.key] ?? ''}
              onChange={(event) => setValue(weight.key, event.target.value)}
              aria-invalid={weightError ? true : undefined}
              aria-describedby={weightError ? `${weightId}-error` : undefined}
              className={cn(inputClass, 'h-16 w-40 text-center text-3xl font-semibold tabular-nums')}
            />
            <span className="text-xl font-medium text-muted">{unit}</span>
          </div>
          {weightError && (
            <p id={`${weightId}-error`} className="text-sm text-danger">
              {weightError}
            </p>
          )}
        </div>
        {pickDate ? (
          <TextField
            label="Date"
            type="date"
            max={today}
            value={date}
            onChange={(event) => setDate(event.target.value || today)}
            error={errors.date}
            wrapperClassName="max-w-48"
          />
        ) : (
          <p className="text-sm text-muted">
            For today ·{' '}
            <button
              type="button"
              className="min-h-11 font-medium text-accent-text underline-offset-2 hover:underline"
              onClick={() => setPickDate(true)}
            >
              Pick another day
            </button>
          </p>
        )}
        <button
          type="button"
          aria-expanded={more}
          onClick={() => setMore((value) => !value)}
          className="-mx-2 flex min-h-11 items-center gap-1 self-start rounded-md px-2 text-sm font-medium text-text hover:bg-surface-muted"
        >
          {more ? <ChevronUp aria-hidden className="size-4" /> : <ChevronDown aria-hidden className="size-4" />}
          More measurements
        </button>
        {more && (
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            {others.map((info) => (
              <TextField
                key={info.key}
                label={`${info.label}${info.unit ? ` (${info.unit})` : ''}`}
                inputMode="decimal"
                autoComplete="off"
                value={values[info.key] ?? ''}
                onChange={(event) => setValue(info.key, event.target.value)}
                error={errors[info.key]}
                className="tabular-nums"
              />
            ))}
            {custom.isError && (
              <p className="col-span-full text-sm text-muted">
                Your coach's own measurements didn't load.{' '}
                <button type="button" className="font-medium text-accent-text hover:underline" onClick={() => void custom.refetch()}>
                  Try again
                </button>
              </p>
            )}
          </div>
        )}
        {formError && (
          <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-text">
            {formError}
          </p>
        )}
        <Button type="submit" size="lg" pending={save.isPending} className="w-full sm:w-auto sm:self-start">
          Save
        </Button>
      </form>
    </Card>
  );
}
