import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { toast } from 'sonner';
import { SCHEDULE_KINDS, SaveScheduleSchema } from '../../../shared/checkins';
import type { SaveScheduleInput } from '../../../shared/checkins';
import { errorMessage, isApiError } from '../../lib/api';
import { todayIso } from '../../lib/dates';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Dialog } from '../../ui/dialog';
import { inputClass, SelectField, TextField } from '../../ui/field';
import { FormError, Notice } from '../../ui/notice';
import { clientsListQuery } from '../clients/queries';
import { checkinFormsQuery, checkinKeys, checkinsApi } from './queries';
import { describeRepeat, formatGrace, WEEKDAYS } from './trainer-format';

type Kind = (typeof SCHEDULE_KINDS)[number];
type Errors = Record<string, string>;

const KIND_LABELS: Record<Kind, string> = { weekly: 'Weekly', every_n_days: 'Every N days', once: 'Once' };
const START_LABELS: Record<Kind, string> = { weekly: 'Starting from', every_n_days: 'First check-in on', once: 'On' };

type ScheduleDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Fixed when opened from a form; otherwise the trainer picks one. */
  formId?: string;
  /** Fixed when opened from a client's page; otherwise one client or everyone. */
  clientId?: string;
  clientName?: string;
};

function Segmented<T extends string>({
  legend,
  value,
  options,
  onChange,
}: {
  legend: string;
  value: T;
  options: { value: T; label: ReactNode }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-text">{legend}</legend>
      <div className="grid gap-2" style={{ gridTemplateColumns: `repeat(${options.length}, minmax(0, 1fr))` }}>
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              'flex h-11 cursor-pointer items-center justify-center rounded-md border px-2 text-center text-sm font-medium',
              'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
              value === option.value ? 'border-accent bg-accent-soft text-accent-text' : 'border-line-strong bg-surface text-text',
            )}
          >
            <input type="radio" className="sr-only" checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ScheduleForm({
  formId: fixedForm,
  clientId: fixedClient,
  clientName,
  onDone,
}: Omit<ScheduleDialogProps, 'open' | 'onOpenChange'> & { onDone: () => void }) {
  const queryClient = useQueryClient();
  const forms = useQuery({ ...checkinFormsQuery(), enabled: !fixedForm });
  const clients = useQuery({ ...clientsListQuery({ status: 'current', limit: 200 }), enabled: !fixedClient });
  const [formId, setFormId] = useState(fixedForm ?? '');
  const [who, setWho] = useState<'one' | 'all'>('one');
  const [clientId, setClientId] = useState(fixedClient ?? '');
  const [kind, setKind] = useState<Kind>('weekly');
  const [weekday, setWeekday] = useState(7);
  const [everyDays, setEveryDays] = useState('14');
  const [startDate, setStartDate] = useState(() => todayIso());
  const [grace, setGrace] = useState('2');
  const [graceUnit, setGraceUnit] = useState<'hours' | 'days'>('days');
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  const activeForms = (forms.data ?? []).filter((form) => !form.archived);
  const graceHours = Math.round(Number(grace.replace(',', '.')) * (graceUnit === 'days' ? 24 : 1));

  const input = (): SaveScheduleInput => ({
    formId,
    clientId: who === 'all' ? null : clientId,
    kind,
    weekday: kind === 'weekly' ? weekday : null,
    everyDays: kind === 'every_n_days' ? Number(everyDays) : null,
    startDate,
    graceHours: grace.trim() === '' ? Number.NaN : graceHours,
  });

  const submit = async () => {
    const value = input();
    const local: Errors = {};
    if (who === 'one' && !clientId) local.clientId = 'Choose the client';
    const parsed = SaveScheduleSchema.safeParse(value);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'form');
        local[key] ??= key === 'graceHours' ? 'Between 0 hours and 14 days' : key === 'everyDays' ? 'Between 1 and 90 days' : issue.message;
      }
    setErrors(local);
    if (Object.keys(local).length > 0 || !parsed.success) return;
    setPending(true);
    try {
      const schedule = await checkinsApi.createSchedule(parsed.data);
      void queryClient.invalidateQueries({ queryKey: checkinKeys.all });
      const whom =
        schedule.clientId === null
          ? 'everyone'
          : (clientName ?? clients.data?.items.find((c) => c.id === schedule.clientId)?.name ?? 'the client');
      toast.success(`${schedule.formName} scheduled for ${whom}`, { description: describeRepeat(schedule) });
      onDone();
    } catch (error) {
      const fields = isApiError(error) ? error.fields : [];
      setErrors(
        fields.length > 0
          ? Object.fromEntries(fields.map((field) => [field.path.split('.')[0] ?? 'form', field.message]))
          : { form: errorMessage(error) },
      );
    } finally {
      setPending(false);
    }
  };

  if (!fixedForm && forms.isSuccess && activeForms.length === 0) {
    return (
      <Notice tone="info" title="Build a check-in form first">
        A schedule sends one of your forms. Create a form in Check-ins → Forms, then come back.
      </Notice>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      className="flex flex-col gap-4"
    >
      {!fixedForm && (
        <SelectField
          label="Check-in form"
          value={formId}
          onChange={(event) => setFormId(event.target.value)}
          error={errors.formId}
          disabled={forms.isPending}
        >
          <option value="" disabled>
            {forms.isPending ? 'Loading forms…' : 'Choose a form…'}
          </option>
          {activeForms.map((form) => (
            <option key={form.id} value={form.id}>
              {form.name}
            </option>
          ))}
        </SelectField>
      )}
      {fixedForm && errors.formId && <p className="text-sm text-danger">{errors.formId}</p>}
      {!fixedClient && (
        <>
          <Segmented
            legend="Who"
            value={who}
            options={[
              { value: 'one', label: 'One client' },
              { value: 'all', label: 'All clients' },
            ]}
            onChange={setWho}
          />
          {who === 'one' ? (
            <SelectField label="Client" value={clientId} onChange={(event) => setClientId(event.target.value)} error={errors.clientId}>
              <option value="" disabled>
                {clients.isPending ? 'Loading clients…' : 'Choose a client…'}
              </option>
              {(clients.data?.items ?? []).map((client) => (
                <option key={client.id} value={client.id}>
                  {client.name}
                </option>
              ))}
            </SelectField>
          ) : (
            <p className="-mt-2 text-sm text-muted">Every active client gets it, including the ones who join later.</p>
          )}
        </>
      )}
      {fixedClient && errors.clientId && <p className="text-sm text-danger">{errors.clientId}</p>}
      <Segmented
        legend="How often"
        value={kind}
        options={SCHEDULE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
        onChange={setKind}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {kind === 'weekly' && (
          <SelectField label="On" value={weekday} onChange={(event) => setWeekday(Number(event.target.value))} error={errors.weekday}>
            {WEEKDAYS.map((day, index) => (
              <option key={day} value={index + 1}>
                {day}
              </option>
            ))}
          </SelectField>
        )}
        {kind === 'every_n_days' && (
          <TextField
            label="Every how many days"
            inputMode="numeric"
            value={everyDays}
            onChange={(event) => setEveryDays(event.target.value)}
            error={errors.everyDays}
          />
        )}
        <TextField
          label={START_LABELS[kind]}
          type="date"
          value={startDate}
          onChange={(event) => setStartDate(event.target.value)}
          error={errors.startDate}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="grace" className="text-sm font-medium text-text">
          Overdue after
        </label>
        <div className="flex gap-2">
          <input
            id="grace"
            inputMode="decimal"
            value={grace}
            onChange={(event) => setGrace(event.target.value)}
            aria-invalid={errors.graceHours ? true : undefined}
            aria-describedby="grace-hint"
            className={cn(inputClass, 'h-11 w-24 tabular-nums')}
          />
          <select
            aria-label="Unit"
            value={graceUnit}
            onChange={(event) => setGraceUnit(event.target.value as 'hours' | 'days')}
            className={cn(inputClass, 'h-11 w-28')}
          >
            <option value="hours">hours</option>
            <option value="days">days</option>
          </select>
        </div>
        <p id="grace-hint" className={cn('text-sm', errors.graceHours ? 'text-danger' : 'text-muted')}>
          {errors.graceHours ??
            (Number.isFinite(graceHours) && graceHours >= 0
              ? `Counted from the start of the due day in the client's time zone: overdue ${formatGrace(graceHours)} later.`
              : 'How long the client has before it counts as overdue.')}
        </p>
      </div>
      <FormError message={errors.form} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          Schedule
        </Button>
      </div>
    </form>
  );
}

/** Schedule a form for one client or everyone: weekly on a day, every N days, or once; with a grace period. */
export function ScheduleDialog({ open, onOpenChange, ...props }: ScheduleDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={props.clientName ? `Schedule a check-in for ${props.clientName}` : 'Schedule a check-in'}
      description="The client sees it on Today when it is due, and you see it in your inbox when it comes back."
    >
      {open && <ScheduleForm {...props} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}
