import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Pencil, Ruler, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { toast } from 'sonner';
import type { Measurement } from '../../../shared/progress';
import { ApiError, errorMessage } from '../../lib/api';
import { todayIso } from '../../lib/dates';
import type { Unit } from '../history/format';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { ConfirmDialog, Dialog } from '../../ui/dialog';
import { SelectField, TextField } from '../../ui/field';
import { cn } from '../../ui/cn';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { measurementsApi, measurementsQuery, metricDefinitionsQuery, metricKeys } from './queries';
import { formatDay, formatMetric, formatNumber, metricInfo } from './units';

const FIRST = 10;
const ALL = 1000;
/** The body chart's metric picker asks for the same page: one request serves both. */
export const RECENT_MEASUREMENTS = 200;

/** A chart point opens its entry here: `?entry=<measurement id>` scrolls to it and opens its edit form. */
const ENTRY_PARAM = 'entry';

export function useOpenMeasurement(): (measurementId: string) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (measurementId: string) =>
      setParams(
        (params) => {
          const next = new URLSearchParams(params);
          next.set(ENTRY_PARAM, measurementId);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
}

const editButtonId = (measurementId: string) => `edit-measurement-${measurementId}`;

function EditDialog({
  measurement,
  label,
  units,
  clientId,
  onClose,
}: {
  measurement: Measurement;
  label: string;
  units: readonly string[];
  clientId: string;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [value, setValue] = useState(String(measurement.value));
  const [unit, setUnit] = useState(measurement.unit);
  const [date, setDate] = useState(measurement.date);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => measurementsApi.update(measurement.id, { value: Number(value.trim().replace(',', '.')), unit, date }),
    onSuccess: () => {
      toast.success(`${label} updated`);
      void queryClient.invalidateQueries({ queryKey: metricKeys.client(clientId) });
      onClose();
    },
    onError: (error) => {
      const next: Record<string, string> = {};
      if (error instanceof ApiError) for (const field of error.fields) next[field.path.split('.')[0] ?? ''] = field.message;
      if (!next.value && !next.unit && !next.date) next.form = errorMessage(error);
      setErrors(next);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = Number(value.trim().replace(',', '.'));
    if (value.trim() === '' || !Number.isFinite(number) || number < 0) return setErrors({ value: 'Enter a number' });
    setErrors({});
    save.mutate();
  };
  const unitOptions = units.includes(measurement.unit) ? units : [measurement.unit, ...units];
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={`Edit ${label.toLowerCase()}`} size="sm">
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <div className="flex gap-3">
          <TextField
            label="Value"
            inputMode="decimal"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            error={errors.value}
            wrapperClassName="flex-1"
            autoFocus
          />
          <SelectField
            label="Unit"
            value={unit}
            onChange={(event) => setUnit(event.target.value)}
            error={errors.unit}
            wrapperClassName="w-24"
          >
            {unitOptions.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          label="Date"
          type="date"
          max={todayIso()}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={errors.date}
        />
        {errors.form && (
          <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-text">
            {errors.form}
          </p>
        )}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" pending={save.isPending}>
            Save
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Every measurement, newest first and grouped by day; each can be corrected or deleted. */
export function MeasurementHistory({ clientId, unit, emptyText }: { clientId: string; unit: Unit; emptyText: string }) {
  const queryClient = useQueryClient();
  const [showAll, setShowAll] = useState(false);
  const list = useQuery(measurementsQuery(clientId, showAll ? ALL : RECENT_MEASUREMENTS));
  const custom = useQuery(metricDefinitionsQuery());
  const [editing, setEditing] = useState<Measurement | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  const wanted = params.get(ENTRY_PARAM);
  const [deleting, setDeleting] = useState<Measurement | null>(null);
  const [deleteError, setDeleteError] = useState<string>();
  const remove = useMutation({
    mutationFn: (id: string) => measurementsApi.remove(id),
    onSuccess: () => {
      toast.success('Measurement deleted');
      void queryClient.invalidateQueries({ queryKey: metricKeys.client(clientId) });
    },
    onError: (error) => setDeleteError(errorMessage(error)),
  });
  const info = (metric: string) => metricInfo(metric, unit, custom.data ?? []);

  // A point tapped on the chart: show its row (loading the whole list if it is further down), focus
  // its edit button (where focus returns when the form closes) and open the form.
  useEffect(() => {
    if (!wanted || !list.data) return;
    const index = list.data.findIndex((item) => item.id === wanted);
    if (!showAll && (index >= FIRST || (index === -1 && list.data.length >= RECENT_MEASUREMENTS))) {
      setShowAll(true);
      return;
    }
    const clear = () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete(ENTRY_PARAM);
          return next;
        },
        { replace: true },
      );
    const entry = list.data[index];
    if (!entry) {
      clear();
      toast("That entry isn't in the list any more");
      return;
    }
    const button = document.getElementById(editButtonId(entry.id));
    button?.scrollIntoView({ block: 'center' });
    button?.focus({ preventScroll: true });
    setFlash(entry.id);
    setEditing(entry);
    clear();
  }, [wanted, list.data, showAll, setParams]);
  useEffect(() => {
    if (!flash || editing) return;
    const timer = setTimeout(() => setFlash(null), 2000);
    return () => clearTimeout(timer);
  }, [flash, editing]);

  let body;
  if (list.isPending)
    body = (
      <LoadingRegion label="Loading measurements" className="flex flex-col gap-2">
        <Skeleton className="h-5 w-24" />
        <Skeleton className="h-11 w-full" />
        <Skeleton className="h-11 w-full" />
      </LoadingRegion>
    );
  else if (list.isError)
    body = (
      <ErrorState title="Measurements didn't load" error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
    );
  else if (list.data.length === 0)
    body = (
      <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-line px-4 py-8 text-center">
        <Ruler aria-hidden className="size-6 text-muted" />
        <p className="text-sm text-muted">{emptyText}</p>
      </div>
    );
  else {
    const items = showAll ? list.data : list.data.slice(0, FIRST);
    const days = new Map<string, Measurement[]>();
    for (const item of items) days.set(item.date, [...(days.get(item.date) ?? []), item]);
    body = (
      <div className="flex flex-col gap-4">
        {[...days.entries()].map(([day, entries]) => (
          <section key={day} aria-label={formatDay(day)} className="flex flex-col">
            <h3 className="text-sm font-medium text-muted">{formatDay(day)}</h3>
            <ul className="flex flex-col divide-y divide-line">
              {entries.map((entry) => {
                const metric = info(entry.metric);
                return (
                  <li
                    key={entry.id}
                    className={cn(
                      '-mx-2 flex min-h-12 items-center gap-2 rounded-md px-2 transition-colors',
                      flash === entry.id && 'bg-accent-soft',
                    )}
                  >
                    <span className="flex-1 text-text">{metric.label}</span>
                    <span className="font-medium text-text tabular-nums">{formatMetric(entry.baseValue, metric)}</span>
                    <Button
                      id={editButtonId(entry.id)}
                      variant="ghost"
                      className="w-11 px-0"
                      aria-label={`Edit ${metric.label.toLowerCase()} ${formatNumber(entry.value)} ${entry.unit}, ${formatDay(day)}`}
                      onClick={() => setEditing(entry)}
                      icon={<Pencil aria-hidden className="size-4" />}
                    />
                    <Button
                      variant="ghost"
                      className="w-11 px-0 text-muted hover:text-danger"
                      aria-label={`Delete ${metric.label.toLowerCase()} ${formatNumber(entry.value)} ${entry.unit}, ${formatDay(day)}`}
                      onClick={() => {
                        setDeleteError(undefined);
                        setDeleting(entry);
                      }}
                      icon={<Trash2 aria-hidden className="size-4" />}
                    />
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
        {!showAll && list.data.length > FIRST && (
          <Button variant="secondary" className="self-start" onClick={() => setShowAll(true)}>
            Show more
          </Button>
        )}
      </div>
    );
  }

  const editingInfo = editing ? info(editing.metric) : null;
  const deletingInfo = deleting ? info(deleting.metric) : null;
  return (
    <Card title="Measurements" description="Newest first, by day.">
      {body}
      {editing && editingInfo && (
        <EditDialog
          key={editing.id}
          measurement={editing}
          label={editingInfo.label}
          units={editingInfo.units}
          clientId={clientId}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete this measurement?"
        description={
          deleting && deletingInfo
            ? `${deletingInfo.label} ${formatNumber(deleting.value)} ${deleting.unit} on ${formatDay(deleting.date)} will be removed from the list and the charts.`
            : ''
        }
        confirmLabel="Delete"
        tone="danger"
        error={deleteError}
        onConfirm={() => (deleting ? remove.mutateAsync(deleting.id) : Promise.resolve())}
      />
    </Card>
  );
}
