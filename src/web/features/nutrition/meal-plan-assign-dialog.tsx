import { useQuery, useQueryClient } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import type { MealPlan } from '../../../shared/nutrition';
import { errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { settingsQuery } from '../settings/queries';
import { datesInRange, formatPlanDay, pickerWeeks, restOfWeek } from './meal-plan-dates';
import { mealPlansQuery } from './queries';
import { mealPlansChanged, trainerNutritionApi } from './trainer-queries';
import { Segmented } from './trainer-segmented';

type Mode = 'pick' | 'week' | 'range';
type Props = { open: boolean; onOpenChange: (open: boolean) => void; plan: MealPlan; today: string; firstName: string };

const MAX_DATES = 62;
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'narrow', timeZone: 'UTC' });
const dayNumber = (day: string) => Number(day.slice(8));
const monthDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Puts the plan on days: picked on a small calendar, the rest of this week, or a range. Another plan on a day is replaced. */
export function MealPlanAssignDialog({ open, onOpenChange, plan, today, firstName }: Props) {
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery());
  const list = useQuery({ ...mealPlansQuery(plan.clientId), enabled: open });
  const weekStartsOn = settings.data?.weekStartsOn ?? 1;
  const [mode, setMode] = useState<Mode>('pick');
  const [picked, setPicked] = useState<string[]>([]);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const planOn = new Map((list.data?.days ?? []).map((day) => [day.date, day]));

  const dates =
    mode === 'pick' ? [...picked].sort() : mode === 'week' ? restOfWeek(today, weekStartsOn) : from && to ? datesInRange(from, to) : [];
  const replaced = dates.filter((day) => planOn.has(day) && planOn.get(day)?.planId !== plan.id).length;
  const problem =
    mode === 'range' && to < from
      ? 'The end comes before the start.'
      : dates.length > MAX_DATES
        ? `At most ${MAX_DATES} days at once.`
        : undefined;

  const toggle = (day: string) => setPicked((old) => (old.includes(day) ? old.filter((d) => d !== day) : [...old, day]));
  const assign = async () => {
    if (dates.length === 0 || problem) return;
    setPending(true);
    setError(undefined);
    try {
      const saved = await trainerNutritionApi.assignDays(plan.id, dates);
      mealPlansChanged(queryClient, plan.clientId, saved);
      toast.success(`“${plan.name}” is on ${dates.length} ${dates.length === 1 ? 'day' : 'days'} for ${firstName}`);
      setPicked([]);
      onOpenChange(false);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setPending(false);
    }
  };
  const unassign = async (day: string) => {
    try {
      await trainerNutritionApi.unassignDay(plan.clientId, day);
      mealPlansChanged(queryClient, plan.clientId);
      void queryClient.invalidateQueries({ queryKey: ['nutrition', 'meal-plan', plan.id] });
    } catch (caught) {
      toast.error(errorMessage(caught));
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Put “${plan.name}” on days`}
      description={`${firstName} sees the plan on those days. Another plan on a day is replaced.`}
    >
      <div className="flex flex-col gap-4">
        <Segmented
          legend="Which days"
          hideLegend
          value={mode}
          onChange={setMode}
          options={[
            { value: 'pick', label: 'Pick days' },
            { value: 'week', label: 'Rest of this week' },
            { value: 'range', label: 'Date range' },
          ]}
        />
        {mode === 'pick' && (
          <div role="group" aria-label="Days" className="grid grid-cols-7 gap-1 text-center">
            {pickerWeeks(today, weekStartsOn, 5)[0]?.map((day) => (
              <span key={day} aria-hidden className="text-xs text-muted">
                {weekday.format(new Date(`${day}T12:00:00Z`))}
              </span>
            ))}
            {pickerWeeks(today, weekStartsOn, 5)
              .flat()
              .map((day, index) => {
                const other = planOn.get(day);
                const selected = picked.includes(day);
                return (
                  <button
                    key={day}
                    type="button"
                    aria-pressed={selected}
                    disabled={day < today}
                    aria-label={`${formatPlanDay(day)}${other ? `, now ${other.planName}` : ''}`}
                    onClick={() => toggle(day)}
                    className={cn(
                      'relative flex h-10 items-center justify-center rounded-md border text-sm tabular-nums disabled:opacity-40',
                      selected ? 'border-accent bg-accent text-accent-fg' : 'border-line text-text hover:bg-surface-muted',
                    )}
                  >
                    {index === 0 || dayNumber(day) === 1 ? (
                      <span className="text-xs whitespace-nowrap">{monthDay.format(new Date(`${day}T12:00:00Z`))}</span>
                    ) : (
                      dayNumber(day)
                    )}
                    {other && (
                      <span
                        aria-hidden
                        className={cn(
                          'absolute bottom-1 size-1.5 rounded-full',
                          other.planId === plan.id ? 'bg-success' : 'bg-line-strong',
                          selected && 'bg-accent-fg',
                        )}
                      />
                    )}
                  </button>
                );
              })}
          </div>
        )}
        {mode === 'range' && (
          <div className="grid grid-cols-2 gap-3">
            <TextField label="From" type="date" min={today} value={from} onChange={(event) => setFrom(event.target.value)} />
            <TextField label="To" type="date" min={from} value={to} onChange={(event) => setTo(event.target.value)} />
          </div>
        )}
        <p className="text-sm text-muted" aria-live="polite">
          {problem ??
            (dates.length === 0
              ? 'Pick at least one day. A dot marks a day that already has a plan (green: this one).'
              : `${dates.length} ${dates.length === 1 ? 'day' : 'days'}${mode === 'week' ? ` (${formatPlanDay(dates[0] ?? today)} – ${formatPlanDay(dates.at(-1) ?? today)})` : ''}${replaced > 0 ? `; replaces another plan on ${replaced}` : ''}.`)}
        </p>
        {plan.upcomingDates.length > 0 && (
          <div className="flex flex-col gap-1.5">
            <h3 className="text-sm font-medium text-text">On these days now</h3>
            <ul className="flex flex-wrap gap-1.5">
              {plan.upcomingDates.map((day) => (
                <li key={day} className="flex items-center gap-0.5 rounded-full bg-surface-muted py-0.5 pr-0.5 pl-2.5 text-sm text-text">
                  {formatPlanDay(day)}
                  <button
                    type="button"
                    aria-label={`Take the plan off ${formatPlanDay(day)}`}
                    onClick={() => void unassign(day)}
                    className="flex size-7 items-center justify-center rounded-full text-muted hover:bg-surface hover:text-danger"
                  >
                    <X aria-hidden className="size-3.5" />
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <FormError message={error} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button pending={pending} disabled={dates.length === 0 || Boolean(problem)} onClick={() => void assign()}>
            {dates.length === 0 ? 'Put on days' : `Put on ${dates.length} ${dates.length === 1 ? 'day' : 'days'}`}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
